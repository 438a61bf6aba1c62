// Why a report sits in its incident, in the words the page shows under "why these sources", and
// near misses ("possibly the same incident as ...").
import { FEATURE_NAMES, type PairFacts } from "./features.js";

const feature = (facts: PairFacts, name: (typeof FEATURE_NAMES)[number]) => facts.features[FEATURE_NAMES.indexOf(name)]!;

const RELATION_WORDS = {
  same: "same place",
  near: "nearby places",
  within: "one place lies within the other",
  region: "same region",
  far: "places far apart",
  unknown: "place not known for both",
} as const;

/** "same place, 1 day apart, text similarity 0.42, killed agree" */
export function describePair(facts: PairFacts, placeName: string | null): string {
  const parts: string[] = [];
  const relation = RELATION_WORDS[facts.relation];
  parts.push(facts.relation === "same" && placeName ? `same place (${placeName})` : facts.relation === "near" && facts.distanceKm !== null ? `${relation} (${Math.round(facts.distanceKm)} km)` : relation);
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
