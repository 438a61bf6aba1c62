// data/incidents.geojson: a FeatureCollection (RFC 7946) with one Point per incident and the
// CSV's columns as properties. An incident without coordinates keeps its feature with a null
// geometry (allowed by RFC 7946 section 3.2), so the file still has one feature per incident.
import type { Digest } from "../../model.js";
import { incidentRow } from "./rows.js";

export function incidentsGeoJson(digest: Digest): string {
  const features = digest.incidents.map((incident) => {
    const properties = incidentRow(incident);
    const { lat, lon } = properties;
    const geometry = typeof lat === "number" && typeof lon === "number" ? { type: "Point", coordinates: [lon, lat] } : null;
    return { type: "Feature", id: incident.id, geometry, properties };
  });
  return `${JSON.stringify({ type: "FeatureCollection", features })}\n`;
}
