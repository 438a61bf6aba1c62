// Eleventy wiring only: the pipeline, page data, exports and search index live in src/.
import { register } from "tsx/esm/api";
import digestEleventySettings from "./src/site/eleventy-settings.js";

// Node 20 cannot strip TypeScript types: tsx loads src/*.ts (docs/stack.md).
register();
const { siteOptionsFromEnvironment } = await import("./src/site/options.ts");
const { default: digestSite } = await import("./src/site/plugin.ts");

export default function (eleventyConfig) {
  // The whole digest (pipeline, page data, exports, lock file, Pagefind) is one plugin.
  eleventyConfig.addPlugin(digestSite, siteOptionsFromEnvironment(process.env));
  // Folders, template formats, ignored and copied files: shared with the page tests.
  return digestEleventySettings(eleventyConfig);
}
