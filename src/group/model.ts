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

export const PAIR_MODEL: PairModel = {"bias":-3.23,"weights":[3.955,6.83,0.748,1.772,0.826,0.382,-1.326,-0.932,-0.242,0.128,0.475,-0.219,-0.516,-1.512,0.7,0.026,-0.874,0.449,4.137,-0.253],"threshold":0.35,"nearMiss":0.175};

if (PAIR_MODEL.weights.length !== FEATURE_NAMES.length) throw new Error("pair model: one weight per feature");

export function pairProbability(features: number[], model: PairModel = PAIR_MODEL): number {
  let z = model.bias;
  for (let k = 0; k < features.length; k++) z += model.weights[k]! * features[k]!;
  return 1 / (1 + Math.exp(-z));
}
