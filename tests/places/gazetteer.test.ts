// The gazetteer the project ships: the derived GeoNames file for Ukraine parses and carries its
// provenance, holds the front-line villages cities500 lacks with their Cyrillic names, is merged
// with cities500 taking the newer row, names places and oblasts as outlets write them, and a
// build needs nothing outside the project (a user's clone has no ../shared).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prior } from "../../src/places/context.js";
import { mergeByGeonameId } from "../../src/places/gazetteer/build.js";
import { parseDerived, readDerived } from "../../src/places/gazetteer/derived.js";
import { deriveText } from "../../src/places/gazetteer/derive.js";
import { oblastDisplayName, ukrainianDisplayName } from "../../src/places/gazetteer/ukraine.js";
import { foldName, loadPlaceIndex, type PlaceIndex } from "../../src/places/index.js";
import { PINNED_NOW, PROJECT_ROOT } from "../support/build.js";

let derived: ReturnType<typeof readDerived>;
let index: PlaceIndex;

beforeAll(() => {
  derived = readDerived();
  index = loadPlaceIndex();
});

/** The places a spelling names, the likeliest out of context first (see context.ts's prior). */
function readings(spelling: string) {
  const found = index.lookup(foldName(spelling));
  const g = index.gazetteer;
  const scored = (found?.candidates ?? []).map((c) => ({ c, score: prior(g, c, false, false) }));
  return scored.sort((a, b) => b.score - a.score).map(({ c }) => g.toPlace(c.row));
}

describe("the derived file", () => {
  it("parses, with its provenance: GeoNames' dump of about 2026-07-29, its checksum and the CC BY 4.0 attribution", () => {
    expect(derived.provenance["dump-date"]).toBe("2026-07-29");
    expect(derived.provenance.sha256).toMatch(/^UA\.txt\t[0-9a-f]{64}$/);
    expect(derived.provenance.licence).toMatch(/CC BY 4\.0/);
    expect(derived.provenance.licence).toMatch(/GeoNames/);
    const populated = derived.rows.filter((r) => r.featureClass === "P");
    // Every populated place of the dump, historical, abandoned and destroyed ones included.
    expect(populated.length).toBe(33_681);
    for (const code of ["PPLH", "PPLQ", "PPLW"]) expect(populated.some((r) => r.featureCode === code), code).toBe(true);
    for (const code of ["ADM1", "ADM2", "ADM3"]) expect(derived.rows.filter((r) => r.featureCode === code).length, code).toBeGreaterThan(20);
  });

  it("holds the seed region's villages with their Cyrillic names, in the right oblast", () => {
    const byId = new Map(derived.rows.map((r) => [r.geonameId, r]));
    expect(byId.get(697995)).toMatchObject({ name: "Paraskoviivka", admin1: "05", featureCode: "PPL" });
    expect(byId.get(697995)!.alternates).toContain("Парасковіївка");
    expect(byId.get(698971)).toMatchObject({ name: "Novozvanivka", admin1: "14" });
    expect(byId.get(698971)!.alternates).toContain("Новозванівка");
    for (const [spelling, admin1, id] of [
      ["Paraskoviivka", "Donetsk", 697995],
      ["Парасковіївка", "Donetsk", 697995],
      ["Novozvanivka", "Luhansk", 698971],
      ["Новозванівка", "Luhansk", 698971],
    ] as const) {
      expect(readings(spelling)[0], spelling).toMatchObject({ geonameId: id, admin1, country: "UA", precision: "city" });
    }
  });

  it("rejects a malformed line with its line number and reason", () => {
    const header = "#incident-digest derived gazetteer\tformat 1\n";
    expect(() => parseDerived(`${header}123\tX\n`, "ua.tsv")).toThrow(/ua\.tsv:2: 2 columns, expected 11/);
    expect(() => parseDerived(`${header}1\tX\t91\t0\tP.PPL\t05\t\t\t0\t2024-01-01\t\n`, "ua.tsv")).toThrow(/ua\.tsv:2: coordinates/);
  });

  it("is derived from a dump by keeping populated places, admin areas and facilities, in Latin and Cyrillic", () => {
    const line = (cols: string[]) => cols.join("\t");
    const dump = [
      line(["2", "Selo", "Selo", "Selo,Село,村", "48", "37", "P", "PPL", "UA", "", "05", "1416", "", "", "0", "", "100", "Europe/Kyiv", "2024-09-12"]),
      line(["1", "Hora", "Hora", "Гора", "48", "37", "T", "HLL", "UA", "", "05", "1416", "", "", "0", "", "100", "Europe/Kyiv", "2025-01-02"]),
    ].join("\n");
    const { provenance, rows } = parseDerived(deriveText(dump, { sha256: "0".repeat(64) }));
    expect(rows.map((r) => r.name)).toEqual(["Selo"]);
    expect(rows[0]!.alternates).toEqual(["Село"]);
    // The day after the newest edit, when no date is given.
    expect(provenance["dump-date"]).toBe("2025-01-03");
  });

  it("keeps a river only when a kept facility is named after it", () => {
    const line = (cols: string[]) => cols.join("\t");
    const dump = [
      line(["3", "Rika", "Rika", "Rika River,Ryka", "47", "35", "H", "STM", "UA", "", "00", "", "", "", "0", "", "0", "Europe/Kyiv", "2024-01-01"]),
      line(["4", "Potik", "Potik", "Potik River", "47", "35", "H", "STM", "UA", "", "00", "", "", "", "0", "", "0", "Europe/Kyiv", "2024-01-01"]),
      line(["5", "Rika Hydroelectric Station", "Rika Hydroelectric Station", "", "47.8", "35.1", "S", "PSH", "UA", "", "26", "", "", "", "0", "", "0", "Europe/Kyiv", "2024-01-01"]),
    ].join("\n");
    expect(parseDerived(deriveText(dump, { sha256: "0".repeat(64) })).rows.map((r) => r.name).sort()).toEqual(["Rika", "Rika Hydroelectric Station"]);
  });
});

