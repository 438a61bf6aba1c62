// Why a report sits in its incident, in the words the page shows under "why these sources": the
// facts of the link (place, days) and the features that decided it, by their part in the pair
// model's score (weight × value), so the note names what actually tipped the balance ("title ×
// same day", "containment") rather than a fixed list.
import { FEATURE_NAMES, type FeatureName, type PairFacts } from "./features.js";
import { contributions, type PairModel } from "./pair-model.js";

/** A feature's part in one pair's score. */
export interface Contribution {
  feature: FeatureName;
  value: number;
  weight: number;
  /** weight × value: what the feature adds to the log-odds. */
  part: number;
}

/** Features that raise the score most, largest first (those adding less than MIN_PART are left out). */
export function decidingFeatures(features: number[], model: PairModel, limit = DECIDING_SHOWN): Contribution[] {
  return contributions(features, model)
    .filter((c) => c.part >= MIN_PART)
    .sort((a, b) => b.part - a.part || FEATURE_NAMES.indexOf(a.name) - FEATURE_NAMES.indexOf(b.name))
    .slice(0, limit)
    .map((c) => ({ feature: c.name, value: c.value, weight: c.weight, part: c.part }));
}

const DECIDING_SHOWN = 3;
/** A tenth of a unit of log-odds moves a probability of 0.5 by 2.5 points: below that, a feature decided nothing. */
const MIN_PART = 0.1;

function placeWords(facts: PairFacts, placeName: string | null): string {
  const km = facts.distanceKm === null ? null : `${Math.round(facts.distanceKm)} km`;
  switch (facts.relation) {
    case "same":
      return placeName ? `same place (${placeName})` : "same place";
    case "near":
      return km ? `nearby places (${km} apart)` : "nearby places";
    case "within":
      return "one place lies within the other";
    case "region":
      return km ? `same region, ${km} apart` : "same region";
    case "far":
      return km ? `places ${km} apart` : "places far apart";
    case "unknown":
      return "no place known for one of them";
  }
}

/** "same place (Luhansk), same day; decided by title × same day (+3.4), √ text similarity (+2.1)" */
export function describePair(facts: PairFacts, days: number, placeName: string | null, model: PairModel): string {
  const head = [placeWords(facts, placeName), days === 0 ? "same day" : `${days} day${days === 1 ? "" : "s"} apart`].join(", ");
  const deciding = decidingFeatures(facts.features, model);
  return deciding.length ? `${head}; decided by ${deciding.map((c) => `${c.feature} (+${c.part.toFixed(1)})`).join(", ")}` : head;
}
