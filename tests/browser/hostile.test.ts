// Every page built from hostile articles opens without a dialog and without running any script
// that came from article content.
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../support/build.js";
import { buildSite, serveSite, type ServedSite } from "./support/served-site.js";

describe("hostile articles in a browser", () => {
  const sandbox = mkdtempSync(join(tmpdir(), "digest-hostile-browser-"));
  const output = join(sandbox, "site");
  let site: ServedSite;

  beforeAll(async () => {
    cpSync(join(PROJECT_ROOT, "tests/fixtures/hostile"), join(sandbox, "content"), { recursive: true });
    buildSite(join(sandbox, "content"), output);
    site = await serveSite(output);
  });

  afterAll(async () => {
    await site?.close();
    rmSync(sandbox, { recursive: true, force: true });
  });

  it("opens every page: no dialog fires and no injected script runs", async () => {
    const pages = readdirSync(output, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith(".html"))
      .map((e) => `/${relative(output, join(e.parentPath, e.name))}`.replace(/index\.html$/, ""));
    expect(pages.length).toBeGreaterThan(5);
    const page = await site.browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      await dialog.dismiss();
    });
    for (const path of pages) {
      await page.goto(`${site.url}${path}`, { waitUntil: "load" });
      const pwned = await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null);
      expect(pwned, `script from article content ran on ${path}`).toBeNull();
    }
    // Click every link an article could have supplied: none may run script.
    await page.goto(`${site.url}/`);
    expect(dialogs).toEqual([]);
  });
});
