// The golden-file helper itself: written when missing (never on CI), a `-changed` file on a
// mismatch, cleared again once the output matches.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { changedPath, expectGolden } from "./golden.js";

const fresh = () => join(mkdtempSync(join(tmpdir(), "golden-")), "page.html");

describe("golden files", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("writes a missing golden file outside CI", () => {
    vi.stubEnv("CI", "");
    const path = fresh();
    expectGolden(path, "<p>one</p>");
    expect(readFileSync(path, "utf8")).toBe("<p>one</p>");
  });

  it("fails on CI when the golden file is missing, and writes nothing", () => {
    vi.stubEnv("CI", "true");
    const path = fresh();
    expect(() => expectGolden(path, "<p>one</p>")).toThrow(/missing/);
    expect(existsSync(path)).toBe(false);
  });

  it("on a mismatch, keeps the golden file, writes the output beside it and fails; a match clears it", () => {
    vi.stubEnv("CI", "true");
    const path = fresh();
    writeFileSync(path, "<p>one</p>");
    expect(changedPath(path)).toBe(path.replace(/page\.html$/, "page-changed.html"));
    expect(() => expectGolden(path, "<p>two</p>")).toThrow();
    expect(readFileSync(path, "utf8")).toBe("<p>one</p>");
    expect(readFileSync(changedPath(path), "utf8")).toBe("<p>two</p>");
    expectGolden(path, "<p>one</p>");
    expect(existsSync(changedPath(path))).toBe(false);
  });

  it("never rewrites a golden file on CI, even when asked to", () => {
    vi.stubEnv("CI", "true");
    vi.stubEnv("UPDATE_GOLDEN", "1");
    const path = fresh();
    writeFileSync(path, "<p>one</p>");
    expect(() => expectGolden(path, "<p>two</p>")).toThrow();
    expect(readFileSync(path, "utf8")).toBe("<p>one</p>");
  });
});
