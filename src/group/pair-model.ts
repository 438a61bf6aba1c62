// The pair models: the probability that two reports describe one incident, a logistic function of
// the pair features (features.ts), with one weight per feature name, one model per kind of news
// (domain.ts). The weights are fitted by maximum likelihood (L2-regularised logistic regression)
// on the candidate pairs of the corpora of that kind (local news: gva-dev; war news: ucdp-dev),
// and the clustering threshold is chosen by 2-fold cross-validation over incidents
// (src/eval/fit.ts). `npm run eval -- --fit` re-runs the procedure, prints the block below and
// says whether it matches this one; paste it here after a change to extraction or features, and
// re-run the evaluation.
import type { NewsDomain } from "./domain.js";
import { FEATURE_NAMES, type FeatureName } from "./features.js";

export interface PairModel {
  bias: number;
  /** One weight per feature, by name (FEATURE_NAMES). */
  weights: Record<FeatureName, number>;
  /** Average pair probability at which two clusters merge. */
  threshold: number;
  /** Pairs at least this likely between incidents that stayed apart are shown as "possibly the same". */
  nearMiss: number;
}

export const PAIR_MODELS: Record<NewsDomain, PairModel> = {
  "local news": {
    bias: -3.004,
    weights: {
      "text similarity": 3.691,
      "√ text similarity": 6.43,
      "name similarity": 0.572,
      "√ name similarity": 1.309,
      "containment": 1.355,
      "title similarity": 0.941,
      "same outlet": -1.325,
      "log days apart": -1.036,
      "log days between publications": -0.082,
      "log days apart, no shared name": 0.249,
      "same place": 0.606,
      "nearby place": -0.191,
      "same region only": -0.432,
      "far apart": -1.172,
      "killed agree": 0.766,
      "injured agree": 0.122,
      "dead in one only": -0.817,
      "√ names × log days": 0.906,
      "title × same day": 2.406,
      "log days from an undated report": -0.441,
      "shared rare name": 0.824,
      "log days apart, both firmly dated": -0.707,
    },
    threshold: 0.4,
    nearMiss: 0.2,
  },
  "war news": {
    bias: -0.908,
    weights: {
      "text similarity": 0.629,
      "√ text similarity": 1.546,
      "name similarity": -0.428,
      "√ name similarity": -0.126,
      "containment": 0.534,
      "title similarity": 0.709,
      "same outlet": -0.813,
      "log days apart": -0.358,
      "log days between publications": -1.251,
      "log days apart, no shared name": -0.737,
      "same place": 0.559,
      "nearby place": -1.254,
      "same region only": -0.06,
      "far apart": -2.569,
      "killed agree": 0.177,
      "injured agree": 0.611,
      "dead in one only": 0.052,
      "√ names × log days": 0.3,
      "title × same day": 1.362,
      "log days from an undated report": -0.88,
      "shared rare name": -0.103,
      "log days apart, both firmly dated": 0,
    },
    threshold: 0.3,
    nearMiss: 0.15,
  },
};

/** The weights in FEATURE_NAMES order, checked: every feature has a weight and every weight a feature. */
export function weightVector(model: PairModel): Float64Array {
  const cached = vectors.get(model);
  if (cached) return cached;
  const names = Object.keys(model.weights);
  const unknown = names.filter((name) => !(FEATURE_NAMES as readonly string[]).includes(name));
  const missing = FEATURE_NAMES.filter((name) => typeof model.weights[name] !== "number");
  if (unknown.length || missing.length) {
    throw new Error(`pair model: ${[...missing.map((n) => `no weight for "${n}"`), ...unknown.map((n) => `weight for unknown feature "${n}"`)].join("; ")}`);
  }
  const vector = Float64Array.from(FEATURE_NAMES, (name) => model.weights[name]);
  vectors.set(model, vector);
  return vector;
}
const vectors = new WeakMap<PairModel, Float64Array>();

for (const model of Object.values(PAIR_MODELS)) weightVector(model);

/** The model's log-odds for a pair's features (in FEATURE_NAMES order). */
export function pairLogit(features: number[], model: PairModel): number {
  const weights = weightVector(model);
  let z = model.bias;
  for (let k = 0; k < features.length; k++) z += weights[k]! * features[k]!;
  return z;
}

export function pairProbability(features: number[], model: PairModel): number {
  return 1 / (1 + Math.exp(-pairLogit(features, model)));
}

/** Each feature's part in a pair's log-odds (weight × value), by name. */
export function contributions(features: number[], model: PairModel): { name: FeatureName; value: number; weight: number; part: number }[] {
  const weights = weightVector(model);
  return FEATURE_NAMES.map((name, k) => ({ name, value: features[k]!, weight: weights[k]!, part: weights[k]! * features[k]! }));
}

/** The models as the source text of the PAIR_MODELS constant (what `--fit` prints). */
export function modelSource(models: Record<NewsDomain, PairModel>): string {
  const one = (domain: NewsDomain, model: PairModel) => [
    `  ${JSON.stringify(domain)}: {`,
    `    bias: ${model.bias},`,
    "    weights: {",
    ...FEATURE_NAMES.map((name) => `      ${JSON.stringify(name)}: ${model.weights[name]},`),
    "    },",
    `    threshold: ${model.threshold},`,
    `    nearMiss: ${model.nearMiss},`,
    "  },",
  ];
  return ["export const PAIR_MODELS: Record<NewsDomain, PairModel> = {", ...Object.entries(models).flatMap(([d, m]) => one(d as NewsDomain, m)), "};"].join("\n");
}

/** Do two models have the same weights, bias and levels? */
export function sameModel(a: PairModel, b: PairModel): boolean {
  return a.bias === b.bias && a.threshold === b.threshold && a.nearMiss === b.nearMiss && FEATURE_NAMES.every((name) => a.weights[name] === b.weights[name]);
}
