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

export const PAIR_MODEL: PairModel = {"bias":-4.274,"weights":[3.107,7.761,0.93,1.851,1.51,1.998,-1.473,-0.461,-0.584,-0.143,0.779,0.374,0.223,-0.668,0.948,0.062],"threshold":0.3,"nearMiss":0.15};

if (PAIR_MODEL.weights.length !== FEATURE_NAMES.length) throw new Error("pair model: one weight per feature");

export function pairProbability(features: number[], model: PairModel = PAIR_MODEL): number {
  let z = model.bias;
  for (let k = 0; k < features.length; k++) z += model.weights[k]! * features[k]!;
  return 1 / (1 + Math.exp(-z));
}
