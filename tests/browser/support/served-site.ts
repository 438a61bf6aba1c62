// A built site served over HTTP with a headless browser open: what each browser test starts from.
import type { Browser } from "playwright-core";
import { expect } from "vitest";
import { launchBrowser } from "../../support/browser.js";
import { readExport, runBuild } from "../../support/build.js";
import { serveFolder } from "../../support/static-server.js";

/** Builds a content folder with the build command, as an editor does; the build must succeed. Returns the export. */
export function buildSite(content: string, output: string) {
  const run = runBuild(["--content", content, "--output", output]);
  expect(run.status, run.stderr).toBe(0);
  return readExport(output);
}

export interface ServedSite {
  /** The server's address, e.g. "http://127.0.0.1:41234". */
  url: string;
  browser: Browser;
  /** Closes the browser, then the server. */
  close(): Promise<void>;
}

export async function serveSite(output: string): Promise<ServedSite> {
  const server = await serveFolder(output);
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
