// The pair models: the probability that two reports describe one incident, a logistic function of
// the pair features (features.ts), with one weight per feature name, one model per kind of news
// (domain.ts). The weights are fitted by maximum likelihood (L2-regularised logistic regression)
// on the pairs grouping scores in the corpora of that kind (local news: gva-dev; war news:
// ucdp-dev and the coded notes written from ucdp-dev's and viina-dev's events), and the clustering
// threshold is chosen by 2-fold cross-validation over incidents (src/eval/fit.ts). The block
// below is what `npm run eval -- --fit` prints on the default corpora; it says whether its result
// is this block, and tests/eval/fit.test.ts fails when it is not. After a change to extraction,
// grouping or the features, paste the new block here and re-run the evaluation.
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
    bias: -2.705,
    weights: {
      "text similarity": 3.519,
      "√ text similarity": 5.593,
      "name similarity": 0.622,
      "√ name similarity": 1.118,
      "containment": 1.653,
      "title similarity": 0.964,
      "same outlet": -1.611,
      "log days apart": -1.211,
      "log days between publications": 0.07,
      "log days apart, no shared name": 0.39,
      "same place": 1.043,
      "nearby place": 0.304,
      "same region only": -0.34,
      "far apart": -0.881,
      "killed agree": 0.782,
      "injured agree": 0.154,
      "dead in one only": -1.149,
      "√ names × log days": 0.87,
      "title × same day": 1.801,
      "log days from an undated report": -0.483,
      "shared rare name": 0.668,
      "log days apart, both firmly dated": -0.61,
      "log days from the neighbours' day": -0.563,
    },
    threshold: 0.4,
    nearMiss: 0.2,
  },
  "war news": {
    bias: 0.177,
    weights: {
      "text similarity": 2.4,
      "√ text similarity": 1.164,
      "name similarity": -0.543,
      "√ name similarity": -0.46,
      "containment": 0.642,
      "title similarity": 0.194,
      "same outlet": -1.411,
      "log days apart": -1.612,
      "log days between publications": -0.68,
      "log days apart, no shared name": -1.481,
      "same place": 1.317,
      "nearby place": -3.463,
      "same region only": -0.546,
      "far apart": -1.335,
      "killed agree": 0.148,
      "injured agree": 0.126,
      "dead in one only": -0.865,
      "√ names × log days": -0.253,
      "title × same day": 0.992,
      "log days from an undated report": -0.828,
      "shared rare name": -0.726,
      "log days apart, both firmly dated": 0,
      "log days from the neighbours' day": 0,
    },
    threshold: 0.4,
    nearMiss: 0.2,
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
