// What the templates display: the Digest turned into ready-made page data (labels, links,
// lists per day and per place). Templates only print these fields; every decision is here.
import type { Digest, Figure, Incident, Place, Redirect, WithdrawnIncident } from "../model.js";
import type { SiteConfig } from "./config.js";
import { formatDay, formatMonth, formatPublished, formatRange, rfc3339 } from "./format.js";

export interface FigureView {
  label: string;
  /** "4", "43 to 46". */
  value: string;
  rule: string;
  conflict: boolean;
  claims: { value: string; source: string; quote: string; attribution: string; published: string; publishedLabel: string; superseded: boolean; article: string }[];
  timeline: { published: string; publishedLabel: string; source: string; value: string }[];
}

export interface IncidentView {
  id: string;
  url: string;
  title: string;
  date: string;
  dateLabel: string;
  datePrecision: string;
  month: string;
  monthLabel: string;
  dayUrl: string;
  type: string;
  typeLabel: string;
  place: PlaceRef | null;
  /** "Killed 4 · Injured 43 to 46", or "No casualties reported". */
  figuresLine: string;
  figures: FigureView[];
  means: { means: string; attribution: string | null; quote: string }[];
  damage: { what: string; count: number }[];
  sources: { title: string; outlet: string; published: string; publishedLabel: string; url: string | null; article: string }[];
  reasons: Incident["reasons"];
  related: { url: string; title: string; dateLabel: string; note: string }[];
  editorNotes: string[];
  summary: string;
  /** Pagefind: every spelling of the place and region, searchable but not shown in excerpts. */
  searchAliases: string;
  jsonUrl: string;
  /** Atom times: the incident's own date, and the latest report about it. */
  feedPublished: string;
  feedUpdated: string;
}

export interface PlaceRef {
  name: string;
  slug: string;
  url: string;
  admin1: string | null;
  country: string | null;
  countryName: string | null;
  /** "Luhansk, Luhansk region, Ukraine". */
  line: string;
  precision: string;
  precisionLabel: string;
  lat: number | null;
  lon: number | null;
  aliases: string[];
}

export interface PlacePageView extends PlaceRef {
  incidents: IncidentView[];
}

export interface DayView {
  date: string;
  label: string;
  url: string;
  incidents: IncidentView[];
  previous: { url: string; label: string } | null;
  next: { url: string; label: string } | null;
}

export interface CountryView {
  code: string;
  name: string;
  count: number;
  regions: { name: string; count: number; places: { name: string; url: string; count: number }[] }[];
}

export interface SiteData {
  config: SiteConfig;
  updated: string | null;
  updatedLabel: string;
  updatedRfc3339: string;
  incidents: IncidentView[];
  days: DayView[];
  places: PlacePageView[];
  countries: CountryView[];
  redirects: (Redirect & { target: string })[];
  withdrawn: (WithdrawnIncident & { permalink: string })[];
  totals: { incidents: number; articles: number; rejected: number; killed: number; injured: number };
  /** The raw digest, for the data exports. */
  digest: Digest;
}

const PRECISION_LABELS: Record<string, string> = {
  exact: "exact location",
  city: "city or town",
  approximate: "approximate location",
  region: "region only",
  country: "country only",
};

export function placeLine(place: Place): string {
  const parts = [place.name];
  if (place.admin1 && place.admin1 !== place.name) parts.push(`${place.admin1} region`);
  if (place.countryName) parts.push(place.countryName);
  return parts.join(", ");
}

export function placeRef(place: Place): PlaceRef {
  return {
    name: place.name,
    slug: place.slug,
    url: `/places/${place.slug}/`,
    admin1: place.admin1,
    country: place.country,
    countryName: place.countryName,
    line: placeLine(place),
    precision: place.precision,
    precisionLabel: PRECISION_LABELS[place.precision] ?? place.precision,
    lat: place.lat,
    lon: place.lon,
    aliases: place.aliases,
  };
}

function figureValue(figure: Figure): string {
  return figure.low === figure.high ? String(figure.best) : `${figure.low} to ${figure.high}`;
}

const FIGURE_LABELS = { killed: "Killed", injured: "Injured", missing: "Missing", grave: "In grave condition" } as const;

function figureView(label: string, figure: Figure): FigureView {
  return {
    label,
    value: figureValue(figure),
    rule: figure.rule,
    conflict: figure.conflict,
    claims: figure.claims.map((c) => ({
      value: `${c.qualifier ? `${c.qualifier} ` : ""}${c.value}`,
      source: c.source,
      quote: c.quote,
      attribution: c.attribution ?? "not attributed",
      published: c.published,
      publishedLabel: formatPublished(c.published),
      superseded: c.superseded,
      article: c.article,
    })),
    timeline: figure.timeline.map((t) => ({
      published: t.published,
      publishedLabel: formatPublished(t.published),
      source: t.source,
      value: `${t.qualifier ? `${t.qualifier} ` : ""}${t.value}`,
    })),
  };
}

function figuresLine(incident: Incident): string {
  const parts: string[] = [];
  if (incident.killed) parts.push(`Killed ${figureValue(incident.killed)}`);
  if (incident.injured) parts.push(`Injured ${figureValue(incident.injured)}`);
  return parts.length ? parts.join(" · ") : "No casualty figures reported";
}

