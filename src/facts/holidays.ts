// Holidays as dates: "shot on New Year's Eve", "killed on Christmas", "a Fourth of July party",
// "Father's Day shooting". chrono-node reads none of these but the Fourth of July (and that one
// forward, into the next July). The holiday meant is the latest one on or before publication.
// Holidays as English-language news names them: US local news's, and Ukraine's Independence Day.
import { DateTime } from "luxon";

type Rule = (year: number) => DateTime;

const fixed = (month: number, day: number): Rule => (year) => DateTime.utc(year, month, day);
/** The nth weekday (1 = Monday) of a month; n = -1 for the last. */
const nthWeekday = (month: number, weekday: number, n: number): Rule => (year) => {
  if (n > 0) {
    const first = DateTime.utc(year, month, 1);
    return first.plus({ days: ((weekday - first.weekday + 7) % 7) + 7 * (n - 1) });
  }
  const last = DateTime.utc(year, month, 1).endOf("month").startOf("day");
  return last.minus({ days: (last.weekday - weekday + 7) % 7 });
};
/** Easter Sunday (Gregorian computus, Meeus/Jones/Butcher). */
const easter: Rule = (year) => {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return DateTime.utc(year, month, ((h + l - 7 * m + 114) % 31) + 1);
};

// [pattern, date, the country whose holiday it is]: a holiday of one country's calendar is read
// only in an article about that country ("Independence Day" is the Fourth of July in US local news
// and 24 August in Ukraine's); null for those named alike wherever they are kept.
const HOLIDAYS: [RegExp, Rule, string | null][] = [
  [/\bnew\s+year['’]?s\s+eve\b/i, fixed(12, 31), null],
  [/\bnew\s+year['’]?s(?:\s+day)?\b/i, fixed(1, 1), null],
  [/\bchristmas\s+eve\b/i, fixed(12, 24), null],
  [/\bchristmas(?:\s+day)?\b/i, fixed(12, 25), null],
  [/\b(?:fourth\s+of\s+july|july\s+4th)\b/i, fixed(7, 4), null],
  [/\bindependence\s+day\b/i, fixed(7, 4), "US"],
  [/\bindependence\s+day\b/i, fixed(8, 24), "UA"],
  [/\bhalloween\b/i, fixed(10, 31), null],
  [/\bvalentine['’]?s\s+day\b/i, fixed(2, 14), null],
  [/\bcinco\s+de\s+mayo\b/i, fixed(5, 5), null],
  [/\bst\.?\s+patrick['’]?s\s+day\b/i, fixed(3, 17), null],
  [/\bthanksgiving(?:\s+day)?\b/i, nthWeekday(11, 4, 4), "US"],
  [/\bmother['’]?s\s+day\b/i, nthWeekday(5, 7, 2), "US"],
  [/\bfather['’]?s\s+day\b/i, nthWeekday(6, 7, 3), "US"],
  [/\bmemorial\s+day\b/i, nthWeekday(5, 1, -1), "US"],
  [/\blabor\s+day\b/i, nthWeekday(9, 1, 1), "US"],
  [/\b(?:martin\s+luther\s+king(?:\s+jr\.?)?|mlk)\s+day\b/i, nthWeekday(1, 1, 3), "US"],
  [/\beaster(?:\s+sunday)?\b/i, easter, null],
];

/** Cheap gate for the date finder. */
export const HOLIDAY_WORD = /\b(?:new\s+year|christmas|fourth\s+of\s+july|july\s+4th|independence\s+day|halloween|valentine|cinco\s+de\s+mayo|patrick['’]?s\s+day|thanksgiving|mother['’]?s\s+day|father['’]?s\s+day|memorial\s+day|labor\s+day|mlk\s+day|luther\s+king|easter)\b/i;

export interface HolidayMention {
  index: number;
  text: string;
  date: DateTime;
}

/**
 * Holidays named in a text, each dated to its latest occurrence on or before publication (within
 * a year); a country's own holidays only when `country` (the one the article is about) is it.
 */
export function findHolidays(text: string, published: DateTime, country: string | null): HolidayMention[] {
  const found: HolidayMention[] = [];
  const taken: [number, number][] = [];
  for (const [pattern, rule, kept] of HOLIDAYS) {
    if (kept !== null && kept !== country) continue;
    for (const match of text.matchAll(new RegExp(pattern.source, "gi"))) {
      const start = match.index!;
      const end = start + match[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue; // "New Year's Eve" is not also New Year's Day
      let date = rule(published.year);
      if (date > published) date = rule(published.year - 1);
      taken.push([start, end]);
      found.push({ index: start, text: match[0], date });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
