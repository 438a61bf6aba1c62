// In-memory Eleventy builds of the real page templates with a hand-made digest: the project's
// .eleventy.js wiring, but the plugin is handed the digest instead of running the pipeline.
import { join, resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import { DateTime } from "luxon";
import type { Digest } from "../../../src/model.js";
import digestSite from "../../../src/site/plugin.js";

export const PROJECT_ROOT = resolve(import.meta.dirname, "../../..");

export interface BuiltPage {
  url: string;
  outputPath: string;
  content: string;
}

export async function renderSite(digest: Digest): Promise<Map<string, BuiltPage>> {
  const previous = process.cwd();
  process.chdir(PROJECT_ROOT);
  try {
    const eleventy = new Eleventy("content/pages", join(PROJECT_ROOT, "_site-test"), {
      quietMode: true,
      // The project's own settings (what .eleventy.js uses), without the plugin that runs the pipeline.
      configPath: join(PROJECT_ROOT, "src/site/eleventy-settings.js"),
      config(eleventyConfig: any) {
        eleventyConfig.addPlugin(digestSite, {
          contentDir: join(PROJECT_ROOT, "content"),
          projectContentDir: join(PROJECT_ROOT, "content"),
          now: DateTime.fromISO("2026-01-01T00:00:00Z"),
          writeLock: false,
          searchIndex: false,
          print: () => undefined,
          digest,
        });
      },
    });
    const pages = (await eleventy.toJSON()) as BuiltPage[];
    return new Map(pages.map((p) => [p.url, p]));
  } finally {
    process.chdir(previous);
  }
}
