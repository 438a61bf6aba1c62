// Stable place URLs: the lock's optional `places` map keeps each place page's slug with its
// incidents; a slug no longer in use leads to the slug now holding most of its incidents.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assignPlaceSlugs, EMPTY_LOCK, LockFileError, readLock } from "../../src/lock/index.js";
import type { IncidentLock } from "../../src/model.js";
import { copySeedContent, freshOutput, readExport, runBuild } from "../support/build.js";

const lockWith = (places: IncidentLock["places"], redirects: Record<string, string> = {}): IncidentLock => ({ ...EMPTY_LOCK, redirects, places });

describe("place slugs across builds", () => {
  it("lists each page's incidents, and no move on a first build", () => {
    const result = assignPlaceSlugs(EMPTY_LOCK, [
      { id: "b", placeSlug: "kharkiv-kharkiv-ua" },
      { id: "a", placeSlug: "kharkiv-kharkiv-ua" },
      { id: "c", placeSlug: null },
    ]);
    expect(result.places).toEqual({ "kharkiv-kharkiv-ua": ["a", "b"] });
    expect(result.redirects).toEqual([]);
  });

  it("leads a renamed place's old slug to its new one", () => {
    const previous = lockWith({ "sievierodonetsk-luhansk-ua": ["x", "y"], "kharkiv-kharkiv-ua": ["k"] });
    const result = assignPlaceSlugs(previous, [
      { id: "x", placeSlug: "siverskodonetsk-luhansk-ua" },
      { id: "y", placeSlug: "siverskodonetsk-luhansk-ua" },
      { id: "k", placeSlug: "kharkiv-kharkiv-ua" },
    ]);
    expect(result.redirects).toEqual([{ from: "sievierodonetsk-luhansk-ua", to: "siverskodonetsk-luhansk-ua" }]);
    expect(result.places["sievierodonetsk-luhansk-ua"]).toBe("siverskodonetsk-luhansk-ua");
  });

  it("leads a slug to where most of its incidents went, and follows merged incident ids", () => {
    const previous = lockWith({ "old-ua": ["p", "q", "r"] }, { r: "s" });
    const result = assignPlaceSlugs(previous, [
      { id: "p", placeSlug: "one-ua" },
      { id: "q", placeSlug: "two-ua" },
      { id: "s", placeSlug: "two-ua" },
    ]);
    expect(result.redirects).toEqual([{ from: "old-ua", to: "two-ua" }]);
  });

  it("keeps earlier moves, followed along later ones, and drops one whose place is gone", () => {
    const previous = lockWith({ first: "second", second: ["m"], gone: "nowhere" });
    const result = assignPlaceSlugs(previous, [{ id: "m", placeSlug: "third" }]);
    expect(result.redirects).toEqual([
      { from: "first", to: "third" },
      { from: "second", to: "third" },
    ]);
  });

  it("makes a slug in use again a page again", () => {
    const previous = lockWith({ back: "elsewhere", elsewhere: ["e"] });
    const result = assignPlaceSlugs(previous, [{ id: "e", placeSlug: "back" }]);
    expect(result.places).toEqual({ back: ["e"], elsewhere: "back" });
  });
});

describe("the lock file's places map", () => {
  const write = (data: unknown) => {
    const path = join(mkdtempSync(join(tmpdir(), "lock-")), "incidents.lock.json");
    writeFileSync(path, JSON.stringify(data, null, 2));
    return path;
  };

  it("is optional and still version 1", () => {
    expect(readLock(write({ version: 1, incidents: {} })).places).toBeUndefined();
    expect(readLock(write({ version: 1, incidents: {}, places: { "a-ua": ["i1"], "b-ua": "a-ua" } })).places).toEqual({ "a-ua": ["i1"], "b-ua": "a-ua" });
  });

  it("refuses slugs that could form a path, with the file and line", () => {
    expect(() => readLock(write({ version: 1, incidents: {}, places: { "../x": ["i1"] } }))).toThrow(LockFileError);
    expect(() => readLock(write({ version: 1, incidents: {}, places: { "a-ua": "../../etc" } }))).toThrow(/incidents\.lock\.json:\d+: places: a-ua/);
  });
});

describe("a renamed place's old URL in a build", () => {
  it("redirects to the place's page", () => {
    const content = copySeedContent();
    const output = freshOutput();
    expect(runBuild(["--content", content, "--output", output]).status).toBe(0);
    const luhansk = readExport(output).incidents.find((i: { place: { name: string } | null }) => i.place?.name === "Luhansk");
    // An earlier build, with an older gazetteer, filed the incident under another slug.
    const lockPath = join(content, "incidents.lock.json");
    const lock = JSON.parse(readFileSync(lockPath, "utf8"));
    delete lock.places[luhansk.place.slug];
    lock.places["lugansk-luganska-oblast-ua"] = [luhansk.id];
    writeFileSync(lockPath, JSON.stringify(lock));
    const again = freshOutput();
    const run = runBuild(["--content", content, "--output", again]);
    expect(run.status, run.stderr).toBe(0);
    const page = readFileSync(join(again, "places/lugansk-luganska-oblast-ua/index.html"), "utf8");
    expect(page).toContain(`<meta http-equiv="refresh" content="0; url=/places/${luhansk.place.slug}/">`);
    expect(page).toContain(`<link rel="canonical" href="/places/${luhansk.place.slug}/">`);
    expect(JSON.parse(readFileSync(lockPath, "utf8")).places["lugansk-luganska-oblast-ua"]).toBe(luhansk.place.slug);
  });
});
