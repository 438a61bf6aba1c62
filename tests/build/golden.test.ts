// Golden files for the whole seed build, with a pinned clock and time zone: the export, the list
// of pages and the HTML of each incident page. A change shows up as a reviewable diff: a
// mismatch writes `<name>-changed.<ext>` beside the golden file (tests/support/golden.ts).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { copyContent, freshOutput, PROJECT_ROOT, readExport, runBuild } from "../support/build.js";
import { expectGolden } from "../support/golden.js";

const GOLDEN = join(PROJECT_ROOT, "tests/golden");

// The machine's time zone must not matter: UTC and UTC+14 give the same files.
describe.each(["UTC", "Pacific/Kiritimati"])("seed build golden files (TZ=%s)", (timeZone) => {
  const output = freshOutput();

  beforeAll(() => {
    const run = runBuild(["--content", copyContent(join(PROJECT_ROOT, "content")), "--output", output], { TZ: timeZone });
    expect(run.status, run.stderr).toBe(0);
  });

  it("exports the same data/incidents.json", () => {
    expectGolden(join(GOLDEN, "seeds-incidents.json"), readFileSync(join(output, "data/incidents.json"), "utf8"));
  });

  it("writes the same pages", () => {
    const pages = readdirSync(output, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !relative(output, e.parentPath).startsWith("pagefind"))
      .map((e) => relative(output, join(e.parentPath, e.name)))
      .sort();
    expectGolden(join(GOLDEN, "seeds-pages.txt"), `${pages.join("\n")}\n`);
  });

  it("writes the same HTML for each incident page", () => {
    const ids: string[] = readExport(output).incidents.map((incident: { id: string }) => incident.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expectGolden(join(GOLDEN, "incidents", `${id}.html`), readFileSync(join(output, "incidents", id, "index.html"), "utf8"));
  });
});
