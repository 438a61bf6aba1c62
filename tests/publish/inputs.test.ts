// What an editor's folder may hold that should not reach the published site: bad site.json keys
// and base URLs, control and direction characters, credentials in URLs, disguised place names,
// absurd figures in decisions.yml, and a place that would take another place's page.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { parseDecisions } from "../../src/decisions/read.js";
import { buildDigest } from "../../src/pipeline.js";
import { loadPlaceIndex } from "../../src/places/index.js";
import { cleanText } from "../../src/text/hygiene.js";
import { scanSentences } from "../places/support/scan.js";
import { freshOutput, readExport, runBuild, type BuildRun } from "../support/build.js";
import { makeContentDir } from "../support/content.js";
import { allText, sandbox, smallContent } from "./support.js";

describe("site.json", () => {
  it.each([
    ["an unknown key", { title: "T", baseUrl: "https://digest.test", colour: "red" }, /"colour" is not a setting \(known: title, description, baseUrl, language, author\)/],
    ["a __proto__ key", JSON.parse('{"__proto__": {"polluted": true}, "baseUrl": "https://digest.test"}'), /"__proto__" is not a setting/],
    ["a javascript: base URL", { baseUrl: "javascript:alert(document.cookie)" }, /"baseUrl" must be an http:\/\/ or https:\/\/ address/],
    ["a data: base URL", { baseUrl: "data:text/html,hi" }, /"baseUrl" must be an http:\/\/ or https:\/\/ address/],
    ["a relative base URL", { baseUrl: "/digest" }, /"baseUrl" must be an http:\/\/ or https:\/\/ address/],
    ["a base URL with a password", { baseUrl: "https://admin:secret@digest.test" }, /"baseUrl" must not hold a user name or password/],
    ["a number where text belongs", { title: 42, baseUrl: "https://digest.test" }, /"title" must be text/],
    ["a language that is no language tag", { baseUrl: "https://digest.test", language: 'en" onload="x' }, /"language" must be a language tag/],
    ["a list instead of an object", ["https://digest.test"], /expected an object/],
  ])("refuses %s, naming the key, before anything is written", (_, config, message) => {
    const box = sandbox();
    const content = smallContent({ "site.json": JSON.stringify(config) });
    const run = runBuild(["--content", content, "--output", join(box, "site")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/site\.json: /);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/secret|cookie/);
    expect(existsSync(join(box, "site"))).toBe(false);
  });

  it("refuses JSON that does not parse, saying where without quoting it", () => {
    const run = runBuild(["--content", smallContent({ "site.json": '{"baseUrl": "https://digest.test", API_KEY=abc}' }), "--output", freshOutput()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/site\.json: not valid JSON \(line 1, column \d+\)/);
    expect(run.stderr).not.toMatch(/API_KEY/);
  });
});

describe("text that must not reach pages, feeds and CSV", () => {
  let run: BuildRun;
  let output: string;
  const line = (fields: Record<string, string>) => JSON.stringify(fields);
  const build = () => {
    if (run) return;
    // No site.json: the build warns that feeds and citations will carry a placeholder address.
    const content = makeContentDir({
      "articles/wire.jsonl": [
        line({ id: "rlo", title: "Missile strike on Kyi\u200Bv \u202Etnemtrapa\u202C block", text: "A missile strike hit an apartment block in Kyi\u200Bv on Monday, killing two people.\u0000\u001b[31m The mayor said\u0085 rescuers were at the scene.\u0007", published: "2024-03-04", source: "Wire\u0000 Service", url: "https://editor:hunter2@news.test/kyiv" }),
        line({ id: "homoglyph", title: "Shelling in Khark\u0456v", text: "Shelling in Khark\u0456v on Sunday injured five people, the regional governor said.", published: "2024-03-10", source: "Other Wire", url: "https://news.test/kharkiv" }),
        line({ id: "cyrillic", title: "Харків: обстріл", text: "Харків зазнав обстрілу в суботу, поранено трьох людей.", published: "2024-03-16", source: "Укрінформ", url: "https://news.test/uk" }),
      ].join("\n"),
    });
    output = freshOutput();
    run = runBuild(["--content", content, "--output", output]);
  };

  it("builds, warning that no base URL is configured", () => {
    build();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/warning: .*site\.json is missing, so feeds, the sitemap and citations use https:\/\/example\.org/);
  });

  it("removes direction and control characters from pages, feeds, CSV and the export", () => {
    build();
    const text = allText(output);
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    expect(text).not.toMatch(/\\u0000|\\u001b|\\u0085|\\u202e/i);
    expect(text).toContain("tnemtrapa");
  });

  it("never publishes the credentials of a source URL", () => {
    build();
    const text = allText(output);
    expect(text).not.toMatch(/hunter2|editor:/);
    expect(text).toContain("https://news.test/kyiv");
  });

  it("finds the place in a word with a zero-width space or a Cyrillic look-alike", () => {
    build();
    const exported = readExport(output);
    const placeOf = (article: string) => {
      const incident = exported.articles.find((a: { id: string }) => a.id === article).incidents[0];
      return exported.incidents.find((i: { id: string }) => i.id === incident)?.place?.name;
    };
    expect(placeOf("rlo")).toBe("Kyiv");
    expect(placeOf("homoglyph")).toBe("Kharkiv");
  });
});

