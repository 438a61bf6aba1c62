// The site's settings (title, description, base URL, language), from <content>/site.json,
// falling back to the project's own content/site.json. Only the known keys are read, each
// checked; anything else is an error naming the key, so a typo or a stray "__proto__" never
// reaches the page data.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describeJsonError } from "../text/parse-errors.js";
import { cleanText } from "../text/hygiene.js";

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

const KEYS = Object.keys(DEFAULTS) as (keyof SiteConfig)[];

/** A broken site.json: the message names the file and the key. */
export class SiteConfigError extends Error {}

export function readSiteConfig(contentDir: string, projectContentDir: string): SiteConfig {
  const path = [join(contentDir, "site.json"), join(projectContentDir, "site.json")].find((p) => existsSync(p));
  if (!path) return { ...DEFAULTS };
  const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  const fail = (reason: string): never => {
    throw new SiteConfigError(`${path}: ${reason}`);
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(describeJsonError(text, error));
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return fail(`expected an object with the keys ${KEYS.join(", ")}`);
  for (const key of Object.keys(data)) {
    if (!(KEYS as string[]).includes(key)) fail(`${JSON.stringify(key.slice(0, 40))} is not a setting (known: ${KEYS.join(", ")})`);
  }
  const given = data as Record<string, unknown>;
  const config: SiteConfig = { ...DEFAULTS };
  for (const key of KEYS) {
    if (!Object.hasOwn(given, key)) continue;
    const value = given[key];
    if (typeof value !== "string") fail(`"${key}" must be text`);
    const clean = cleanText(value as string).replace(/\s+/g, " ").trim();
    if (!clean) fail(`"${key}" is empty`);
    config[key] = clean;
  }
  config.baseUrl = checkBaseUrl(config.baseUrl, fail);
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(config.language)) fail(`"language" must be a language tag such as en or uk`);
  return config;
}

function checkBaseUrl(value: string, fail: (reason: string) => never): string {
  const reason = `"baseUrl" must be an http:// or https:// address such as https://digest.example.org`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(reason);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return fail(reason);
  if (url.username || url.password) return fail(`"baseUrl" must not hold a user name or password`);
  if (url.search || url.hash) return fail(`"baseUrl" must not hold a query or a fragment`);
  return url.href.replace(/\/+$/, "");
}

// Domains reserved for examples (RFC 2606): a site published with one has no working links in its feeds.
const PLACEHOLDER = /(^|\.)example\.(org|com|net)$/i;

/** Why the feeds, sitemap and citations will not point at the real site, or null when a base URL is set. */
export function baseUrlWarning(contentDir: string, config: SiteConfig): string | null {
  if (!existsSync(join(contentDir, "site.json"))) {
    return `warning: ${join(contentDir, "site.json")} is missing, so feeds, the sitemap and citations use ${config.baseUrl}; set "baseUrl" to the site's address`;
  }
  if (PLACEHOLDER.test(new URL(config.baseUrl).hostname)) {
    return `warning: "baseUrl" in ${join(contentDir, "site.json")} is the placeholder ${config.baseUrl}; set it to the site's address for working feeds, sitemap and citations`;
  }
  return null;
}