function searchAliases(place: Place | null): string {
  if (!place) return "";
  const names = new Set([...place.aliases, ...(place.admin1Aliases ?? []), place.admin1 ?? "", place.admin2 ?? ""]);
  names.delete("");
  names.delete(place.name);
  return [...names].join(" · ");
}

function incidentView(incident: Incident, byId: Map<string, Incident>): IncidentView {
  const figures = (["killed", "injured", "missing", "grave"] as const).flatMap((kind) => {
    const figure = incident[kind];
    return figure ? [figureView(FIGURE_LABELS[kind], figure)] : [];
  });
  return {
    id: incident.id,
    url: incident.url,
    title: incident.title,
    date: incident.date,
    dateLabel: formatRange(incident.date, incident.dateEnd, incident.datePrecision),
    datePrecision: incident.datePrecision,
    month: incident.date.slice(0, 7),
    monthLabel: formatMonth(incident.date),
    dayUrl: `/days/${incident.date}/`,
    type: incident.type,
    typeLabel: incident.type.charAt(0).toUpperCase() + incident.type.slice(1),
    place: incident.place ? placeRef(incident.place) : null,
    figuresLine: figuresLine(incident),
    figures,
    means: incident.means.map((m) => ({ means: m.means, attribution: m.attribution, quote: m.quote })),
    damage: incident.damage.map((d) => ({ what: d.what, count: d.count })),
    sources: incident.sources.map((s) => ({
      title: s.title || "(untitled)",
      outlet: s.source,
      published: s.published,
      publishedLabel: formatPublished(s.published),
      url: s.url,
      article: s.article,
    })),
    reasons: incident.reasons,
    related: incident.related.flatMap((r) => {
      const other = byId.get(r.id);
      return other ? [{ url: other.url, title: other.title, dateLabel: formatDay(other.date), note: r.note }] : [];
    }),
    editorNotes: incident.editorNotes,
    summary: incident.summary,
    searchAliases: searchAliases(incident.place),
    jsonUrl: `/incidents/${incident.id}/incident.json`,
    feedPublished: rfc3339(incident.date),
    feedUpdated: rfc3339(incident.sources.reduce((latest, s) => (s.published > latest ? s.published : latest), incident.date)),
  };
}

export function buildSiteData(digest: Digest, config: SiteConfig): SiteData {
  const byId = new Map(digest.incidents.map((i) => [i.id, i]));
  const incidents = digest.incidents.map((incident) => incidentView(incident, byId));

  const byDay = new Map<string, IncidentView[]>();
  for (const view of incidents) (byDay.get(view.date) ?? byDay.set(view.date, []).get(view.date)!).push(view);
  const dayKeys = [...byDay.keys()].sort();
  const days: DayView[] = dayKeys.map((date, i) => ({
    date,
    label: formatDay(date),
    url: `/days/${date}/`,
    incidents: byDay.get(date)!,
    previous: i > 0 ? { url: `/days/${dayKeys[i - 1]}/`, label: formatDay(dayKeys[i - 1]!) } : null,
    next: i < dayKeys.length - 1 ? { url: `/days/${dayKeys[i + 1]}/`, label: formatDay(dayKeys[i + 1]!) } : null,
  }));

  const bySlug = new Map<string, PlacePageView>();
  for (const view of incidents) {
    if (!view.place) continue;
    const page = bySlug.get(view.place.slug) ?? bySlug.set(view.place.slug, { ...view.place, incidents: [] }).get(view.place.slug)!;
    page.incidents.push(view);
  }
  const places = [...bySlug.values()].sort((a, b) => (a.slug < b.slug ? -1 : 1));

  const countries = new Map<string, CountryView>();
  for (const place of places) {
    const code = place.country ?? "";
    const country = countries.get(code) ?? countries.set(code, { code, name: place.countryName ?? "Unknown country", count: 0, regions: [] }).get(code)!;
    country.count += place.incidents.length;
    const regionName = place.admin1 ?? "Region unknown";
    let region = country.regions.find((r) => r.name === regionName);
    if (!region) country.regions.push((region = { name: regionName, count: 0, places: [] }));
    region.count += place.incidents.length;
    region.places.push({ name: place.name, url: place.url, count: place.incidents.length });
  }
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, "en");
  const countryList = [...countries.values()].sort(byName);
  for (const country of countryList) {
    country.regions.sort(byName);
    for (const region of country.regions) region.places.sort(byName);
  }

  const sum = (kind: "killed" | "injured") => digest.incidents.reduce((total, i) => total + (i[kind]?.best ?? 0), 0);
  return {
    config,
    updated: digest.updated,
    updatedLabel: digest.updated ? formatDay(digest.updated) : "no articles yet",
    updatedRfc3339: rfc3339(digest.updated ?? "1970-01-01"),
    incidents,
    days,
    places,
    countries: countryList,
    redirects: digest.redirects.map((r) => ({ ...r, target: r.to })),
    withdrawn: digest.withdrawn.map((w) => ({ ...w, permalink: w.url })),
    totals: {
      incidents: digest.incidents.length,
      articles: digest.sourceArticles.length,
      rejected: digest.rejected.length,
      killed: sum("killed"),
      injured: sum("injured"),
    },
    digest,
  };
}
