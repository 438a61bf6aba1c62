// The date archives: one page per day and per month with incidents, each with links to the
// previous and next page that has incidents. Months live under /days/YYYY-MM/ so the paths read
// as a hierarchy: /days/ > /days/2024-06/ > /days/2024-06-07/.
import { formatDay, formatMonth } from "./format.js";
import type { IncidentView } from "./incident-view.js";
import { plural } from "./text.js";

export interface PageLink {
  url: string;
  label: string;
}

export interface DayView {
  date: string;
  label: string;
  url: string;
  month: PageLink;
  incidents: IncidentView[];
  countLabel: string;
  previous: PageLink | null;
  next: PageLink | null;
}

export interface MonthView {
  month: string;
  label: string;
  url: string;
  days: { date: string; label: string; url: string; count: number; countLabel: string; incidents: IncidentView[] }[];
  count: number;
  countLabel: string;
  killed: number;
  previous: PageLink | null;
  next: PageLink | null;
}

/** Groups by a key, keeping first-seen order inside each group. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) (groups.get(key(item)) ?? groups.set(key(item), []).get(key(item))!).push(item);
  return groups;
}

function neighbours<T>(list: T[], i: number, link: (item: T) => PageLink): { previous: PageLink | null; next: PageLink | null } {
  return { previous: i > 0 ? link(list[i - 1]!) : null, next: i < list.length - 1 ? link(list[i + 1]!) : null };
}

/** Day pages, oldest first (so "previous" is the earlier day). */
export function dayPages(incidents: IncidentView[]): DayView[] {
  const byDay = groupBy(incidents, (i) => i.date);
  const dates = [...byDay.keys()].sort();
  const link = (date: string): PageLink => ({ url: `/days/${date}/`, label: formatDay(date) });
  return dates.map((date, i) => {
    const list = byDay.get(date)!;
    return {
      date,
      label: formatDay(date),
      url: `/days/${date}/`,
      month: { url: `/days/${date.slice(0, 7)}/`, label: formatMonth(date) },
      incidents: list,
      countLabel: plural(list.length, "incident"),
      ...neighbours(dates, i, link),
    };
  });
}

/** Month pages, oldest first, each listing its days (newest first) and their incidents. */
export function monthPages(days: DayView[]): MonthView[] {
  const byMonth = groupBy(days, (d) => d.date.slice(0, 7));
  const months = [...byMonth.keys()].sort();
  const link = (month: string): PageLink => ({ url: `/days/${month}/`, label: formatMonth(`${month}-01`) });
  return months.map((month, i) => {
    const monthDays = [...byMonth.get(month)!].reverse();
    const count = monthDays.reduce((sum, d) => sum + d.incidents.length, 0);
    return {
      month,
      label: formatMonth(`${month}-01`),
      url: `/days/${month}/`,
      days: monthDays.map((d) => ({ date: d.date, label: d.label, url: d.url, count: d.incidents.length, countLabel: d.countLabel, incidents: d.incidents })),
      count,
      countLabel: plural(count, "incident"),
      killed: monthDays.reduce((sum, d) => sum + d.incidents.reduce((s, i) => s + i.killedBest, 0), 0),
      ...neighbours(months, i, link),
    };
  });
}
