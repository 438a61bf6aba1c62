// Places as pages show them: a reference for datelines and cards, one page per place, one per
// region (first-level division) and the country > region > place index with counts.
import type { Place } from "../model.js";
import { slugify } from "../ingest/ids.js";
import { placeName, regionLabel } from "../places/names.js";
import { aliasView, type AliasView } from "./aliases.js";
import { timelineChart, type ChartView } from "./charts/timeline.js";
import { locatorMap, placesMap, type MapView } from "./maps/locator.js";
import { plural } from "./text.js";
import type { IncidentView } from "./incident-view.js";

const PRECISION_LABELS: Record<string, string> = {
  exact: "exact location",
  city: "city or town",
  approximate: "approximate location",
  region: "region only",
  country: "country only",
};

export interface PlaceRef {
  name: string;
  slug: string;
  url: string;
  admin1: string | null;
  /** The region's page, when the place has a region. */
  regionUrl: string | null;
  /** "Luhansk region", "New Mexico"; null without a region. */
  regionLabel: string | null;
  country: string | null;
  countryName: string | null;
  /** "Luhansk, Luhansk region, Ukraine". */
  line: string;
  precision: string;
  precisionLabel: string;
  lat: number | null;
  lon: number | null;
  aliases: AliasView;
}

export interface PlacePageView extends PlaceRef {
  incidents: IncidentView[];
  countLabel: string;
  killed: number;
  injured: number;
  map: MapView | null;
  chart: ChartView | null;
}

export interface RegionPageView {
  name: string;
  /** "Luhansk region", "New Mexico". */
  label: string;
  url: string;
  countryName: string;
  /** "Luhansk region, Ukraine". */
  line: string;
  places: { name: string; url: string; count: number; countLabel: string }[];
  incidents: IncidentView[];
  /** The latest incidents listed on the page (the rest are on the place pages). */
  latest: IncidentView[];
  countLabel: string;
  killed: number;
  map: MapView | null;
  chart: ChartView | null;
}

export interface CountryView {
  code: string;
  name: string;
  /** The section's anchor on /places/. */
  anchor: string;
  count: number;
  countLabel: string;
  regions: { name: string; url: string | null; count: number; countLabel: string; places: { name: string; url: string; count: number }[] }[];
}

const REGION_LATEST = 50;


export function placeLine(place: Place): string {
  const parts = [placeName(place)];
  // "Luhansk, Ukraine" for the city: its region's name would only repeat it.
  if (place.admin1 && place.admin1 !== place.name) parts.push(regionLabel(place.admin1, place.country));
  // A place known only to the country is the country: "Ukraine", not "Ukraine, Ukraine".
  if (place.countryName && place.countryName !== place.name) parts.push(place.countryName);
  return parts.join(", ");
}

export function regionUrl(place: Pick<Place, "admin1" | "country">): string | null {
  if (!place.admin1) return null;
  const slug = slugify(`${place.country ?? "xx"}-${place.admin1}`);
  return slug ? `/regions/${slug}/` : null;
}

export function placeRef(place: Place, seenIn: string[] = []): PlaceRef {
  return {
    name: placeName(place),
    slug: place.slug,
    url: `/places/${place.slug}/`,
    admin1: place.admin1,
    regionUrl: regionUrl(place),
    regionLabel: place.admin1 ? regionLabel(place.admin1, place.country) : null,
    country: place.country,
    countryName: place.countryName,
    line: placeLine(place),
    precision: place.precision,
    precisionLabel: PRECISION_LABELS[place.precision] ?? place.precision,
    lat: place.lat,
    lon: place.lon,
    aliases: aliasView(place, seenIn),
  };
}

const sumKilled = (incidents: IncidentView[]) => incidents.reduce((sum, i) => sum + i.killedBest, 0);
const sumInjured = (incidents: IncidentView[]) => incidents.reduce((sum, i) => sum + i.injuredBest, 0);
const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, "en");

