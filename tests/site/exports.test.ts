// The downloads researchers take away: CSV and GeoJSON parsed back, the JSON Feed checked against
// the 1.1 specification's required fields with a JSON Schema validator.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import type { Digest } from "../../src/model.js";
import { buildDigest } from "../../src/pipeline.js";
import { readSiteConfig } from "../../src/site/config.js";
import { incidentsCsv, neutraliseFormula } from "../../src/site/exports/csv.js";
import { incidentsGeoJson } from "../../src/site/exports/geojson.js";
import { jsonFeed } from "../../src/site/exports/json-feed.js";
import { ROW_COLUMNS } from "../../src/site/exports/rows.js";
import { buildSiteData } from "../../src/site/view.js";
import { sampleDigest } from "./support/digest.js";
import { PROJECT_ROOT } from "./support/eleventy.js";

const HEADER = "id,date,date_precision,type,place,admin1,country,lat,lon,place_precision,killed_low,killed_best,killed_high,injured_low,injured_best,injured_high,sources,url";

function csvRows(digest: Digest): Record<string, string>[] {
  return parse(incidentsCsv(digest), { columns: true, skip_empty_lines: true });
}

/** The figures a row must carry, straight from the digest ("" for none reported). */
function expectedFigures(incident: Digest["incidents"][number]) {
  const cell = (v: number | undefined) => (v === undefined ? "" : String(v));
  return {
    killed_low: cell(incident.killed?.low),
    killed_best: cell(incident.killed?.best),
    killed_high: cell(incident.killed?.high),
    injured_low: cell(incident.injured?.low),
    injured_best: cell(incident.injured?.best),
    injured_high: cell(incident.injured?.high),
  };
}

describe("incidents.csv", () => {
  it("has exactly the agreed columns and one row per incident", () => {
    const text = incidentsCsv(sampleDigest());
    expect(text.split("\r\n")[0]).toBe(HEADER);
    expect(ROW_COLUMNS.join(",")).toBe(HEADER);
    expect(csvRows(sampleDigest())).toHaveLength(sampleDigest().incidents.length);
  });

  it("carries the figures, place and URL path of each incident", () => {
    const rows = csvRows(sampleDigest());
    const luhansk = rows.find((r) => r.id === "2024-06-07-luhansk-missile-strike")!;
    expect(luhansk).toMatchObject({
      date: "2024-06-07",
      date_precision: "day",
      type: "missile strike",
      place: "Luhansk",
      admin1: "Luhansk",
      country: "UA",
      lat: "48.56952",
      lon: "39.32857",
      place_precision: "city",
      killed_low: "4",
      killed_best: "4",
      killed_high: "4",
      injured_low: "43",
      injured_best: "43",
      injured_high: "46",
      sources: "Agency One; Agency Two",
      url: "/incidents/2024-06-07-luhansk-missile-strike/",
    });
    const none = rows.find((r) => r.id === "2024-05-30-hostile")!;
    expect(none.killed_best).toBe("");
  });

  it("never lets a spreadsheet run a cell as a formula, and keeps negative coordinates numeric", () => {
    const row = csvRows(sampleDigest()).find((r) => r.id === "2024-05-30-hostile")!;
    expect(row.place).toBe("'-Testville");
    expect(row.admin1).toBe("'@Region");
    expect(row.sources).toBe("'+Outlet");
    expect(row.lon).toBe("-74.25");
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(neutraliseFormula(`${start}cmd`)).toBe(`'${start}cmd`);
    expect(neutraliseFormula("Luhansk")).toBe("Luhansk");
  });

  it("quotes commas, quotes and line breaks so the file parses back cell for cell", () => {
    const digest = sampleDigest();
    digest.incidents[0]!.sources[0]!.source = 'Agency "One", Kyiv\nbureau';
    const row = csvRows(digest).find((r) => r.id === "2024-06-07-luhansk-missile-strike")!;
    expect(row.sources).toBe('Agency "One", Kyiv\nbureau; Agency Two');
  });
});

describe("incidents.geojson", () => {
  it("is a FeatureCollection with one feature per incident, points at [lon, lat], the CSV's columns as properties", () => {
    const digest = sampleDigest();
    digest.incidents[1]!.place = null;
    const collection = JSON.parse(incidentsGeoJson(digest));
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.features).toHaveLength(digest.incidents.length);
    const rows = csvRows(digest);
    for (const feature of collection.features) {
      expect(feature.type).toBe("Feature");
      expect(Object.keys(feature.properties)).toEqual([...ROW_COLUMNS]);
      const row = rows.find((r) => r.id === feature.properties.id)!;
      expect(feature.properties.killed_best ?? "").toBe(row.killed_best === "" ? "" : Number(row.killed_best));
    }
    const luhansk = collection.features.find((f: any) => f.id === "2024-06-07-luhansk-missile-strike");
    expect(luhansk.geometry).toEqual({ type: "Point", coordinates: [39.32857, 48.56952] });
    expect(collection.features.find((f: any) => f.id === "2024-06-05-luhansk-shelling").geometry).toBeNull();
  });
});

describe("exports of the seed build", () => {
  let digest: Digest;
  beforeAll(async () => {
    digest = await buildDigest({ contentDir: join(PROJECT_ROOT, "content"), now: DateTime.fromISO("2026-01-01T00:00:00Z") });
  });

  it("writes one CSV row and one GeoJSON feature per incident, with the digest's figures", () => {
    expect(digest.incidents.length).toBeGreaterThan(0);
    const rows = csvRows(digest);
    const features = JSON.parse(incidentsGeoJson(digest)).features;
    expect(rows.map((r) => r.id)).toEqual(digest.incidents.map((i) => i.id));
    expect(features.map((f: any) => f.id)).toEqual(digest.incidents.map((i) => i.id));
    for (const incident of digest.incidents) {
      const row = rows.find((r) => r.id === incident.id)!;
      expect(row).toMatchObject(expectedFigures(incident));
      expect(row.url).toBe(`/incidents/${incident.id}/`);
      const feature = features.find((f: any) => f.id === incident.id);
      if (incident.place?.lat != null) expect(feature.geometry.coordinates).toEqual([incident.place.lon, incident.place.lat]);
      expect(feature.properties.killed_best).toBe(incident.killed?.best ?? null);
    }
  });
});

describe("feed.json", () => {
  const config = readSiteConfig(join(PROJECT_ROOT, "content"), join(PROJECT_ROOT, "content"));
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, "jsonfeed-1.1.schema.json"), "utf8"));
  // strictRequired off: "one of name, url, avatar" is written as anyOf of required lists.
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);

  it("meets JSON Feed 1.1's required fields and formats", () => {
    const feed = JSON.parse(jsonFeed(buildSiteData(sampleDigest(), config)));
    const valid = validate(feed);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("dates items by when the incident happened and by its latest report", () => {
    const feed = JSON.parse(jsonFeed(buildSiteData(sampleDigest(), config)));
    const item = feed.items.find((i: any) => i.id.endsWith("/incidents/2024-06-07-luhansk-missile-strike/"));
    expect(item.date_published).toBe("2024-06-07T00:00:00Z");
    expect(item.date_modified).toBe("2024-06-08T00:00:00Z");
    expect(item.url).toBe(`${config.baseUrl}/incidents/2024-06-07-luhansk-missile-strike/`);
  });

  it("is rejected by the schema when a required field is missing (the check can fail)", () => {
    const feed = JSON.parse(jsonFeed(buildSiteData(sampleDigest(), config)));
    delete feed.items[0].content_text;
    delete feed.title;
    expect(validate(feed)).toBe(false);
  });
});
