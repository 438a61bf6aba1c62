// One incident as its page, its list card, the search index and the feeds show it. Every
// decision about what to show (labels, dedupe, links, related incidents) is made here.
import type { Incident, SourceRef } from "../model.js";
import type { SiteConfig } from "./config.js";
import { figuresLine, incidentFigures, type FigureView } from "./figures.js";
import { formatDay, formatMonth, formatPublished, formatDayRange, rfc3339 } from "./format.js";
import { locatorMap, type MapView } from "./maps/locator.js";
import { damageLines, meansLines, type DamageLine, type MeansLine } from "./means.js";
import { placeRef, type PlaceRef } from "./places-view.js";
import { capitalise, languageName, plural, webUrl } from "./text.js";

export interface SourceView {
  /** 1-based, as numbered on the page ("source 2" in the grouping reasons). */
  number: number;
  outlet: string;
  title: string;
  url: string | null;
  published: string;
  publishedLabel: string;
  /** "Also carried by 2 other outlets" for syndicated copies, else null. */
  copiesNote: string | null;
  /** The source's language, for the `lang` attribute of its title. */
  lang: string;
  /** "in Ukrainian" when the source is not in the site's language, else null. */
  langNote: string | null;
}

export interface RelatedLink {
  url: string;
  title: string;
  date: string;
  dateLabel: string;
  note: string;
}

export interface ReasonView {
  /** "Source 2 (Reuters, 7 June 2024)". */
  source: string;
  /** "joined source 1", or "first report". */
  link: string;
  note: string;
  /** "same day · 0 km apart · shared words: missile, Luhansk". */
  details: string;
  editor: boolean;
}

export interface IncidentView {
  id: string;
  url: string;
  title: string;
  date: string;
  dateEnd: string;
  dateLabel: string;
  /** Set when the date is a range or a week rather than one day. */
  dateNote: string | null;
  month: string;
  monthLabel: string;
  monthUrl: string;
  dayUrl: string;
  /** "All incidents on 7 June 2024". */
  dayLinkLabel: string;
  type: string;
  typeLabel: string;
  place: PlaceRef | null;
  /** "Killed 4 · Injured 43 to 46", or "No casualty figures reported". */
  figuresLine: string;
  figures: FigureView[];
  /** The merge rule, once, when every figure follows the same one (each figure's `rule` is then ""). */
  figuresRule: string | null;
  /** "Sources differ on the killed and injured figures.", or null. */
  conflictNote: string | null;
  killedBest: number;
  injuredBest: number;
  sourcesLabel: string;
  means: MeansLine[];
  damage: DamageLine[];
  sources: SourceView[];
  /** "Possibly the same incident as ..." (the grouping stage's near misses). */
  possiblySame: RelatedLink[];
  /** Other incidents at the same place on nearby dates (filled in by the site view). */
  nearby: RelatedLink[];
  reasons: ReasonView[];
  editorNotes: string[];
  summary: string;
  summaryLang: string;
  map: MapView | null;
  /** The map's visible caption: the place, and how precise it is unless a town or an exact spot. */
  mapCaption: string | null;
  /** The full citation line, with the stable URL. */
  citation: string;
  permalink: string;
  jsonUrl: string;
  /** The text both feeds carry: when, where, what, the figures and the sources. */
  feedText: string;
  /** Atom and JSON Feed times: the incident's own date, and the latest report about it. */
  feedPublished: string;
  feedUpdated: string;
}

function sourceView(source: SourceRef, index: number, siteLanguage: string): SourceView {
  return {
    number: index + 1,
    outlet: source.source,
    title: source.title || "(untitled)",
    url: webUrl(source.url),
    published: source.published,
    publishedLabel: formatPublished(source.published),
    copiesNote: source.copies.length ? `Same text also carried as ${plural(source.copies.length, "other article")}; counted once for the figures.` : null,
    lang: source.lang,
    langNote: source.lang === siteLanguage ? null : `in ${languageName(source.lang)}`,
  };
}

function reasonViews(incident: Incident, sources: SourceView[]): ReasonView[] {
  const byArticle = new Map(incident.sources.map((s, i) => [s.article, sources[i]!]));
  const label = (report: string, article: string): string => {
    const source = byArticle.get(article);
    return source ? `source ${source.number} (${source.outlet}, ${source.publishedLabel})` : `report ${report}`;
  };
  return incident.reasons.map((reason) => {
    const link = reason.linkedTo !== null && reason.linkedArticle !== null ? `joined ${label(reason.linkedTo, reason.linkedArticle)}` : "first report of the incident";
    // The grouping note says the place, the days and the features that decided (group/explain.ts);
    // the details add the words the two reports share and the score.
    const details: string[] = [];
    if (reason.sharedTerms.length) details.push(`shared words: ${reason.sharedTerms.slice(0, 8).join(", ")}`);
    if (reason.linkedTo) details.push(`match score ${reason.score.toFixed(2)}`);
    return {
      source: capitalise(label(reason.report, reason.article)),
      link,
      // The grouping stage's own note, unless the link already says it ("first report").
      note: link.toLowerCase().includes(reason.note.toLowerCase()) ? "" : reason.note,
      details: details.join(" · "),
      editor: reason.editor,
    };
  });
}

