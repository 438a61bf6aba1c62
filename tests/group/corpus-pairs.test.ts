// Grouping on real war news, by article id (../shared/corpus/ruwa; skipped when absent): the items
// in each table are built together with the real pipeline and their primary incidents compared.
// Only ids and expected outcomes are here, never corpus text. The Kremenchuk shopping-mall strike
// (27 June 2022) and the Mariupol theatre strike (16 March 2022) are reported by several outlets
// over days and weeks; towns shelled the same day, and later strikes on the same city, are other
// incidents.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { buildDigest } from "../../src/pipeline.js";
import { incidentDaysApart } from "../../src/merge/related.js";
import type { Digest } from "../../src/model.js";
import { corpusDir } from "../support/content.js";

const RUWA = join(corpusDir, "ruwa", "articles.jsonl");

/** Each row: two items and whether they are one incident. */
const PAIRS: [string, string, "same" | "different", string][] = [
  // Kremenchuk mall strike, 27 June: outlets and days
  ["ruwa-88624a7616dc7c99", "ruwa-5ff4da261264e2bb", "same", "two outlets, the strike's day"],
  ["ruwa-88624a7616dc7c99", "ruwa-3c279c0b7635d4f2", "same", "the toll rising the same day"],
  ["ruwa-88624a7616dc7c99", "ruwa-b95a08d2c3acb84a", "same", "the next day, another outlet"],
  ["ruwa-88624a7616dc7c99", "ruwa-f558323183832298", "same", "the toll rising the next day"],
  ["ruwa-88624a7616dc7c99", "ruwa-2e9b37254dd5d7d5", "same", "the other side's claim, from its own outlet"],
  ["ruwa-88624a7616dc7c99", "ruwa-e987e48be241c924", "same", "a fact-check two days later, naming the mall"],
  ["ruwa-88624a7616dc7c99", "ruwa-f2d2f6ba4aa75150", "same", "rescuers hurt at the mall's rubble two days later"],
  ["ruwa-88624a7616dc7c99", "ruwa-b18d8ac85e3dd6d6", "same", "dead and missing at the shopping centre five days later"],
  ["ruwa-88624a7616dc7c99", "ruwa-4d938c9a2f0d28d3", "same", "a toll 'as of' an hour the strike's day, under the outlet's rubric"],
  ["ruwa-88624a7616dc7c99", "ruwa-4ea5e9be89bfa3b9", "same", "the mayor's first words the strike's day"],
  ["ruwa-88624a7616dc7c99", "ruwa-9b5d76b9c75919f7", "same", "a headline naming the mall and a president, no town"],
  ["ruwa-88624a7616dc7c99", "ruwa-c1f12dc7c8a3b3ce", "same", "an attack on the country's mall, no town"],
  ["ruwa-88624a7616dc7c99", "ruwa-62dd13143ab68fc5", "same", "the other side's version of what was hit"],
  ["ruwa-88624a7616dc7c99", "ruwa-73b7f969ccfca7c5", "same", "the other side's version, naming no town, only the depot it says was hit"],
  ["ruwa-88624a7616dc7c99", "ruwa-4051d931de687086", "same", "the other side's denial of the claims about the strike"],
  ["ruwa-88624a7616dc7c99", "ruwa-efc18318a6fed8b1", "same", "a survivor quoted under the strike's label"],
  // Mariupol theatre strike, 16 March: a follow-up 9 days and 7 weeks later that names its strike
  ["ruwa-20552aeda0c05abc", "ruwa-eab120a387f5eb55", "same", "the theatre's toll 9 days later"],
  ["ruwa-20552aeda0c05abc", "ruwa-5cae4b60e7675408", "same", "the theatre's toll 7 weeks later"],
  // different towns the same day
  ["ruwa-88624a7616dc7c99", "ruwa-3800e69d5e5af98a", "different", "Kremenchuk and Sloviansk, same day"],
  ["ruwa-88624a7616dc7c99", "ruwa-0b93525a1c060782", "different", "Kremenchuk and Lysychansk, same day"],
  ["ruwa-88624a7616dc7c99", "ruwa-4f616942198ceeb4", "different", "Kremenchuk and Poltava, 100 km apart, same day"],
  ["ruwa-88624a7616dc7c99", "ruwa-a820da0782409d15", "same", "the strike's town struck, blasts heard in the region's capital 100 km away"],
  ["ruwa-4f616942198ceeb4", "ruwa-a820da0782409d15", "different", "the capital's strike, and another town's that names the capital"],
  // Zaporizhzhia struck night after night (9 and 10 October)
  ["ruwa-60e09b19a95e6610", "ruwa-253d59496eabaf9d", "same", "the night strike of 9 October, two outlets"],
  ["ruwa-60e09b19a95e6610", "ruwa-991b39927aa7782b", "same", "photos of the strike's site posted the same day, with a call to the world"],
  ["ruwa-60e09b19a95e6610", "ruwa-859db1a9e1b1f0bc", "different", "\"overnight\" and \"last night\" published 9 and 10 October: two nights"],
  ["ruwa-60e09b19a95e6610", "ruwa-0b53a7ffc2629930", "different", "\"overnight\" and \"at night\" published 9 and 10 October: two nights"],
  // one city weeks apart, the later report not naming the earlier event
  ["ruwa-1cc98c44051af2d6", "ruwa-07be29e310b54481", "different", "Kharkiv, 16 days apart"],
  ["ruwa-20552aeda0c05abc", "ruwa-0a86fb00f63baad1", "different", "Mariupol theatre and the Mariupol hospital bombed 3 weeks later"],
  ["ruwa-20552aeda0c05abc", "ruwa-b882b038e8072160", "different", "Mariupol theatre and bombers over Mariupol a month later"],
  // a nuclear plant shelled, two outlets the same day
  ["ruwa-63d9449ceb08df8b", "ruwa-c80aea09f7061dc8", "same", "the nuclear plant shelled again, two outlets"],
  // A prison camp's deadly blast (28-29 July), its dead counted two days later: an inquiry announced
  // three days after that names the prison; a new shelling of the camp seven weeks later is another event
  ["ruwa-1b8f68e27e9dd663", "ruwa-4cb7c1c9db2cb84a", "same", "an inquiry into the blast at the prison, three days later, no day of its own"],
  ["ruwa-1b8f68e27e9dd663", "ruwa-1901974924d48992", "different", "the camp shelled again seven weeks later"],
  // two countries, one word
  ["ruwa-479a270583a764ab", "ruwa-6d0f349329c07c5d", "different", "a New York subway shooting and a railway station shelled in Ukraine, both naming a station"],
];

