// Event dates stated in the text, relative to the publication day: "Friday", "Sunday night",
// "last week", "on June 5", "yesterday". chrono-node reads the expressions; this file decides which
// of them date the incident:
// - a bare weekday resolves to the nearest such day, which may lie after publication: step back a
//   week (docs/stack.md); a date after publication is never an event date (a court date, a funeral);
// - sentences about courts, funerals, vigils, births or earlier years give no event date;
// - a date needs an event in its sentence ("shot", "killed", "strike", "liberated");
// - a date said of the reporting ("police said Sunday", "announced Saturday") is not the event's;
// - Censor.NET time stamps ("(11.07.22 13:17)") and clock times alone are publication metadata.
import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import type { DateCue, EventDate, Passage } from "../model.js";
import { findHolidays, HOLIDAY_WORD } from "./holidays.js";
import { en } from "./lexicon/en.js";
import { alternation } from "./lexicon/words.js";

// Cheap gate: chrono reads only a short window around one of these words (it costs ~0.1 ms a sentence).
const DATE_WORD = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\byesterday\b|\btoday\b|\btonight\b|\blast (?:night|week|weekend)\b|\bthis (?:morning|afternoon|evening|week)\b|\bearlier this week\b|\bdays? ago\b|\bovernight\b|\bweekend\b/gi;
/** Characters of context on each side of a date word that chrono sees ("at 3:15 p.m. on Friday, Mar. 9, 2018"). */
const WINDOW = 40;
// What happened on the date is not the incident: looked for in the words right around the date
// ("was arraigned Monday", "funeral services will be held Saturday", "sentenced on June 5").
const NOT_THE_EVENT = new RegExp(`\\b(?:${alternation(en.dates.notTheEvent)})\\b`, "i");
const EVENT = new RegExp(`\\b(?:${alternation(en.dates.eventWords)})\\b`, "i");
const STREET_COURT = /\b(?!(?:Superior|District|Circuit|Municipal|Supreme|Juvenile|County|Criminal|Federal|Magistrate|Family|Traffic|City|State|High|Appeals|Probate|Drug|Youth)\b)([A-Z][a-z]+) Court\b/g;
// The first word of a street's, a building's or a county's name ("The Summit Apartments", "Memorial
// Hospital", "Bond Street", "Story County") names a place, not a summit, a memorial or a bond.
const PLACE_NAME_WORD = /\b[A-Z][a-z]+(?=\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Dr\.|Lane|Boulevard|Blvd\.|Way|Place|Circle|Parkway|Highway|Apartments?|Hospital|Medical|Park|Center|Centre|Church|School|Plaza|Mall|Hotel|Inn|Motel|County|Township|Heights|Hills|Village)\b)/g;
const UNRELATED_DAY = new RegExp(`\\b(?:${alternation(en.dates.unrelatedDay)})\\b`, "i");
const SAID_RIGHT_BEFORE = /\b(?:said|says|told(?: \w+){0,2}|(?<!(?:was|were|been) )reported|confirmed|announced|identified(?: \w+){0,2}|added|stated)\s+(?:on\s+|late\s+|early\s+)?$/i;
const PAGE_STAMP = /^\s*(?:posted|updated|published|last updated|created)\b|\b(?:posted|updated|published):|pic\.twitter|\(@\w+\)|https?:\/\/|^\s*\[|^\s*(?:related|read more|more|other news|see also|also read|watch|video)\s*[:|]/i;
const CENSOR_STAMP = /\b\d\d\.\d\d\.\d\d(?:\s+\d\d:\d\d)?\b/g;
// chrono reads "the night of March 3" as no day at all; with the part of the day blanked out it
// reads the date ("on the March 3"), which is the event's.
const PART_OF_DAY_OF = new RegExp(`\\b(?:${alternation(en.calendar.partsOfDay)}) of (?=(?:${alternation(en.calendar.weekdaysAndMonths)})\\b|\\d)`, "gi");
const EARLIER_YEAR = /\blast year\b|\byears? ago\b|\byears earlier\b|\bin (?:19|20)\d\d\b/i;

/** The same number of spaces: what chrono should not read, with every offset kept. */
function blank(text: string): string {
  return " ".repeat(text.length);
}

function isoDay(date: DateTime): string {
  return date.toISODate()!;
}

const DAY_MS = 86_400_000;

/**
 * Days from `earlier` to `later`, both UTC days (midnight, no daylight saving): what luxon's
 * `later.diff(earlier, "days").days` gives them, at a fraction of its cost (it steps a cursor
 * through calendar units; this runs for every date chrono reads).
 */
export function utcDaysBetween(later: DateTime, earlier: DateTime): number {
  return (later.toMillis() - earlier.toMillis()) / DAY_MS;
}

/** The event date a chrono result names, judged against the publication day; null if it names none. */
function toEventDate(result: chrono.ParsedResult, published: DateTime): EventDate | null {
  const start = result.start;
  const text = result.text;
  const known = (unit: chrono.Component) => start.isCertain(unit);
  const relativeDay = /\b(?:yesterday|today|tonight|this (?:morning|afternoon|evening)|last night|overnight)\b/i.test(text);
  const hasDay = known("day") || known("weekday") || relativeDay;
  // A bare "weekend" ("a weekend shooting") is a range too; chrono reads it as a Saturday.
  const week = /\b(?:last|past|this) week\b|\bweekend\b|\bearlier this week\b/i.test(text);
  if (!hasDay && !week) return null; // "at 4:15 p.m.", "in June": no day
  // "a few days ago", "several days ago": no day said (chrono reads three).
  if (/\b(?:few|several|couple(?: of)?)\s+days\s+ago\b/i.test(text)) return null;
  // A page's own stamp, not the event: "Monday, May 4, 2015 09:41 AM EDT", "Jun 20, 2016 - 7:34 PM".
  if (known("year") && known("hour") && /\d\s*(?:AM|PM)\b|\b[ECMP][SD]T\b/.test(text)) return null;
  // "On April 8, 57 people were killed": chrono takes the count for the year (57, so 1957).
  const countAsYear = known("year") && COUNT_AFTER_DAY.test(text);
  const yearSaid = known("year") && !countAsYear;
  const cue = countAsYear ? text.replace(COUNT_AFTER_DAY, "") : text;
  let day = DateTime.fromObject(
    { year: countAsYear ? published.year : start.get("year")!, month: start.get("month")!, day: start.get("day")! },
    { zone: "utc" },
  );
  if (!day.isValid) return null;
  if (countAsYear && day > published) day = day.minus({ years: 1 });
  if (week) {
    // "over the last week": the seven days before publication; "this week": its Monday to publication.
    if (/\bthis week\b|\bearlier this week\b/i.test(text)) {
      const monday = published.startOf("week");
      return { date: isoDay(monday), end: isoDay(published), precision: "week", cue: text };
    }
    if (/weekend/i.test(text)) {
      const saturday = published.minus({ days: ((published.weekday + 1) % 7) || 7 });
      return { date: isoDay(saturday), end: isoDay(saturday.plus({ days: 1 })), precision: "range", cue: text };
    }
    return { date: isoDay(published.minus({ days: 7 })), end: isoDay(published), precision: "week", cue: text };
  }
  const bareWeekday = known("weekday") && !known("day");
  if (bareWeekday && day > published) day = day.minus({ days: 7 });
  // "last Monday" is never yesterday or today (those are "Monday", "yesterday"): the week before.
  if (bareWeekday && /\blast\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(text) && utcDaysBetween(published, day) <= 1) day = day.minus({ days: 7 });
  if (day > published) return null; // a date ahead of publication is a court date or a funeral
  if (!yearSaid && utcDaysBetween(published, day) > 300) return null; // "on Jan. 15" of a year not said
  return { date: isoDay(day), end: isoDay(day), precision: "day", cue };
}

// A one- to three-digit number after "April 8," is a count, not a year ("April 8, 57 people").
const COUNT_AFTER_DAY = /,\s*\d{1,3}$/;

// Articles of one day share its DateTime (immutable): luxon takes about 25 µs to parse an ISO day,
// which over a build's articles and their two languages' readers added up to half a second.
const publicationDays = new Map<string, DateTime>();
function publicationDay(publishedDay: string): DateTime {
  let day = publicationDays.get(publishedDay);
  if (!day) publicationDays.set(publishedDay, (day = DateTime.fromISO(publishedDay, { zone: "utc" })));
  return day;
}

/**
 * Every passage's event-date cues, in passage order, each with its strength. `country`: the one
 * the article is about (ISO code, or null), for the holidays of its calendar.
 */
export function findDateCues(passages: Passage[], publishedDay: string, country: string | null): DateCue[] {
  return dateCuesOf(passages, publishedDay, (passage, published, reference) => passageEventDate(passage, published, reference, country));
}

/** A passage's event date as one language's reader finds it, relative to the publication day. */
export type PassageDateReader = (passage: Passage, published: DateTime, reference: chrono.ParsingReference) => FoundDate | null;

/**
 * Each passage's date by `read`, in passage order. chrono reads relative days ("Friday",
 * "yesterday") from noon UTC of the publication day.
 */
export function dateCuesOf(passages: Passage[], publishedDay: string, read: PassageDateReader): DateCue[] {
  const published = publicationDay(publishedDay);
  if (!published.isValid) return [];
  const reference = { instant: new Date(`${publishedDay}T12:00:00Z`), timezone: "UTC" };
  const cues: DateCue[] = [];
  for (const passage of passages) {
    const found = read(passage, published, reference);
    if (found) cues.push({ passage: passage.index, date: found.date, strength: found.strength });
  }
  return cues;
}

// A date that names the event itself: "Saturday's shooting", "the March 4 shooting death", "a
// Wednesday-night shooting spree". It dates the incident even in a sentence about a court or an
// arrest ("charged in the Saturday afternoon shooting").
const NAMES_EVENT_AFTER = /^(?:['’]s?)?[\s-]*(?:(?:deadly|fatal|double|triple|quadruple|mass|drive-?by|early[- ]morning|late[- ]night|overnight|accidental|apparent|gang-?related|multiple|random|targeted|domestic|party|bar|nightclub|club|house|home)\s+){0,2}(?:shootings?|shoot-?outs?|killings?|slayings?|homicides?|murders?|gunfire|gunfight|rampage|spree|stabbings?|attacks?|ambush|robbery|death|incident)\b/i;
// The event's own words right before the date: "were shot ... around 2 a.m. Sunday", "the shooting
// happened on Birch Row just after 5 a.m. Tuesday", "opened fire late Friday".
const EVENT_BEFORE = /\b(?:happened|occurred|took place|erupted|rang out|(?:was|were) (?:reported|fired|heard)|shots? (?:fired|rang)|opened fire|fired (?:shots|into|at|on)|(?:was|were|been|got|get) (?:shot|killed|wounded|injured|hit|struck|gunned down|found dead)|shot (?:and killed|to death|dead|multiple times|several times|in the \w+)|gunned down|shot|killed|wounded|injured|murdered|slain)\b[^.;:!?"“”]{0,45}$|\b(?:shootings?|killings?|slayings?|homicides?|murders?|gunfire)\b[^.;:!?"“”,]{0,20}$/i;
// The state of things at the time of writing, or the telling: "remained hospitalized Tuesday",
// "was still at large Monday", "police were searching late Tuesday", "continued Saturday to
// investigate", "Authorities Saturday said", "Officials Wednesday identified".
const STATUS_BEFORE = /\b(?:remain(?:s|ed)?(?: \w+){0,3}|(?:is|was|were|are) still(?: \w+){0,3}|still(?: \w+){0,3}|(?:is|was|are|were) (?:searching|looking|investigating|recovering|hospitali[sz]ed|in (?:critical|stable|serious|grave|good|fair) condition)(?: \w+){0,4}|continu(?:e|ed|es|ing)|as of|behind bars|identified|recovering(?: \w+){0,4}|condition|custody|arrested|booked|extradited|surrendered|(?:was|were|been) discharged|turned (?:himself|herself|themselves) in|(?:died|passed away|succumbed)(?: \w+){0,3})\s+(?:on |late |early |by |until |through )?$/i;
const STATUS_AFTER = /^[^.;]{0,40}\bin (?:stable|critical|serious|good|fair|grave|satisfactory) condition\b/i;
const TELLING_AFTER = /^,?\s+(?:(?:we|I)\s+)?(?:said|says|announced|identified|confirmed|released|reported|told|named|charged|arrested|updated|learned)\b/i;
/** Someone died on that day, of wounds from the event (a later day than the shooting, often). */
const DIED_BEFORE = /\b(?:died|passed away|succumbed|pronounced dead)(?: \w+){0,3}\s+(?:on |late |early )?$/i;
const TIME_OF_DAY = /\d\s*(?:a\.?m\.?|p\.?m\.?)|\b(?:noon|midnight|morning|afternoon|evening|night|overnight|dawn)\b/i;
const TIME_NEAR_BEFORE = /\b(?:early|late|around|about|shortly|just|approximately|after|before|\d\s*(?:a\.?m\.?|p\.?m\.?))\b[^.;]{0,14}$/i;
// chrono reads "sun" in "The sun sets" and "sat" in "sat down" as weekdays.
const LOWERCASE_ABBREVIATION = new RegExp(`^(?:${alternation(en.calendar.lowercaseAbbreviations)})$`);

export interface FoundDate {
  date: EventDate;
  strength: number;
}

/** The passage's strongest event date (the first of equals), or null. */
function passageEventDate(passage: Passage, published: DateTime, reference: chrono.ParsingReference, country: string | null): FoundDate | null {
  DATE_WORD.lastIndex = 0;
  const holiday = HOLIDAY_WORD.test(passage.text);
  if (!DATE_WORD.test(passage.text) && !holiday) return null;
  const text = passage.text.replace(CENSOR_STAMP, blank).replace(PART_OF_DAY_OF, blank);
  if (EARLIER_YEAR.test(text) || PAGE_STAMP.test(text)) return null;
  const eventless = !EVENT.test(text);
  DATE_WORD.lastIndex = 0;
  let searchedTo = 0;
  let best: FoundDate | null = null;
  // "shot on New Year's Eve", "a Father's Day shooting": a holiday dates the event when it is the
  // day something happened "on" or names the event; a bare mention ("prepared for Christmas") does not.
  if (holiday) {
    for (const mention of findHolidays(text, published, country)) {
      if (utcDaysBetween(published, mention.date) > 300) continue;
      const end = mention.index + mention.text.length;
      const strength = eventless ? null : cueStrength(text, mention.index, end, mention.text);
      const on = /\b(?:on|during|over)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, mention.index - 12), mention.index));
      if (strength === null || !(on || NAMES_EVENT_AFTER.test(text.slice(end, end + 60)))) continue;
      const day = mention.date.toISODate()!;
      const found = { date: { date: day, end: day, precision: "day" as const, cue: mention.text }, strength: Math.max(strength, 1) };
      if (!best || found.strength > best.strength) best = found;
    }
  }
  for (let match = DATE_WORD.exec(text); match; match = DATE_WORD.exec(text)) {
    if (match.index < searchedTo) continue;
    const from = Math.max(0, text.lastIndexOf(" ", Math.max(0, match.index - WINDOW)));
    const to = text.indexOf(" ", Math.min(text.length, match.index + match[0].length + WINDOW));
    const window = text.slice(from, to < 0 ? text.length : to);
    searchedTo = to < 0 ? text.length : to;
    for (const result of chrono.parse(window, reference, { forwardDate: false })) {
      if (LOWERCASE_ABBREVIATION.test(result.text)) continue;
      const date = toEventDate(result, published);
      if (!date) continue;
      const at = from + result.index;
      const end = at + result.text.length;
      let strength = cueStrength(text, at, end, result.text);
      if (strength === null) continue;
      if (eventless) {
        if (strength <= 0) continue;
        strength = WEAK;
      }
      if (!best || strength > best.strength) best = { date, strength };
    }
  }
  return best;
}