describe("merged with cities500", () => {
  const row = (geonameId: number, name: string, modified: string) => ({ geonameId, name, modified });

  it("takes the newer row where both lists hold a place, and keeps the places only one holds", () => {
    const cities500 = [row(1, "Uzhgorod", "2023-03-05"), row(2, "Kurakhovo", "2023-01-01"), row(3, "Newer in cities500", "2024-01-01")];
    const ukraine = [row(1, "Uzhhorod", "2026-04-01"), row(3, "Older in the dump", "2022-01-01"), row(4, "Paraskoviivka", "2024-09-12")];
    expect(mergeByGeonameId(cities500, ukraine).map((r) => r.name)).toEqual(["Uzhhorod", "Kurakhovo", "Newer in cities500", "Paraskoviivka"]);
  });

  it("shows Uzhgorod under its newer name, Uzhhorod, with the same GeoNames id", () => {
    expect(readings("Uzhgorod")[0]).toMatchObject({ name: "Uzhhorod", geonameId: 690548, admin1: "Zakarpattia" });
  });

  it("keeps the rest of the world from cities500", () => {
    expect(readings("Rostov-on-Don")[0]).toMatchObject({ country: "RU" });
    expect(readings("Tulsa")[0]).toMatchObject({ country: "US", admin1: "Oklahoma" });
  });
});