/** Place pages, from incidents (newest first) and the places they happened in. */
export function placePages(incidents: IncidentView[], places: Map<string, Place>): PlacePageView[] {
  const bySlug = new Map<string, IncidentView[]>();
  for (const incident of incidents) {
    if (!incident.place) continue;
    (bySlug.get(incident.place.slug) ?? bySlug.set(incident.place.slug, []).get(incident.place.slug)!).push(incident);
  }
  return [...bySlug.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([slug, list]) => {
      const place = places.get(slug)!;
      const ref = list[0]!.place!;
      return {
        ...ref,
        incidents: list,
        countLabel: plural(list.length, "incident"),
        killed: sumKilled(list),
        injured: sumInjured(list),
        map: locatorMap(place, ref.line),
        chart: list.length > 1 ? timelineChart(list.map((i) => ({ date: i.date, killed: i.killedBest })), `Incidents in ${ref.name}`) : null,
      };
    });
}

export function regionPages(placePages: PlacePageView[]): RegionPageView[] {
  const byUrl = new Map<string, PlacePageView[]>();
  for (const page of placePages) {
    if (!page.regionUrl) continue;
    (byUrl.get(page.regionUrl) ?? byUrl.set(page.regionUrl, []).get(page.regionUrl)!).push(page);
  }
  return [...byUrl.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([url, pages]) => {
      const first = pages[0]!;
      const name = first.admin1!;
      const label = first.regionLabel!;
      const countryName = first.countryName ?? "country unknown";
      const incidents = pages.flatMap((p) => p.incidents).sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1));
      const places = [...pages].sort(byName).map((p) => ({ name: p.name, url: p.url, count: p.incidents.length, countLabel: plural(p.incidents.length, "incident") }));
      return {
        name,
        label,
        url,
        countryName,
        line: `${label}, ${countryName}`,
        places,
        incidents,
        latest: incidents.slice(0, REGION_LATEST),
        countLabel: plural(incidents.length, "incident"),
        killed: sumKilled(incidents),
        map: placesMap(pages.map((p) => ({ name: p.name, lat: p.lat, lon: p.lon, count: p.incidents.length })), label),
        chart: incidents.length > 1 ? timelineChart(incidents.map((i) => ({ date: i.date, killed: i.killedBest })), `Incidents in ${label}`) : null,
      };
    });
}

/** Under its own heading, a region or country that is the whole place says so. */
function indexName(place: PlacePageView): string {
  if (place.precision === "country") return `${place.name} (no region named)`;
  if (place.precision === "region" && place.name === place.regionLabel) return `${place.name} (no town named)`;
  return place.name;
}

/** The countries to jump to from the top of /places/, most incidents first. */
export function countriesByCount(countries: CountryView[]): CountryView[] {
  return [...countries].sort((a, b) => b.count - a.count || byName(a, b));
}

/** The /places/ index: countries, their regions, their places, each with its incident count. */
export function countryIndex(placePages: PlacePageView[]): CountryView[] {
  const countries = new Map<string, CountryView>();
  for (const place of placePages) {
    const code = place.country ?? "";
    const country =
      countries.get(code) ??
      countries.set(code, { code, name: place.countryName ?? "Country unknown", anchor: `country-${code.toLowerCase() || "unknown"}`, count: 0, countLabel: "", regions: [] }).get(code)!;
    country.count += place.incidents.length;
    const regionName = place.regionLabel ?? "Region unknown";
    let region = country.regions.find((r) => r.name === regionName);
    if (!region) country.regions.push((region = { name: regionName, url: place.regionUrl, count: 0, countLabel: "", places: [] }));
    region.count += place.incidents.length;
    region.places.push({ name: indexName(place), url: place.url, count: place.incidents.length });
  }
  const list = [...countries.values()].sort(byName);
  for (const country of list) {
    country.countLabel = plural(country.count, "incident");
    country.regions.sort((a, b) => (a.url === null ? 1 : b.url === null ? -1 : byName(a, b)));
    for (const region of country.regions) {
      region.countLabel = plural(region.count, "incident");
      region.places.sort(byName);
    }
  }
  return list;
}

