// One flat row per incident, in the spirit of ACLED's export: the columns of incidents.csv and
// the properties of each incidents.geojson feature.
import type { Incident } from "../../model.js";

export const ROW_COLUMNS = [
  "id",
  "date",
  "date_precision",
  "type",
  "place",
  "admin1",
  "country",
  "lat",
  "lon",
  "place_precision",
  "killed_low",
  "killed_best",
  "killed_high",
  "injured_low",
  "injured_best",
  "injured_high",
  "sources",
  "url",
] as const;

export type RowColumn = (typeof ROW_COLUMNS)[number];
export type IncidentRow = Record<RowColumn, string | number | null>;

/** Distinct outlets, in the order the incident lists its sources, joined with "; ". */
function outlets(incident: Incident): string {
  return [...new Set(incident.sources.map((s) => s.source))].join("; ");
}

const finite = (value: number | null | undefined): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);

export function incidentRow(incident: Incident): IncidentRow {
  const place = incident.place;
  return {
    id: incident.id,
    date: incident.date,
    date_precision: incident.datePrecision,
    type: incident.type,
    place: place?.name ?? null,
    admin1: place?.admin1 ?? null,
    country: place?.country ?? null,
    lat: finite(place?.lat),
    lon: finite(place?.lon),
    place_precision: place?.precision ?? null,
    killed_low: incident.killed?.low ?? null,
    killed_best: incident.killed?.best ?? null,
    killed_high: incident.killed?.high ?? null,
    injured_low: incident.injured?.low ?? null,
    injured_best: incident.injured?.best ?? null,
    injured_high: incident.injured?.high ?? null,
    sources: outlets(incident),
    url: incident.url,
  };
}
