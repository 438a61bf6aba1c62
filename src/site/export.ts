// data/incidents.json: the contract researchers and the scorer rely on (docs/design.md). URLs are
// paths from the site root, never absolute.
import type { Digest, Figure, Incident, Place } from "../model.js";

function exportPlace(place: Place | null) {
  if (!place) return null;
  return {
    name: place.name,
    admin1: place.admin1,
    admin2: place.admin2,
    country: place.country,
    lat: place.lat,
    lon: place.lon,
    geonameId: place.geonameId,
    precision: place.precision,
    aliases: place.aliases,
    slug: place.slug,
    origin: place.origin,
  };
}

function exportFigure(figure: Figure | null) {
  if (!figure) return null;
  return {
    low: figure.low,
    best: figure.best,
    high: figure.high,
    conflict: figure.conflict,
    rule: figure.rule,
    qualifier: figure.qualifier ?? null,
    claims: figure.claims,
    timeline: figure.timeline,
  };
}

export function exportIncident(incident: Incident) {
  return {
    id: incident.id,
    url: incident.url,
    title: incident.title,
    date: incident.date,
    date_end: incident.dateEnd,
    date_precision: incident.datePrecision,
    type: incident.type,
    place: exportPlace(incident.place),
    killed: exportFigure(incident.killed),
    injured: exportFigure(incident.injured),
    missing: exportFigure(incident.missing),
    grave: exportFigure(incident.grave),
    weapon: incident.means,
    damage: incident.damage,
    articles: incident.articles,
    sources: incident.sources,
    reasons: incident.reasons,
    related: incident.related,
    editor_notes: incident.editorNotes,
  };
}

export function exportDigest(digest: Digest) {
  return {
    generated_from: { updated: digest.updated, articles: digest.sourceArticles.length },
    incidents: digest.incidents.map(exportIncident),
    articles: digest.articles,
    rejected: digest.rejected,
    redirects: digest.redirects,
    withdrawn: digest.withdrawn,
  };
}
