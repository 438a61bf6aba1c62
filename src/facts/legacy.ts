// FIRST VERSION kept while facts/ is rebuilt (issue 4): replaced step by step.
import type { DamageClaim, IncidentType, MeansClaim, Passage, TypeCue } from "../model.js";

export function findMeans(passage: Passage): MeansClaim[] {
  const match = /\b(missiles?|drones?|shelling|artillery|airstrikes?|gunfire|explosives?)\b/i.exec(passage.text);
  return match ? [{ means: match[1]!.toLowerCase(), count: null, attribution: null, quote: passage.text, passage: passage.index }] : [];
}

export function findDamage(_passage: Passage): DamageClaim[] {
  return [];
}

const TYPE_PATTERNS: [IncidentType, RegExp][] = [
  ["missile strike", /\bmissile (strike|attack)s?\b/i],
  ["drone strike", /\bdrone (strike|attack)s?\b/i],
  ["airstrike", /\bair ?strikes?\b/i],
  ["shelling", /\bshelling\b/i],
  ["shooting", /\b(shooting|shot|gunfire)\b/i],
  ["explosion", /\bexplosions?\b/i],
  ["territorial claim", /\b(liberated|captured|took control of)\b/i],
];

export function findTypeCues(passage: Passage): TypeCue[] {
  for (const [type, pattern] of TYPE_PATTERNS) {
    const match = pattern.exec(passage.text);
    if (match) return [{ passage: passage.index, type, cue: match[0] }];
  }
  return [];
}