/**
 * Known gaps: a later report naming the theatre for another reason (actresses of a theatre play)
 * reads as naming the strike.
 */
const KNOWN_GAPS: [string, string, "same" | "different", string][] = [
  // Detection reads the rubble cleared five days later as no event told (a follow-up it finds no event in).
  ["ruwa-88624a7616dc7c99", "ruwa-211c6432a37ed341", "same", "the mall's rubble cleared five days later"],
  ["ruwa-20552aeda0c05abc", "ruwa-b1e095271f3f8d8d", "different", "Mariupol theatre strike and actresses killed in Mariupol 5 weeks later"],
  // A village placed by its city ("a village outside Zaporizhzhia") has the city among its scenes.
  ["ruwa-27c2459b4a9f6a96", "ruwa-5e966edd35d5b4f6", "different", "a missile downed over Zaporizhzhia, and a village outside the city struck"],
  // A town spelled the Russian way under a city's rubric is not read, so the city is taken for its scene.
  ["ruwa-0996b15971bfd3b8", "ruwa-27c2459b4a9f6a96", "different", "a town shelled under the region's rubric, and a missile downed over the city"],
];

function buildItems(ids: string[]): Promise<Digest> {
  const wanted = new Set(ids);
  const lines = readFileSync(RUWA, "utf8").split("\n").filter((line) => line && wanted.has((JSON.parse(line) as { id: string }).id));
  expect(lines.length, "every listed id is in the corpus").toBe(wanted.size);
  const dir = mkdtempSync(join(tmpdir(), "digest-pairs-"));
  mkdirSync(join(dir, "articles"));
  writeFileSync(join(dir, "articles", "items.jsonl"), `${lines.join("\n")}\n`);
  return buildDigest({ contentDir: dir, now: DateTime.fromISO("2026-01-01T00:00:00Z") });
}

describe.skipIf(!existsSync(RUWA))("grouping of RUWA items by id", async () => {
  const digest = existsSync(RUWA) ? await buildItems([...PAIRS, ...KNOWN_GAPS].flatMap(([a, b]) => [a, b]).filter((id, i, all) => all.indexOf(id) === i)) : null;
  const primary = (id: string) => digest!.articles.find((a) => a.id === id)?.incidents[0] ?? null;
  // The first item of each row is the event the row is about; the second, when "different", may
  // be in no incident at all (detection, not grouping, decides that), and is then not in the first's.
  const check = ([a, b, expected]: (typeof PAIRS)[number]) => {
    expect(primary(a), `${a} is in an incident`).not.toBeNull();
    if (expected === "same") expect(primary(b), `${b} is in an incident`).not.toBeNull();
    expect(primary(a) === primary(b) ? "same" : "different").toBe(expected);
  };

  it.each(PAIRS)("%s and %s: %s (%s)", (a, b, expected, why) => check([a, b, expected, why]));
  it.fails.each(KNOWN_GAPS)("%s and %s: %s (%s)", (a, b, expected, why) => check([a, b, expected, why]));

  it("states every related link's day gap as the two incidents' own dates give it", () => {
    const byId = new Map(digest!.incidents.map((i) => [i.id, i]));
    for (const incident of digest!.incidents) {
      for (const link of incident.related) {
        const other = byId.get(link.id)!;
        expect(link.daysApart).toBe(incidentDaysApart(incident, other));
        const sameDays = incident.date === incident.dateEnd && other.date === other.dateEnd ? "same day" : "overlapping dates";
        expect(link.note.startsWith(link.daysApart === 0 ? sameDays : `${link.daysApart} day`)).toBe(true);
        if (incident.place && other.place) expect(link.note).not.toMatch(/known for (one|either)/);
      }
    }
  });
});
