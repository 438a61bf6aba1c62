// Golden files for the whole seed build, with a pinned clock and time zone: the export and the
// list of pages. A change shows up as a reviewable diff; after checking it, refresh the files
// with `UPDATE_GOLDEN=1 npx vitest run tests/build/golden.test.ts`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { copyContent, freshOutput, PROJECT_ROOT, runBuild } from "../support/build.js";

const GOLDEN = join(PROJECT_ROOT, "tests/golden");

function compareWithGolden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, actual);
  expect(existsSync(path), `${path} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/build/golden.test.ts`).toBe(true);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

// The machine's time zone must not matter: UTC and UTC+14 give the same files.
describe.each(["UTC", "Pacific/Kiritimati"])("seed build golden files (TZ=%s)", (timeZone) => {
  const output = freshOutput();

  beforeAll(() => {
    const run = runBuild(["--content", copyContent(join(PROJECT_ROOT, "content")), "--output", output], { TZ: timeZone });
    expect(run.status, run.stderr).toBe(0);
  });

  it("exports the same data/incidents.json", () => {
    compareWithGolden("seeds-incidents.json", readFileSync(join(output, "data/incidents.json"), "utf8"));
  });

  it("writes the same pages", () => {
    const pages = readdirSync(output, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !relative(output, e.parentPath).startsWith("pagefind"))
      .map((e) => relative(output, join(e.parentPath, e.name)))
      .sort();
    compareWithGolden("seeds-pages.txt", `${pages.join("\n")}\n`);
  });
});
