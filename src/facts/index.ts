// Facts: casualty claims, event dates, means, damage and incident-type cues, per passage.
// FIRST VERSION: plain patterns; issue 4 replaces the insides (number words, qualifiers,
// attribution, revisions, local-news conventions, chrono-node dates).
import { DateTime } from "luxon";
import type { CasualtyClaim, DamageClaim, DateCue, IncidentType, MeansClaim, Passage, TypeCue } from "../model.js";

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};

function toNumber(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}

const KILLED = /\b(?:killing|killed|kills)\s+(?:at least\s+|over\s+)?(\w+)\s+(?:people|civilians|persons)/i;
const INJURED = /\b(?:wounding|injuring|injured|wounded)\s+(over|more than|at least)?\s*(\w+)\b/i;

export function findCasualtyClaims(passage: Passage): CasualtyClaim[] {
  const claims: CasualtyClaim[] = [];
  const killed = KILLED.exec(passage.text);
  const killedValue = killed ? toNumber(killed[1]!) : null;
  if (killedValue !== null) {
    claims.push({ kind: "killed", value: killedValue, qualifier: "exact", attribution: null, quote: passage.text, passage: passage.index, revisedFrom: null });
  }
  const injured = INJURED.exec(passage.text);
  const injuredValue = injured ? toNumber(injured[2]!) : null;
  if (injuredValue !== null) {
    claims.push({
      kind: "injured", value: injuredValue, qualifier: injured![1] ? "over" : "exact",
      attribution: null, quote: passage.text, passage: passage.index, revisedFrom: null,
    });
  }
  return claims;
}

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

export function findDateCues(passages: Passage[], publishedDay: string): DateCue[] {
  const published = DateTime.fromISO(publishedDay, { zone: "utc" });
  const cues: DateCue[] = [];
  for (const passage of passages) {
    const match = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.exec(passage.text);
    if (!match) continue;
    const weekday = WEEKDAYS.indexOf(match[1]!.toLowerCase()) + 1;
    const back = (published.weekday - weekday + 7) % 7;
    const day = published.minus({ days: back }).toISODate()!;
    cues.push({ passage: passage.index, date: { date: day, end: day, precision: "day", cue: match[0] } });
  }
  return cues;
}

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
