// Place accuracy on gva-dev: for each gold incident with coordinates, is the incident location
// found in its articles within 25 km of the gold point? The incident's place is taken from its
// first article (in the gold list's order) that has a location, as a merge would without help.
import type { Article, PlaceMention } from "../../model.js";
import { haversineKm } from "../distance.js";
import { findPlaceMentions, type PlaceIndex } from "../index.js";
import { passagesOf, readCorpusArticles, readJsonl } from "./corpus.js";

export interface GoldIncident {
  event_id: string;
  city: string | null;
  state: string | null;
  lat: number | null;
  lon: number | null;
  articles: string[];
}

export interface GvaPlaceReport {
  incidents: number;
  within25km: number;
  share: number;
  articles: number;
  articlesWithLocation: number;
  articlesWithin25km: number;
  articleShare: number;
  misses: { event: string; gold: string; found: string | null; km: number | null }[];
}

export function firstLocation(mentions: PlaceMention[]): PlaceMention | null {
  return mentions.find((m) => m.role === "location") ?? null;
}

export function evaluateGvaPlaces(articlesPath: string, goldPath: string, index: PlaceIndex): GvaPlaceReport {
  const articles = new Map<string, Article>(readCorpusArticles(articlesPath).map((a) => [a.id, a]));
  const gold = readJsonl<GoldIncident>(goldPath).filter((g) => g.lat !== null && g.lon !== null);
  const locationOf = new Map<string, PlaceMention | null>();
  const locate = (id: string) => {
    if (!locationOf.has(id)) {
      const article = articles.get(id);
      locationOf.set(id, article ? firstLocation(findPlaceMentions(passagesOf(article), index, { source: article.source })) : null);
    }
    return locationOf.get(id)!;
  };
  const report: GvaPlaceReport = { incidents: gold.length, within25km: 0, share: 0, articles: 0, articlesWithLocation: 0, articlesWithin25km: 0, articleShare: 0, misses: [] };
  for (const incident of gold) {
    let chosen: PlaceMention | null = null;
    for (const id of incident.articles) {
      const location = locate(id);
      if (!articles.has(id)) continue;
      report.articles++;
      if (!location) continue;
      report.articlesWithLocation++;
      if (location.place.lat !== null && haversineKm(location.place.lat, location.place.lon!, incident.lat!, incident.lon!) <= 25) report.articlesWithin25km++;
      chosen ??= location;
    }
    const km = chosen?.place.lat != null ? haversineKm(chosen.place.lat, chosen.place.lon!, incident.lat!, incident.lon!) : null;
    if (km !== null && km <= 25) report.within25km++;
    else
      report.misses.push({
        event: incident.event_id,
        gold: `${incident.city}, ${incident.state}`,
        found: chosen ? `${chosen.surface} -> ${chosen.place.name}, ${chosen.place.admin1}, ${chosen.place.country}` : null,
        km: km === null ? null : Math.round(km),
      });
  }
  report.share = report.within25km / Math.max(1, report.incidents);
  report.articleShare = report.articlesWithin25km / Math.max(1, report.articles);
  return report;
}