describe("place matching after intake", () => {
  it("resolves disguised Latin spellings, and Cyrillic names that stay Cyrillic", () => {
    const index = loadPlaceIndex();
    const placesIn = (sentence: string) => scanSentences(index, [cleanText(sentence)]).map((m) => m.place.name);
    expect(placesIn("Explosions were heard in Kyi\u200Bv overnight.")).toContain("Kyiv");
    expect(placesIn("Shelling in Khark\u0456v injured five people.")).toContain("Kharkiv");
    expect(placesIn("Київ зазнав ракетного удару.")).toContain("Kyiv");
    expect(placesIn("Харків зазнав обстрілу.")).toContain("Kharkiv");
    expect(cleanText("Київ і Харків")).toBe("Київ і Харків");
  });
});

describe("decisions.yml figures", () => {
  it.each([["1e308"], ["-3"], ["2.5"], ["1000001"], ["Infinity"], ["'12'"]])("rejects killed: %s", (value) => {
    const { decisions, rejected } = parseDecisions(`set:\n  - incident: 2024-06-07-luhansk-missile-strike\n    killed: ${value}\n`);
    expect(decisions.set).toEqual([]);
    expect(rejected).toEqual([{ file: "decisions.yml", line: 2, reason: "set: killed must be a whole number of people from 0 to 1,000,000" }]);
  });

  it("accepts a whole number in range", () => {
    expect(parseDecisions("set:\n  - incident: 2024-06-07-luhansk-missile-strike\n    injured: 46\n").decisions.set[0]!.injured).toBe(46);
  });
});

describe("one slug per place", () => {
  it("gives an editor's place that would share a gazetteer place's slug a page of its own", async () => {
    // The editor adds a second Luhansk in the same region, far from the gazetteer's (so a new
    // place, holding the spelling "Luhansk"); a report spelling it "Lugansk" still names the gazetteer's.
    const content = makeContentDir({
      "places.yml": "places:\n  - name: Luhansk\n    lat: 49.9\n    lon: 38.2\n    admin1: Luhansk\n    country: UA\n",
      "articles/editor.md": "---\ntitle: Shelling of Luhansk\npublished: 2024-06-07\n---\nShelling of Luhansk on Friday killed one woman, the regional governor said.\n",
      "articles/gazetteer.md": "---\ntitle: Missile strike on Lugansk\npublished: 2024-05-01\n---\nA missile strike on Lugansk on Wednesday killed two people, officials said.\n",
    });
    const digest = await buildDigest({ contentDir: content, now: DateTime.fromISO("2026-01-01T00:00:00Z") });
    const places = digest.incidents.map((i) => i.place!);
    expect(places.map((p) => [p.origin, p.slug]).sort()).toEqual([
      ["editor", "luhansk-luhansk-ua-2"],
      ["gazetteer", "luhansk-luhansk-ua"],
    ]);
  });
});