/**
 * The day of the telling or of a state ("police said Sunday", "remained hospitalized Tuesday"): not
 * the event's day, but the event was then or before, and most news tells it the same day. Taken only
 * when nothing better dates the report (gva-dev: articles 75.8% -> 76.3% exact, incidents +0.6).
 */
const TOLD = -1;
/**
 * A day stated in a sentence with no word of any event ("around 2 a.m. on Saturday", "Around 10
 * p.m. Monday, a police officer tried to stop a car"): often the incident's, told in the sentence
 * that sets the scene, but only taken when no sentence with an event word dates the report.
 */
const WEAK = 0.5;

/** A cue from a sentence without an event word (see WEAK): it never sets what a report is about. */
export function isWeakCue(cue: DateCue): boolean {
  return cue.strength === WEAK;
}

/** How surely the date at [at, end) is the event's (see DateCue.strength); null: not the event's. */
function cueStrength(text: string, at: number, end: number, cue: string): number | null {
  const before = text.slice(Math.max(0, at - 60), at);
  const after = text.slice(end, end + 60);
  // A live page's stamp ("UPDATE SATURDAY 5:45 AM"), not a day anything happened.
  if (/\bupdated?\s*[:(]?\s*$/i.test(before)) return null;
  if (NAMES_EVENT_AFTER.test(after)) return 3;
  // "Sandpiper Court", "Pershing Court Manor": a street or a building, not a court of law.
  const around = text.slice(Math.max(0, text.lastIndexOf(" ", Math.max(0, at - 45))), end + 25).replace(STREET_COURT, "$1 Ct").replace(PLACE_NAME_WORD, "Place");
  // A court's, an arrest's or a funeral's day comes after the event: a told day (an upper bound);
  // a day of something unrelated (a birthday, a meeting, a future hearing) dates nothing.
  if (NOT_THE_EVENT.test(around)) return UNRELATED_DAY.test(around) ? null : TOLD;
  // "police said Sunday", "told reporters on Tuesday": the day of the telling.
  if (SAID_RIGHT_BEFORE.test(text.slice(Math.max(0, at - 30), at)) || TELLING_AFTER.test(after)) return TOLD;
  if (DIED_BEFORE.test(before)) return 0;
  if (STATUS_BEFORE.test(before)) return TOLD;
  // "By Tuesday, the two victims were said to be stable": the state on that day.
  if (STATUS_AFTER.test(after) && !/\b(?:shot|killed|wounded|injured|fired|died)\b/i.test(after)) return TOLD;
  const timed = TIME_OF_DAY.test(cue) || TIME_NEAR_BEFORE.test(before);
  if (EVENT_BEFORE.test(before)) return 3;
  return timed ? 2 : 1;
}

/**
 * A report's (or an article's) event date: the strongest cue stated to the day (the first of equals:
 * headline and lead come first), else the first week or range, else a day told without an event word
 * (WEAK: articles 76.9% -> 78.9% exact on gva-dev; taken after the day of a telling instead, 78.4%),
 * else a day someone died of the wounds, else the day of the telling (marked toldOn), else the
 * publication day itself, marked as such (cue null). The date keeps its cue's strength (for the
 * merge). Kept apart from the publication date everywhere.
 * An article that states no date is dated by its publication day: on gva-dev, of 568 articles
 * with no cue, 39% appeared on the incident's day, 22% the day after, and 14% more than a week
 * later (follow-ups): no other single day does better.
 */
export function decideEventDate(cues: DateCue[], publishedDay: string): EventDate {
  const strength = (c: DateCue) => c.strength ?? 1;
  let best: DateCue | undefined;
  for (const cue of cues) if (cue.date.precision === "day" && strength(cue) >= 1 && (!best || strength(cue) > strength(best))) best = cue;
  const span = cues.find((c) => c.date.precision !== "day");
  // A day the text gives inside the week or weekend it names ("hospitalized Saturday" and "in the
  // last week") is the more precise of the two.
  const dayInSpan = span && cues.find((c) => c.date.precision === "day" && c.date.date >= span.date.date && c.date.date <= span.date.end);
  best ??= dayInSpan ?? span ?? cues.find((c) => strength(c) === WEAK) ?? cues.find((c) => strength(c) === 0) ?? cues[0];
  if (best && strength(best) < 0) return { ...best.date, toldOn: true };
  if (best && strength(best) !== 1) return { ...best.date, strength: strength(best) };
  return best?.date ?? { date: publishedDay, end: publishedDay, precision: "day", cue: null };
}

/**
 * A report's event date from its own cues (decideEventDate). A report that states no date of its
 * own but recalls a dated event (a follow-up told weeks later: "charged in the November 9 shooting
 * death", "Lusk was killed ... on January 4") is about that event: it takes the recalled date
 * rather than its publication day. Measured on gva-dev after grouping: taking any recalled cue
 * fixed 13 incidents' dates and broke none; only cues tied to the event's words (strength 3), 5.
 */
export function reportEventDate(own: DateCue[], recalled: DateCue[], publishedDay: string): EventDate {
  const date = decideEventDate(own, publishedDay);
  if (date.cue === null) return recalled.length ? decideEventDate(recalled, publishedDay) : date;
  // A day told without an event word ("was picked up Wednesday night") yields to the event's own
  // day the report recalls ("since the Dec. 23 shooting").
  if (date.strength === WEAK) {
    const recall = decideEventDate(recalled.filter((c) => !isWeakCue(c)), publishedDay);
    if (recall.cue !== null && !recall.toldOn) return recall;
  }
  return date;
}

/**
 * One incident's date from its reports' dates (each with its article's publication time): a date
 * stated to the day beats a week or a range; with neither, the earliest day of a telling or of a
 * publication (each an upper bound of the event's day);
 * among the best-stated, the day most reports give, ties going to the day a report ties more surely to
 * the event ("Saturday's shooting", "shot ... about 2 a.m. Sunday" over a bare "Sunday,"; gva-dev
 * after grouping +6 incidents, gold groups +0.2 points), then to the earliest-published report (the
 * first report is closest to the event; later ones date their follow-ups), then to the earlier day.
 * Measured on gva-dev gold groups: 81.8% exact; "the earliest report's" 81.3%, "earliest of all"
 * 79.1%. Mixed-up groups hurt it least (after grouping: 74.0% against 73.6% and 72.2%).
 */
export function mergeEventDates(all: { date: EventDate; published: string }[]): EventDate | null {
  const rank = (d: EventDate) => (d.cue === null ? 3 : d.toldOn ? 2 : d.precision === "day" ? 0 : 1);
  // No incident happened after a report of it was published (or after the day a report says it was
  // told): a day stated later than that is another event's or misread, and gives way to the days
  // that fit (gva-dev: after grouping +3 incidents, gold groups +0.4 points).
  const day = (published: string) => published.slice(0, 10);
  const bound = all.map((d) => (rank(d.date) === 2 && d.date.date < day(d.published) ? d.date.date : day(d.published))).sort()[0];
  const fitting = all.filter((d) => rank(d.date) >= 2 || bound === undefined || d.date.date <= bound);
  const dates = fitting.some((d) => rank(d.date) < 2) ? fitting : all;
  const bestRank = Math.min(...dates.map((d) => rank(d.date)));
  const tally = new Map<string, { n: number; firstPublished: string; date: EventDate; strength: number }>();
  for (const { date, published } of dates) {
    if (rank(date) !== bestRank) continue;
    const entry = tally.get(date.date);
    const strength = date.strength ?? 1;
    if (!entry) tally.set(date.date, { n: 1, firstPublished: published, date, strength });
    else {
      entry.n++;
      if (published < entry.firstPublished) entry.firstPublished = published;
      entry.strength = Math.max(entry.strength, strength);
    }
  }
  // Without a day the text states, every report gives an upper bound (the event was on the day
  // of the telling or before, and before any publication): the earliest is the best.
  if (bestRank >= 2) {
    const bounds = dates.filter((d) => rank(d.date) >= 2).sort((a, b) => (a.date.date < b.date.date ? -1 : a.date.date > b.date.date ? 1 : rank(a.date) - rank(b.date)));
    return bounds[0]?.date ?? null;
  }
  const ranked = [...tally.values()].sort(
    (a, b) =>
      b.n - a.n ||
      b.strength - a.strength ||
      (a.firstPublished < b.firstPublished ? -1 : a.firstPublished > b.firstPublished ? 1 : a.date.date < b.date.date ? -1 : 1),
  );
  return ranked[0]?.date ?? null;
}
