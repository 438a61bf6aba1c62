// Why a report sits in its incident, in the words the page shows under "why these sources", and
// near misses ("possibly the same incident as ...").
import { FEATURE_NAMES, type FeatureName, type PairFacts } from "./features.js";

const feature = (facts: PairFacts, name: FeatureName) => facts.features[FEATURE_NAMES.indexOf(name)]!;

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
      return "place not known for both";
  }
}

/** "same place (Luhansk), same day, text similarity 0.42, killed figures agree" */
export function describePair(facts: PairFacts, placeName: string | null): string {
  const parts: string[] = [placeWords(facts, placeName)];
  parts.push(facts.days === 0 ? "same day" : `${facts.days} day${facts.days === 1 ? "" : "s"} apart`);
  parts.push(`text similarity ${facts.text.toFixed(2)}`);
  const killed = feature(facts, "killed agree");
  const injured = feature(facts, "injured agree");
  if (killed === 1) parts.push("killed figures agree");
  if (killed === -1) parts.push("killed figures differ");
  if (injured === 1) parts.push("injured figures agree");
  if (injured === -1) parts.push("injured figures differ");
  return parts.join(", ");
}
