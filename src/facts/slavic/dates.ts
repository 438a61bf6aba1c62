// Event dates in Ukrainian and Russian passages, relative to the publication day: "у п'ятницю",
// "вчора", "7 червня", "в ночь на 7 июня", "сьогодні вранці". chrono-node reads both languages
// (its uk and ru parsers: weekdays, relative days, day and month); this file only judges what it
// read, as dates.ts does for English: a bare weekday is the latest such day on or before
// publication, "today" or "tonight" read as later than publication is the publication day, any
// other day after publication is no event date, and a day and month with no year further back
// than 300 days is another year's.
import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import type { DateCue, Passage } from "../../model.js";
import { dateCuesOf, type FoundDate, utcDaysBetween } from "../dates.js";
import type { SlavicLang } from "./lexicons.js";

const PARSERS: Record<SlavicLang, chrono.Chrono> = { uk: chrono.uk.casual, ru: chrono.ru.casual };
// Cheap gate (chrono's uk and ru parsers cost about 0.3 ms a sentence): a weekday, a month or a
// relative day must be named; a bare number dates nothing.
const DATE_HINT: Record<SlavicLang, RegExp> = {
  uk: /понеділ|вівтор|серед|четвер|п['’ʼ]ятниц|субот|неділ|вчора|сьогодні|позавчора|вночі|ночі|вранці|ввечері|січ|лют|берез|квіт|травн|черв|лип|серп|верес|жовт|листопад|груд/iu,
  ru: /понедельн|вторник|сред[ау]|четверг|пятниц|суббот|воскресен|вчера|сегодня|позавчера|ночью|ночь|утром|вечером|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр/iu,
};

export function findSlavicDateCues(passages: Passage[], publishedDay: string, lang: SlavicLang): DateCue[] {
  return dateCuesOf(passages, publishedDay, (passage, published, reference) => passageDate(passage, published, reference, lang));
}

/** The first date in the passage that can be the event's. */
function passageDate(passage: Passage, published: DateTime, reference: chrono.ParsingReference, lang: SlavicLang): FoundDate | null {
  if (!DATE_HINT[lang].test(passage.text)) return null;
  for (const result of PARSERS[lang].parse(passage.text, reference, { forwardDate: false })) {
    const start = result.start;
    const weekdayOnly = start.isCertain("weekday") && !start.isCertain("day");
    if (!start.isCertain("day") && !weekdayOnly && !/^\D+$/u.test(result.text)) continue;
    let day: DateTime = DateTime.fromObject({ year: start.get("year")!, month: start.get("month")!, day: start.get("day")! }, { zone: "utc" });
    if (!day.isValid) continue;
    if (weekdayOnly && day > published) day = day.minus({ days: 7 });
    // "сьогодні вночі", "этой ночью": chrono may read the coming night; the report tells of the last one.
    if (!weekdayOnly && !start.isCertain("month") && day > published && utcDaysBetween(day, published) <= 1) day = published;
    if (day > published) continue;
    if (!start.isCertain("year") && utcDaysBetween(published, day) > 300) continue;
    const date = day.toISODate()!;
    return { date: { date, end: date, precision: "day", cue: result.text }, strength: 1 };
  }
  return null;
}
