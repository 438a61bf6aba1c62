// Dates as readers read them. Fixed locale and UTC, so output never depends on the machine.
import { DateTime } from "luxon";

const day = (iso: string) => DateTime.fromISO(iso, { zone: "utc", setZone: true });

/** Formatting is pure and the same few dates recur on thousands of pages: remember results. */
function remembered(format: (iso: string) => string): (iso: string) => string {
  const known = new Map<string, string>();
  return (iso) => {
    let text = known.get(iso);
    if (text === undefined) known.set(iso, (text = format(iso)));
    return text;
  };
}

/** "7 June 2024". */
export const formatDay = remembered((iso: string): string => day(iso.slice(0, 10)).setLocale("en-GB").toFormat("d LLLL yyyy"));

/** "June 2024". */
export const formatMonth = remembered((iso: string): string => day(iso.slice(0, 10)).setLocale("en-GB").toFormat("LLLL yyyy"));

/** A publication time: the day, plus the time and zone when the article gives one. */
export const formatPublished = remembered((iso: string): string => {
  if (iso.length <= 10) return formatDay(iso);
  const time = day(iso);
  return time.isValid ? `${time.setLocale("en-GB").toFormat("d LLLL yyyy, HH:mm")} ${time.toFormat("ZZZZ")}` : iso;
});

/** An event date with its precision: "7 June 2024", "5 to 7 June 2024", "week of 1 June 2024". */
export function formatDayRange(start: string, end: string, precision: string): string {
  if (precision === "week") return `week of ${formatDay(start)}`;
  if (precision === "range" && end !== start) return `${formatDay(start)} to ${formatDay(end)}`;
  return formatDay(start);
}

/** RFC 3339 time for feeds: a bare day is midnight UTC. */
export const rfc3339 = remembered((iso: string): string => {
  const time = iso.length <= 10 ? day(iso) : DateTime.fromISO(iso, { setZone: true });
  return time.toUTC().toISO({ suppressMilliseconds: true })!;
});
