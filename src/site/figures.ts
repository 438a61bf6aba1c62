// Casualty figures as the page shows them: a summary per kind ("Injured 43 to 46"), and behind
// it every source's claim with its wording, who said it, and how the figure changed over time.
import type { Figure, FigureKind, Incident, SourcedClaim } from "../model.js";
import { formatPublished } from "./format.js";
import { formatCount, formatCountRange, trimQuote } from "./text.js";

export interface ClaimRow {
  /** "over 40", "4", "dozens (counted as 24)". */
  value: string;
  source: string;
  published: string;
  publishedLabel: string;
  /** The sentence as the source wrote it (stray quote marks at its ends removed). */
  wording: string;
  /** The wording's language, for its `lang` attribute. */
  lang: string;
  /** "regional health minister Nataliya Pashchenko", or "not attributed". */
  attribution: string;
  attributed: boolean;
  /** False when the claim does not count toward the range (superseded, a copy, part of a total). */
  counted: boolean;
  /** True when the page shows this wording above: the search index reads each sentence once. */
  repeat: boolean;
  /** "superseded", "not counted", or null for a claim that counts. */
  status: string | null;
  /** Why it does not count, and "revised from 3" when the sentence says so. */
  note: string | null;
}

export interface TimelineStep {
  published: string;
  publishedLabel: string;
  source: string;
  value: string;
  /** True when this step changed the figure the previous step gave. */
  changed: boolean;
  /** "superseded by a later report", from the merge stage; null for a report's own figure. */
  note: string | null;
}

export interface FigureView {
  kind: FigureKind;
  /** "Killed", "Injured", "Missing", "In grave condition". */
  label: string;
  /** "4", "43 to 46". */
  value: string;
  best: number;
  low: number;
  high: number;
  /** The merge rule that chose `best`, in words. */
  rule: string;
  conflict: boolean;
  claims: ClaimRow[];
  /** Only when the figure was reported more than once over time. */
  timeline: TimelineStep[];
}

export const FIGURE_KINDS: FigureKind[] = ["killed", "injured", "grave", "missing"];
export const FIGURE_LABELS: Record<FigureKind, string> = {
  killed: "Killed",
  injured: "Injured",
  grave: "In grave condition",
  missing: "Missing",
};

const VAGUE = new Set(["dozens", "several"]);

export function claimValue(value: number, qualifier: string | null): string {
  if (!qualifier || qualifier === "exact") return formatCount(value);
  if (VAGUE.has(qualifier)) return `${qualifier} (counted as ${formatCount(value)})`;
  return `${qualifier} ${formatCount(value)}`;
}

function claimRow(claim: SourcedClaim): ClaimRow {
  const counted = claim.counted ?? !claim.superseded;
  const notes = [claim.note, claim.revisedFrom !== null ? `revised from ${formatCount(claim.revisedFrom)}` : null].filter((n): n is string => !!n);
  return {
    value: claimValue(claim.value, claim.qualifier),
    source: claim.source,
    published: claim.published,
    publishedLabel: formatPublished(claim.published),
    wording: trimQuote(claim.quote),
    lang: claim.lang,
    attribution: claim.attribution ?? "not attributed",
    attributed: claim.attribution !== null,
    counted,
    repeat: false,
    status: claim.superseded ? "superseded" : counted ? null : "not counted",
    note: notes.length ? notes.join("; ") : null,
  };
}

function timeline(figure: Figure): TimelineStep[] {
  const steps = [...figure.timeline].sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0));
  if (steps.length < 2) return [];
  let previous: string | null = null;
  return steps.map((step) => {
    const value = claimValue(step.value, step.qualifier);
    const changed = previous !== null && value !== previous;
    previous = value;
    return { published: step.published, publishedLabel: formatPublished(step.published), source: step.source, value, changed, note: step.note ?? null };
  });
}

export function figureView(kind: FigureKind, figure: Figure): FigureView {
  // Claims that do not count go last: they explain the history, the others the current figure.
  const counts = (c: SourcedClaim) => c.counted ?? !c.superseded;
  const claims = [...figure.claims].sort((a, b) => Number(counts(b)) - Number(counts(a)));
  return {
    kind,
    label: FIGURE_LABELS[kind],
    value: figureValue(figure),
    best: figure.best,
    low: figure.low,
    high: figure.high,
    rule: figure.rule,
    conflict: figure.conflict,
    claims: claims.map(claimRow),
    timeline: timeline(figure),
  };
}

/** "4", "43 to 46", or "over 40" when the only bound is a lower bound the sources gave. */
export function figureValue(figure: Figure): string {
  if (figure.low === figure.high && figure.qualifier && figure.qualifier !== "exact") return claimValue(figure.best, figure.qualifier);
  return formatCountRange(figure.low, figure.high);
}

export function incidentFigures(incident: Incident): FigureView[] {
  return FIGURE_KINDS.flatMap((kind) => {
    const figure = incident[kind];
    return figure ? [figureView(kind, figure)] : [];
  });
}

/** "Killed 4 · Injured 43 to 46", or a plain statement that no source gave a figure. */
export function figuresLine(incident: Incident): string {
  const parts: string[] = [];
  if (incident.killed) parts.push(`Killed ${figureValue(incident.killed)}`);
  if (incident.injured) parts.push(`Injured ${figureValue(incident.injured)}`);
  return parts.length ? parts.join(" · ") : "No casualty figures reported";
}
