// Eleventy wiring only: the pipeline, page data, exports and search index live in src/.
import digestEleventySettings from "./src/site/eleventy-settings.js";

// `npm run build` runs the compiled copy of src/ (dist/, checked against the sources by the build
// command) and says so; tests and `npm start` load the sources through tsx, as Node 20 cannot
// strip TypeScript types (docs/stack.md).
const compiled = process.env.DIGEST_COMPILED === "1";
if (!compiled) (await import("tsx/esm/api")).register();
const { siteOptionsFromEnvironment } = await import(compiled ? "./dist/src/site/options.js" : "./src/site/options.ts");
const { default: digestSite } = await import(compiled ? "./dist/src/site/plugin.js" : "./src/site/plugin.ts");

export default function (eleventyConfig) {
  // The whole digest (pipeline, page data, exports, lock file, Pagefind) is one plugin.
  eleventyConfig.addPlugin(digestSite, siteOptionsFromEnvironment(process.env));
  // Folders, template formats, ignored and copied files: shared with the page tests.
  return digestEleventySettings(eleventyConfig);
}
