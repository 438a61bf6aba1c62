// Paths compared after resolving links: a link or ".." cannot walk around a guard.
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isInside, realPath } from "../../src/publish/paths.js";

describe("realPath", () => {
  it("resolves links in the existing part of a path and keeps the missing rest", () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), "digest-paths-")));
    mkdirSync(join(dir, "real"));
    symlinkSync(join(dir, "real"), join(dir, "link"));
    expect(realPath(join(dir, "link", "new", "site"))).toBe(join(dir, "real", "new", "site"));
    expect(realPath(join(dir, "link", "..", "real"))).toBe(join(dir, "real"));
  });

  it("treats a dangling link as the link itself, never its target", () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), "digest-paths-")));
    symlinkSync(join(dir, "nowhere"), join(dir, "dangling"));
    expect(realPath(join(dir, "dangling"))).toBe(join(dir, "dangling"));
  });
});

describe("isInside", () => {
  it.each([
    ["/srv/site", "/srv/site", true],
    ["/srv/site/incidents", "/srv/site", true],
    ["/srv/site-old", "/srv/site", false],
    ["/srv", "/srv/site", false],
    ["/srv/..site", "/srv", true],
  ])("%s inside %s: %s", (child, parent, expected) => {
    expect(isInside(child, parent)).toBe(expected);
  });
});
