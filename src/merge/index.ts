// Stage 4, merge: one Incident per group, with one place, one date, merged figures and sources.
import type { Article, CasualtyClaim, EventDate, Figure, FigureKind, Incident, IncidentGroup, IncidentType, Place, SourceRef } from "../model.js";
import { slugify } from "../ingest/ids.js";
import { chooseIncidentPlace } from "../places/choose.js";
import { MENTIONS_NARROW_REGIONS, type NewsDomain, newsDomain } from "../group/domain.js";
import { placeName } from "../places/names.js";
import { mergeEventDates } from "../facts/dates.js";
import { mergeDamage } from "./damage.js";
import { incidentSummary } from "./summary.js";
import { mergeFigure, type FigureContext } from "./figures.js";
import { claimsOfElsewhere } from "./claim-places.js";

/** An incident before it has its stable id (assigned by lock/). */
export type MergedIncident = Omit<Incident, "id" | "url" | "related"> & { naturalId: string; nearGroups: { group: number; score: number }[] };

export function mergeGroups(groups: IncidentGroup[], articles: Map<string, Article>): MergedIncident[] {
  const domain = newsDomain(groups.flatMap((g) => g.reports));
  return groups.map((group) => mergeGroup(group, articles, domain));
}

function mostCommon<T>(values: T[], key: (v: T) => string): T | null {
  const counts = new Map<string, { value: T; n: number }>();
  for (const value of values) {
    const k = key(value);
    const entry = counts.get(k);
    if (entry) entry.n++;
    else counts.set(k, { value, n: 1 });
  }
  let best: { value: T; n: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  return best?.value ?? null;
}

/**
 * What names an incident: its place, date and type, and the natural id made of them
 * ("2024-06-07-luhansk-missile-strike"). The grouping stage reads it to match an editor's incident
 * ids to this build's incidents (decisions/apply.ts) without merging figures.
 */
export function incidentIdentity(group: IncidentGroup, articles: Map<string, Article>, domain: NewsDomain): { naturalId: string; place: Place | null; date: EventDate; type: IncidentType } {
  const reports = group.reports;
  const overrides = group.editorOverrides;
  const place: Place | null = overrides.placeDetail ?? chooseIncidentPlace(reports, MENTIONS_NARROW_REGIONS[domain]);
  const date: EventDate = overrides.date
    ? { date: overrides.date, end: overrides.date, precision: "day", cue: null }
    : mergeEventDates(reports.map((r) => ({ date: r.date, published: articles.get(r.articleId)!.published })))!;
  const type: IncidentType = overrides.type ?? mostCommon(reports.map((r) => r.type).filter((t) => t !== "other"), (t) => t) ?? "other";
  const naturalId = [date.date, slugify(place?.name ?? "unknown-place"), slugify(type === "other" ? "incident" : type)].join("-");
  return { naturalId, place, date, type };
}

function mergeGroup(group: IncidentGroup, articles: Map<string, Article>, domain: NewsDomain): MergedIncident {
  const reports = group.reports;
  const overrides = group.editorOverrides;
  const { naturalId, place, date, type } = incidentIdentity(group, articles, domain);
  // Claims whose sentence tells of another town than the incident's are listed, not counted.
  const elsewhere = new Map(reports.flatMap((r) => [...claimsOfElsewhere(r, articles.get(r.articleId)!, place)]));
  const figure = (kind: FigureKind, context: FigureContext = {}) => {
    const merged = mergeFigure(
      reports.flatMap((r) => r.claims.filter((c) => c.kind === kind).map((claim: CasualtyClaim) => ({ claim, article: articles.get(r.articleId)!, elsewhere: elsewhere.get(claim) }))),
      context,
    );
    const set = kind === "killed" ? overrides.killed : kind === "injured" ? overrides.injured : undefined;
    return set === undefined ? merged : editorFigure(set, merged);
  };
  const killed = figure("killed");
  const articleIds = [...new Set(reports.map((r) => r.articleId))].sort((a, b) => comparePublished(articles.get(a)!, articles.get(b)!));
  const sources: SourceRef[] = articleIds.map((id) => {
    const article = articles.get(id)!;
    return { article: id, title: article.title, source: article.source ?? "Unattributed wire report", published: article.published, url: article.url, copies: [], lang: article.lang };
  });
  const what = capitalise(type === "other" ? "incident" : type);
  // No report named a place the digest could read: say so rather than invent one.
  const title = place ? `${what} in ${placeName(place)}` : `${what}, place not stated`;
  return {
    naturalId,
    title,
    date: date.date,
    dateEnd: date.end,
    datePrecision: date.precision,
    type,
    place,
    killed,
    // People "shot" include those who died: injured is merged knowing the incident's dead.
    injured: figure("injured", { killed }),
    missing: figure("missing"),
    grave: figure("grave"),
    means: reports.flatMap((r) => r.means),
    // Earliest report first, so a thing two agencies name differently keeps the first one's words.
    damage: mergeDamage([...reports].sort((a, b) => comparePublished(articles.get(a.articleId)!, articles.get(b.articleId)!)).flatMap((r) => r.damage)),
    articles: articleIds,
    sources,
    reasons: group.reasons,
    editorNotes: group.editorOverrides.notes,
    summary: incidentSummary(reports[0]!, articles.get(reports[0]!.articleId)!),
    summaryLang: articles.get(reports[0]!.articleId)!.lang,
    nearGroups: group.nearMisses.map((m) => ({ group: m.otherGroup, score: m.score })),
  };
}

/** An editor's figure replaces low / best / high; the sources' claims stay listed beside it. */
function editorFigure(value: number, merged: Figure | null): Figure {
  return {
    low: value,
    best: value,
    high: value,
    claims: merged?.claims ?? [],
    timeline: merged?.timeline ?? [],
    conflict: false,
    rule: "set by an editor (decisions.yml)",
    qualifier: null,
  };
}

function comparePublished(a: Article, b: Article): number {
  return a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
