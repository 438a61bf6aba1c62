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

export const PAIR_MODEL: PairModel = {"bias":-3.999,"weights":[3.175,8.008,0.861,1.799,1.489,1.248,-1.348,-0.455,-0.58,-0.156,0.941,0.382,0.276,-0.649,0.693,0.065,-0.822],"threshold":0.3,"nearMiss":0.15};

if (PAIR_MODEL.weights.length !== FEATURE_NAMES.length) throw new Error("pair model: one weight per feature");

export function pairProbability(features: number[], model: PairModel = PAIR_MODEL): number {
  let z = model.bias;
  for (let k = 0; k < features.length; k++) z += model.weights[k]! * features[k]!;
  return 1 / (1 + Math.exp(-z));
}