describe("names as outlets write them", () => {
  it.each([
    ["Zaporozhye", "Zaporizhzhia"],
    ["Zaporizhia", "Zaporizhzhia"],
    ["Nikolaev", "Mykolaiv"],
    ["Mykolayiv", "Mykolaiv"],
    ["Kiev", "Kyiv"],
    ["Odessa", "Odesa"],
    ["Kryvyy Rih", "Kryvyi Rih"],
    ["Krivoy Rog", "Kryvyi Rih"],
    ["Schastia", "Shchastia"],
    ["Shchastya", "Shchastia"],
    ["Slavyansk", "Sloviansk"],
    ["Severodonetsk", "Siverskodonetsk"],
    ["Artemovsk", "Bakhmut"],
    ["Артемовск", "Bakhmut"],
    ["Харків", "Kharkiv"],
    ["Харьков", "Kharkiv"],
  ])("%s is the town shown as %s", (spelling, display) => {
    expect(readings(spelling)[0]?.name).toBe(display);
  });

  it("shows the modern romanisation and keeps the older one as an alias", () => {
    const [zaporizhzhia] = readings("Zaporizhzhia");
    expect(zaporizhzhia!.aliases).toEqual(expect.arrayContaining(["Zaporozhye", "Запоріжжя", "Запорожье"]));
    expect(ukrainianDisplayName({ name: "Makiyivka", alternates: ["Макеевка", "Макіївка"] })).toBe("Makiivka");
    // A Russian name without Ukrainian letters is no Ukrainian spelling ("Золотое" is not "Zolotoe").
    expect(ukrainianDisplayName({ name: "Zolotoye", alternates: ["Золотое"] })).toBe("Zolotoye");
  });

  it("does not list another town's current name as an alias (Nikopol was once Slaviansk)", () => {
    const [nikopol] = readings("Nikopol");
    expect(nikopol!.aliases.some((a) => /sloviansk|слов.янськ/i.test(a))).toBe(false);
  });

  it.each([
    ["Donetsk Oblast", "Donetsk"],
    ["Donetsk region", "Donetsk"],
    ["Донецька область", "Donetsk"],
    ["Донецкая область", "Donetsk"],
    ["Донеччина", "Donetsk"],
    ["Харківщина", "Kharkiv"],
    ["Zaporozhye region", "Zaporizhzhia"],
    ["Mykolaiv Oblast", "Mykolaiv"],
    ["Odessa region", "Odesa"],
    ["Volyn region", "Volyn"],
    ["Kyiv region", "Kyiv"],
  ])("%s is the oblast %s", (spelling, oblast) => {
    const region = readings(spelling).find((p) => p.precision === "region" && p.admin2 === null);
    expect(region, spelling).toMatchObject({ name: oblast, admin1: oblast, country: "UA" });
  });

  it("names every oblast as the press does, from GeoNames' names and their centres", () => {
    expect(oblastDisplayName("Donetska Oblast", "Donetsk")).toBe("Donetsk");
    expect(oblastDisplayName("Zaporizhzhya Oblast", "Zaporizhzhia")).toBe("Zaporizhzhia");
    expect(oblastDisplayName("Odeska Oblast", "Odesa")).toBe("Odesa");
    expect(oblastDisplayName("Sumska Oblast", "Sumy")).toBe("Sumy");
    expect(oblastDisplayName("Volynska Oblast", "Lutsk")).toBe("Volyn");
    expect(oblastDisplayName("Dnipropetrovsk Oblast", "Dnipro")).toBe("Dnipropetrovsk");
    expect(oblastDisplayName("Kirovohrad Oblast", "Kropyvnytskyi")).toBe("Kirovohrad");
    expect(oblastDisplayName("Misto Kyiv", "Kyiv")).toBe("Kyiv City");
    expect(oblastDisplayName("Sebastopol City", "Sevastopol")).toBe("Sevastopol City");
    expect(oblastDisplayName("Autonomous Republic of Crimea", "Simferopol")).toBe("Crimea");
  });

  it("files hromadas under their adjective and their centre's name", () => {
    for (const spelling of ["Sartanska hromada", "Sartana hromada"]) {
      expect(readings(spelling)[0], spelling).toMatchObject({ precision: "region", admin1: "Donetsk", geonameId: 13539557 });
    }
  });
});

describe("a build with nothing outside the project", () => {
  // A copy of the project's code and content in a folder with no ../shared beside it, and an
  // empty gazetteer cache: the first build on a user's machine.
  it("builds the seeds from the shipped gazetteer alone", () => {
    const root = join(mkdtempSync(join(tmpdir(), "digest-clone-")), "project");
    mkdirSync(root);
    for (const entry of ["src", "scripts", "content", "_includes", ".eleventy.js", "package.json", "package-lock.json", "tsconfig.json", "types"]) {
      if (existsSync(join(PROJECT_ROOT, entry))) cpSync(join(PROJECT_ROOT, entry), join(root, entry), { recursive: true });
    }
    symlinkSync(join(PROJECT_ROOT, "node_modules"), join(root, "node_modules"));
    expect(existsSync(join(root, "..", "shared"))).toBe(false);
    const output = join(root, "..", "site");
    const run = spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli/build.ts"), "--content", join(root, "content"), "--output", output], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, DIGEST_NOW: PINNED_NOW, TZ: "UTC", INCIDENT_DIGEST_CACHE_DIR: join(root, "..", "cache"), INCIDENT_DIGEST_CORPUS: join(root, "..", "no-corpus") },
    });
    expect(run.status, run.stderr).toBe(0);
    const exported = JSON.parse(readFileSync(join(output, "data", "incidents.json"), "utf8")) as { incidents: { place: { name: string; geonameId: number | null } | null }[] };
    expect(exported.incidents.map((i) => i.place?.geonameId).sort()).toEqual([697995, 700051, 702658]);
  }, 600_000);
});
