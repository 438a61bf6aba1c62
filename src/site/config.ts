// The site's settings (title, description, base URL, language), from <content>/site.json,
// falling back to the project's own content/site.json.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface SiteConfig {
  title: string;
  description: string;
  /** Absolute origin for feeds and the sitemap, e.g. "https://digest.example.org"; no trailing slash. */
  baseUrl: string;
  language: string;
  author: string;
}

const DEFAULTS: SiteConfig = {
  title: "Incident digest",
  description: "Incidents reported by several news agencies, merged into one page each.",
  baseUrl: "https://example.org",
  language: "en",
  author: "Incident digest editors",
};

export function readSiteConfig(contentDir: string, projectContentDir: string): SiteConfig {
  const path = [join(contentDir, "site.json"), join(projectContentDir, "site.json")].find((p) => existsSync(p));
  if (!path) return DEFAULTS;
  let data: Partial<SiteConfig>;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const config = { ...DEFAULTS, ...data };
  for (const key of Object.keys(DEFAULTS) as (keyof SiteConfig)[]) {
    if (typeof config[key] !== "string") throw new Error(`${path}: "${key}" must be text`);
  }
  config.baseUrl = config.baseUrl.replace(/\/+$/, "");
  return config;
}
