// The pair model: the probability that two reports describe one incident, a logistic function of
// the pair features (features.ts). The weights are fitted by maximum likelihood (L2-regularised
// logistic regression) on the candidate pairs of gva-dev, labelled by its gold incidents; the
// clustering threshold is chosen by cross-validation over incident folds. `npm run eval -- --fit`
// re-runs the procedure and prints weights to paste here (src/eval/fit.ts).
import { FEATURE_NAMES } from "./features.js";

export interface PairModel {
  bias: number;
  weights: number[];
  /** Average pair probability at which two clusters merge. */
  threshold: number;
  /** Pairs at least this likely between incidents that stayed apart are shown as "possibly the same". */
  nearMiss: number;
}

export const PAIR_MODEL: PairModel = {"bias":-2.955,"weights":[0.224,8.568,-0.392,-0.631,1.479,0.289,-1.227,0.271,0.658,1.857,1.458],"threshold":0.2,"nearMiss":0.1};

if (PAIR_MODEL.weights.length !== FEATURE_NAMES.length) throw new Error("pair model: one weight per feature");

export function pairProbability(features: number[], model: PairModel = PAIR_MODEL): number {
  let z = model.bias;
  for (let k = 0; k < features.length; k++) z += model.weights[k]! * features[k]!;
  return 1 / (1 + Math.exp(-z));
}
