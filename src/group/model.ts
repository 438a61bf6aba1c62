// The pair model: the probability that two reports describe one incident, a logistic function of
// the pair features (features.ts). The weights are fitted by maximum likelihood (L2-regularised
// logistic regression) on the candidate pairs of gva-dev, labelled by its gold incidents; the
// clustering threshold is chosen by 2-fold cross-validation over incidents (src/eval/fit.ts).
// `npm run eval -- --corpus ../shared/corpus/gva-dev --fit` re-runs the procedure and prints the
// line below; paste it here after a change to extraction or features, and re-run the evaluation.
import { FEATURE_NAMES } from "./features.js";

export interface PairModel {
  bias: number;
  weights: number[];
  /** Average pair probability at which two clusters merge. */
  threshold: number;
  /** Pairs at least this likely between incidents that stayed apart are shown as "possibly the same". */
  nearMiss: number;
}

export const PAIR_MODEL: PairModel = {"bias":-3.337,"weights":[3.874,6.649,0.736,1.282,1.142,0.862,-1.31,-0.892,-0.118,0.224,0.719,-0.032,-0.424,-1.433,0.661,0.048,-0.794,0.761,3.436,-0.416,1.046,-0.685],"threshold":0.4,"nearMiss":0.2};

if (PAIR_MODEL.weights.length !== FEATURE_NAMES.length) throw new Error("pair model: one weight per feature");

export function pairProbability(features: number[], model: PairModel = PAIR_MODEL): number {
  let z = model.bias;
  for (let k = 0; k < features.length; k++) z += model.weights[k]! * features[k]!;
  return 1 / (1 + Math.exp(-z));
}