function dateNote(incident: Incident): string | null {
  if (incident.datePrecision === "week") return "The reports give the week, not the day.";
  if (incident.datePrecision === "range" && incident.dateEnd !== incident.date) return "The reports give a span of days, not one day.";
  return null;
}

/** The words the sources used about this incident: titles and every quoted sentence. */
function reportTexts(incident: Incident): string[] {
  const claims = [incident.killed, incident.injured, incident.missing, incident.grave].flatMap((f) => f?.claims.map((c) => c.quote) ?? []);
  return [...incident.sources.map((s) => s.title), ...claims, ...incident.means.map((m) => m.quote), incident.summary];
}

function conflictNote(figures: FigureView[]): string | null {
  const differing = figures.filter((f) => f.conflict).map((f) => f.label.toLowerCase());
  if (!differing.length) return null;
  const list = differing.length === 1 ? differing[0] : `${differing.slice(0, -1).join(", ")} and ${differing[differing.length - 1]}`;
  return `Sources differ on the ${list} figure${differing.length > 1 ? "s" : ""}: every claim is listed below.`;
}

/** A summary cut to length ends with an ellipsis, not in the middle of a word. */
function finishSentence(text: string): string {
  const trimmed = text.trim();
  return !trimmed || /[.!?…"”')]$/.test(trimmed) ? trimmed : `${trimmed}…`;
}

function mapCaption(place: PlaceRef): string {
  return place.precision === "city" || place.precision === "exact" ? place.line : `${place.line} (${place.precisionLabel})`;
}

/**
 * Marks each quoted sentence the page already shows above it (a sentence that gives two figures,
 * or names a weapon and the damage, is printed under each): the search index reads every
 * sentence once, so no word of it is lost. With the page's own labels left out too (the
 * template), Pagefind's index at 131k articles is a fifth smaller and costs about 5 s less CPU.
 */
function markRepeatedWording(figures: FigureView[], means: MeansLine[], damage: DamageLine[]): void {
  const shown = new Set<string>();
  const mark = (item: { repeat: boolean }, text: string) => {
    item.repeat = shown.has(text);
    shown.add(text);
  };
  for (const figure of figures) for (const claim of figure.claims) mark(claim, claim.wording);
  for (const line of [...means, ...damage]) for (const quote of line.quotes) mark(quote, quote.text);
}

export function incidentView(incident: Incident, byId: Map<string, Incident>, config: SiteConfig): IncidentView {
  const place = incident.place ? placeRef(incident.place, reportTexts(incident)) : null;
  const figures = incidentFigures(incident);
  const means = meansLines(incident.means);
  const damage = damageLines(incident.damage);
  markRepeatedWording(figures, means, damage);
  const rules = new Set(figures.map((f) => f.rule));
  const figuresRule = figures.length > 1 && rules.size === 1 ? figures[0]!.rule : null;
  if (figuresRule) for (const figure of figures) figure.rule = "";
  const sources = incident.sources.map((source, i) => sourceView(source, i, config.language));
  const dateLabel = formatDayRange(incident.date, incident.dateEnd, incident.datePrecision);
  const latestReport = incident.sources.reduce((latest, s) => (s.published > latest ? s.published : latest), incident.date);
  const permalink = `${config.baseUrl}${incident.url}`;
  const where = place ? `, ${place.line}` : "";
  return {
    id: incident.id,
    url: incident.url,
    title: incident.title,
    date: incident.date,
    dateEnd: incident.dateEnd,
    dateLabel,
    dateNote: dateNote(incident),
    month: incident.date.slice(0, 7),
    monthLabel: formatMonth(incident.date),
    monthUrl: `/days/${incident.date.slice(0, 7)}/`,
    dayUrl: `/days/${incident.date}/`,
    dayLinkLabel: `All incidents on ${formatDay(incident.date)}`,
    type: incident.type,
    typeLabel: capitalise(incident.type),
    place,
    figuresLine: figuresLine(incident),
    figures,
    figuresRule,
    conflictNote: conflictNote(figures),
    killedBest: incident.killed?.best ?? 0,
    injuredBest: incident.injured?.best ?? 0,
    sourcesLabel: plural(sources.length, "source"),
    means,
    damage,
    sources,
    possiblySame: incident.related.flatMap((related) => {
      const other = byId.get(related.id);
      return other ? [{ url: other.url, title: other.title, date: other.date, dateLabel: formatDay(other.date), note: related.note }] : [];
    }),
    nearby: [],
    reasons: reasonViews(incident, sources),
    editorNotes: incident.editorNotes,
    summary: finishSentence(incident.summary),
    summaryLang: incident.summaryLang,
    map: incident.place && place ? locatorMap(incident.place, place.line) : null,
    mapCaption: place ? mapCaption(place) : null,
    citation: `${config.title}, “${incident.title}” (${dateLabel}${where}), ${permalink}, updated ${formatDay(latestReport)}.`,
    permalink,
    jsonUrl: `${incident.url}incident.json`,
    feedText: `${dateLabel}${where}. ${capitalise(incident.type)}. ${figuresLine(incident)}. ${plural(sources.length, "source")}.`,
    feedPublished: rfc3339(incident.date),
    feedUpdated: rfc3339(latestReport),
  };
}
