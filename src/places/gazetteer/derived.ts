// The derived gazetteer file (data/ua.tsv.gz, written by derive.ts from GeoNames' dump for
// Ukraine): its format, and reading it back. A header of "#key<TAB>value" lines carries the
// provenance; each further line is one GeoNames feature.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { PROJECT_ROOT } from "../../build-info/project-root.js";

export const DERIVED_FORMAT = 1;
export const DERIVED_COLUMNS = ["geonameid", "name", "lat", "lon", "feature", "admin1", "admin2", "admin3", "population", "modified", "alternates"] as const;

/** The features kept from the dump: populated places, admin areas, and facilities reports name as scenes. */
export const KEPT_FEATURES: { featureClass: string; codes: RegExp }[] = [
  // Every populated place, the historical (PPLH), abandoned (PPLQ) and destroyed (PPLW) included.
  { featureClass: "P", codes: /^PPL/ },
  // Oblasts, raions, hromadas (and city districts, which GeoNames files as ADM3 too).
  { featureClass: "A", codes: /^ADM[123]$/ },
  // Airports, power plants, dams, bridges, railway stations, ports.
  { featureClass: "S", codes: /^(?:AIRP|AIRB|AIRF|AIRH|PS|PSH|PSN|DAM|BDG|RSTN|PRT)$/ },
];

/** Rivers, kept only when a kept facility is named after one (derive.ts): never places themselves. */
export const EPONYM_FEATURE = { featureClass: "H", codes: /^STM$/ };

export const DERIVED_PATH = join(PROJECT_ROOT, "src", "places", "gazetteer", "data", "ua.tsv.gz");

export interface DerivedRow {
  geonameId: number;
  name: string;
  lat: number;
  lon: number;
  /** GeoNames class and code, "P.PPL", "A.ADM1", "S.AIRP". */
  featureClass: string;
  featureCode: string;
  admin1: string;
  admin2: string;
  admin3: string;
  population: number;
  /** GeoNames' modification date of the row (YYYY-MM-DD). */
  modified: string;
  alternates: string[];
}

export interface Derived {
  /** Header lines: "dump-date", "sha256", "source", "licence", ... */
  provenance: Record<string, string>;
  rows: DerivedRow[];
}

/** Parses the derived file's text; a malformed line throws with its line number and reason. */
export function parseDerived(text: string, file = DERIVED_PATH): Derived {
  const provenance: Record<string, string> = {};
  const rows: DerivedRow[] = [];
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    if (!line) return;
    const fail = (reason: string) => new Error(`${file}:${i + 1}: ${reason}`);
    if (line.startsWith("#")) {
      const [key, ...value] = line.slice(1).split("\t");
      provenance[key!] = value.join("\t");
      if (key === "incident-digest derived gazetteer" && value[0] !== `format ${DERIVED_FORMAT}`) throw fail(`derived gazetteer ${value[0]}, expected format ${DERIVED_FORMAT}`);
      return;
    }
    const cols = line.split("\t");
    if (cols.length !== DERIVED_COLUMNS.length) throw fail(`${cols.length} columns, expected ${DERIVED_COLUMNS.length}`);
    const [id, name, lat, lon, feature, admin1, admin2, admin3, population, modified, alternates] = cols as [string, string, string, string, string, string, string, string, string, string, string];
    const [featureClass = "", featureCode = ""] = feature.split(".");
    const row: DerivedRow = {
      geonameId: Number(id),
      name,
      lat: Number(lat),
      lon: Number(lon),
      featureClass,
      featureCode,
      admin1,
      admin2,
      admin3,
      population: Number(population) || 0,
      modified,
      alternates: alternates ? alternates.split(",") : [],
    };
    if (!Number.isInteger(row.geonameId) || row.geonameId <= 0) throw fail(`geonameid "${id}" is not a positive integer`);
    if (!Number.isFinite(row.lat) || !Number.isFinite(row.lon) || Math.abs(row.lat) > 90 || Math.abs(row.lon) > 180) throw fail(`coordinates "${lat}, ${lon}" out of range`);
    if (!name || !featureCode) throw fail("name or feature code missing");
    rows.push(row);
  });
  return { provenance, rows };
}

export function readDerived(path = DERIVED_PATH): Derived {
  return parseDerived(gunzipSync(readFileSync(path)).toString("utf8"), path);
}

/** A hash of the derived file's bytes: a new file rebuilds the gazetteer cache. */
export function derivedHash(path = DERIVED_PATH): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}
