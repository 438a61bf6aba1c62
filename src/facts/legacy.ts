// FIRST VERSION kept while facts/ is rebuilt (issue 4): replaced step by step.
import { DateTime } from "luxon";
import type { DamageClaim, DateCue, IncidentType, MeansClaim, Passage, TypeCue } from "../model.js";

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
