// Places as pages show them: a reference for datelines and cards, one page per place, one per
// region (first-level division) and the country > region > place index with counts.
import type { Place } from "../model.js";
import { isFirstLevelRegion, placeName, regionLabel } from "../places/names.js";
import { countryKey, regionKey } from "../places/slug.js";
import { placeWord } from "../search/keys.js";
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
  /**
   * The search targets the place is in, as Pagefind filter values: its own key (none for a
   * region or country, which have no page of their own), its region's and its country's.
   */
  searchKeys: string[];
  /** The words standing for those keys in the search index (src/search/keys.js placeWord). */
  searchWords: string;
  /** The place is a first-level region: its incidents are on the region's page, which is its page. */
  isRegion: boolean;
}

export interface PlacePageView extends PlaceRef {
  incidents: IncidentView[];
  /** "56 incidents in all" on the region's page, filled in once the regions are known. */
  regionCountLabel: string | null;
  countLabel: string;
  killed: number;
  injured: number;
  map: MapView | null;
  chart: ChartView | null;
}

export interface RegionPageView {
  /** Its key, as in the path /regions/<key>/ and the search filter. */
  key: string;
  name: string;
  /** "Luhansk region", "New Mexico". */
  label: string;
  url: string;
  countryName: string;
  /** "Luhansk region, Ukraine". */
  line: string;
  places: { name: string; url: string; count: number; countLabel: string }[];
  /** Incidents that name the region and no town in it. */
  regionOnly: number;
  incidents: IncidentView[];
  /** The latest incidents listed on the page (the rest are on the place pages). */
  latest: IncidentView[];
  /** "Latest 50 incidents" when the list leaves some out, else "All incidents". */
  latestHeading: string;
  /** The list leaves incidents out (the page then says they are on the place pages). */
  leavesSomeOut: boolean;
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
  const key = regionKey(place);
  return key ? `/regions/${key}/` : null;
}

export function placeRef(place: Place, seenIn: string[] = []): PlaceRef {
  // A region is one place with one page: the region's (its incidents, and all of the towns').
  const isRegion = isFirstLevelRegion(place) && regionUrl(place) !== null;
  const ownKey = isRegion || place.precision === "country" ? [] : [place.slug];
  const searchKeys = [...ownKey, regionKey(place), countryKey(place)].filter((key): key is string => key !== null);
  return {
    name: placeName(place),
    slug: place.slug,
    url: isRegion ? regionUrl(place)! : `/places/${place.slug}/`,
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
    searchKeys,
    searchWords: searchKeys.map(placeWord).join(" "),
    isRegion,
  };
}

const sumKilled = (incidents: IncidentView[]) => incidents.reduce((sum, i) => sum + i.killedBest, 0);
const sumInjured = (incidents: IncidentView[]) => incidents.reduce((sum, i) => sum + i.injuredBest, 0);
const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, "en");

/** Place pages, from incidents (newest first) and the places they happened in; regions have region pages. */
export function placePages(incidents: IncidentView[], places: Map<string, Place>): PlacePageView[] {
  const bySlug = new Map<string, IncidentView[]>();
  for (const incident of incidents) {
    if (!incident.place || incident.place.isRegion) continue;
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
        regionCountLabel: null,
        countLabel: plural(list.length, "incident"),
        killed: sumKilled(list),
        injured: sumInjured(list),
        map: locatorMap(place, ref.line),
        chart: list.length > 1 ? timelineChart(list.map((i) => ({ date: i.date, killed: i.killedBest })), ref.name) : null,
      };
    });
}

// Incidents newest first; places, regions and countries with the most incidents first.
const newestFirst = (a: IncidentView, b: IncidentView) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1);
const mostFirst = <T extends { name: string; count: number }>(a: T, b: T) => b.count - a.count || byName(a, b);

