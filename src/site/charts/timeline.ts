// The timeline chart: incidents (bars up) and people killed (bars down) per day, week or month,
// drawn at build time as a small SVG. Axis words live in the page around the chart, not in the
// SVG, so they stay readable when a phone scales the drawing down. The same numbers come as a
// sentence and a table (the chart's text alternative).
import { DateTime } from "luxon";
import { formatDay, formatMonth } from "../format.js";
import { escapeHtml, formatCount, plural } from "../text.js";

export interface TimelineItem {
  date: string;
  killed: number;
}

export type ChartUnit = "day" | "week" | "month" | "year";

export interface ChartRow {
  start: string;
  /** "7 June 2024", "week of 3 June 2024", "June 2024". */
  label: string;
  incidents: number;
  killed: number;
}

export interface ChartView {
  /** The chart's visible caption: "Incidents and people killed in Luhansk over time". */
  heading: string;
  svg: string;
  unit: ChartUnit;
  /** The chart in one sentence: its span, totals and busiest period. */
  summary: string;
  rows: ChartRow[];
  firstLabel: string;
  lastLabel: string;
  maxIncidents: number;
  maxKilled: number;
}

const WIDTH = 640;
const HALF = 60; // px for each direction from the middle line
const GAP = 4;

function unitFor(first: DateTime, last: DateTime): ChartUnit {
  const days = last.diff(first, "days").days;
  if (days <= 45) return "day";
  if (days <= 420) return "week";
  if (days <= 366 * 8) return "month";
  return "year";
}

function binStart(date: DateTime, unit: ChartUnit): DateTime {
  return unit === "day" ? date.startOf("day") : date.startOf(unit);
}

function binLabel(start: DateTime, unit: ChartUnit): string {
  const iso = start.toISODate()!;
  if (unit === "day") return formatDay(iso);
  if (unit === "week") return `week of ${formatDay(iso)}`;
  if (unit === "year") return iso.slice(0, 4);
  return formatMonth(iso);
}

/**
 * The chart of a place or region's incidents (`where`: "Luhansk", "Luhansk region"), or of all the
 * digest's without it. Null when there is nothing to draw over time (fewer than two periods).
 */
export function timelineChart(items: TimelineItem[], where?: string): ChartView | null {
  if (!items.length) return null;
  const label = where ? `Incidents in ${where}` : "All incidents";
  const heading = where ? `Incidents and people killed in ${where} over time` : "Incidents and people killed over time";
  const dates = items.map((i) => DateTime.fromISO(i.date, { zone: "utc" })).filter((d) => d.isValid);
  if (!dates.length) return null;
  const sorted = [...dates].sort((a, b) => a.toMillis() - b.toMillis());
  const last = sorted[sorted.length - 1]!;
  // A few incidents dated years before the rest (a misread date, an anniversary) would squeeze
  // the whole chart into one bar. When the earliest 1% lies more than a year before the rest, the
  // chart starts at the 1% mark and says how many incidents it leaves out.
  let first = sorted[0]!;
  const mark = sorted[Math.floor(sorted.length * 0.01)]!;
  if (sorted.length >= 50 && mark.diff(first, "days").days > 365) first = mark;
  const leftOut = sorted.filter((d) => d < first).length;
  const unit = unitFor(first, last);

  const rows: ChartRow[] = [];
  const index = new Map<string, ChartRow>();
  for (let cursor = binStart(first, unit); cursor <= last; cursor = cursor.plus({ [unit === "day" ? "days" : `${unit}s`]: 1 })) {
    const row = { start: cursor.toISODate()!, label: binLabel(cursor, unit), incidents: 0, killed: 0 };
    rows.push(row);
    index.set(row.start, row);
  }
  if (rows.length < 2) return null;
  items.forEach((item, i) => {
    const date = dates[i];
    if (!date) return;
    const row = index.get(binStart(DateTime.fromISO(item.date, { zone: "utc" }), unit).toISODate()!);
    if (!row) return;
    row.incidents += 1;
    row.killed += item.killed;
  });

  const maxIncidents = Math.max(...rows.map((r) => r.incidents));
  const maxKilled = Math.max(...rows.map((r) => r.killed));
  const step = WIDTH / rows.length;
  const barWidth = Math.max(1, step - Math.min(2, step * 0.2));
  const bars = rows
    .map((row, i) => {
      const x = (i * step).toFixed(1);
      const up = maxIncidents ? (row.incidents / maxIncidents) * HALF : 0;
      const down = maxKilled ? (row.killed / maxKilled) * HALF : 0;
      const tip = `${row.label}: ${plural(row.incidents, "incident")}, ${formatCount(row.killed)} killed`;
      return (
        `<g><title>${escapeHtml(tip)}</title>` +
        (up ? `<rect class="chart__incidents" x="${x}" y="${(HALF - up).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${up.toFixed(1)}"/>` : "") +
        (down ? `<rect class="chart__killed" x="${x}" y="${HALF + GAP}" width="${barWidth.toFixed(1)}" height="${down.toFixed(1)}"/>` : "") +
        `</g>`
      );
    })
    .join("");
  const height = HALF * 2 + GAP;
  const unitWord = unit === "day" ? "day" : unit;
  const busiest = rows.reduce((a, b) => (b.incidents > a.incidents ? b : a));
  const totalIncidents = rows.reduce((sum, r) => sum + r.incidents, 0);
  const totalKilled = rows.reduce((sum, r) => sum + r.killed, 0);
  const summary =
    `${label}: incidents and people killed per ${unitWord}, from ${rows[0]!.label} to ${rows[rows.length - 1]!.label}. ` +
    `${plural(totalIncidents, "incident")}, ${formatCount(totalKilled)} killed (best estimates); ` +
    `the busiest ${unitWord} was ${busiest.label} with ${plural(busiest.incidents, "incident")}.` +
    (leftOut ? ` Left out: ${plural(leftOut, "incident")} dated before ${formatDay(first.toISODate()!)}, listed on their day pages.` : "");
  const svg =
    // Hidden from screen readers: the summary sentence and the table beside it say the same.
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" preserveAspectRatio="none" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg">` +
    `<line class="chart__axis" x1="0" x2="${WIDTH}" y1="${HALF + GAP / 2}" y2="${HALF + GAP / 2}"/>` +
    bars +
    `</svg>`;
  return { heading, svg, unit, summary, rows, firstLabel: rows[0]!.label, lastLabel: rows[rows.length - 1]!.label, maxIncidents, maxKilled };
}