/** One page per first-level region: every incident in it, the region's own and its towns'. */
export function regionPages(incidents: IncidentView[], placePages: PlacePageView[]): RegionPageView[] {
  const byUrl = new Map<string, IncidentView[]>();
  for (const incident of incidents) {
    const url = incident.place?.regionUrl;
    if (url) (byUrl.get(url) ?? byUrl.set(url, []).get(url)!).push(incident);
  }
  const pagesByUrl = new Map<string, PlacePageView[]>();
  for (const page of placePages) if (page.regionUrl) (pagesByUrl.get(page.regionUrl) ?? pagesByUrl.set(page.regionUrl, []).get(page.regionUrl)!).push(page);
  const regions = [...byUrl.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([url, list]): RegionPageView => {
      const incidents = [...list].sort(newestFirst);
      const latest = incidents.slice(0, REGION_LATEST);
      const first = incidents[0]!.place!;
      const name = first.admin1!;
      const label = first.regionLabel!;
      const countryName = first.countryName ?? "country unknown";
      const pages = pagesByUrl.get(url) ?? [];
      const places = pages.map((p) => ({ name: p.name, url: p.url, count: p.incidents.length, countLabel: plural(p.incidents.length, "incident") })).sort(mostFirst);
      return {
        key: url.slice("/regions/".length, -1),
        name,
        label,
        url,
        countryName,
        line: `${label}, ${countryName}`,
        places,
        regionOnly: incidents.filter((i) => i.place!.isRegion).length,
        incidents,
        latest,
        latestHeading: latest.length < incidents.length ? `Latest ${latest.length} incidents` : "All incidents",
        leavesSomeOut: latest.length < incidents.length,
        countLabel: plural(incidents.length, "incident"),
        killed: sumKilled(incidents),
        map: placesMap(pages.map((p) => ({ name: p.name, lat: p.lat, lon: p.lon, count: p.incidents.length })), label),
        chart: incidents.length > 1 ? timelineChart(incidents.map((i) => ({ date: i.date, killed: i.killedBest })), label) : null,
      };
    });
  // A town's page says how many incidents its region's page holds, and links it.
  for (const page of placePages) {
    const region = regions.find((r) => r.url === page.regionUrl);
    if (region) page.regionCountLabel = region.countLabel;
  }
  return regions;
}

/** Under its own heading, a country that is the whole place says so. */
function indexName(place: PlacePageView): string {
  return place.precision === "country" ? `${place.name} (no region named)` : place.name;
}

/**
 * The /places/ index: countries, their regions, their places, each with its incident count, most
 * incidents first (what readers look for leads; a country named once by a misread word comes last).
 */
export function countryIndex(incidents: IncidentView[], placePages: PlacePageView[]): CountryView[] {
  const countries = new Map<string, CountryView>();
  const countryOf = (place: PlaceRef) => {
    const code = place.country ?? "";
    return (
      countries.get(code) ??
      countries.set(code, { code, name: place.countryName ?? "Country unknown", anchor: `country-${code.toLowerCase() || "unknown"}`, count: 0, countLabel: "", regions: [] }).get(code)!
    );
  };
  const regionOf = (country: CountryView, place: PlaceRef) => {
    const name = place.regionLabel ?? "Region unknown";
    let region = country.regions.find((r) => r.name === name);
    if (!region) country.regions.push((region = { name, url: place.regionUrl, count: 0, countLabel: "", places: [] }));
    return region;
  };
  for (const incident of incidents) {
    if (!incident.place) continue;
    const country = countryOf(incident.place);
    country.count++;
    regionOf(country, incident.place).count++;
  }
  for (const page of placePages) regionOf(countryOf(page), page).places.push({ name: indexName(page), url: page.url, count: page.incidents.length });
  const list = [...countries.values()].sort(mostFirst);
  for (const country of list) {
    country.countLabel = plural(country.count, "incident");
    // Regions by their incidents; places whose region is unknown last.
    country.regions.sort((a, b) => (a.url === null ? 1 : b.url === null ? -1 : mostFirst(a, b)));
    for (const region of country.regions) {
      region.countLabel = plural(region.count, "incident");
      region.places.sort(mostFirst);
    }
  }
  return list;
}
