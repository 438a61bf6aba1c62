// Eleventy wiring only: the pipeline, page data, exports and search index live in src/.
import { register } from "tsx/esm/api";

// Node 20 cannot strip TypeScript types: tsx loads src/*.ts (STACK.md).
register();
const { siteOptionsFromEnvironment } = await import("./src/site/options.ts");
const { default: digestSite } = await import("./src/site/plugin.ts");

export default function (eleventyConfig) {
  // The whole digest (pipeline, page data, exports, lock file, Pagefind) is one plugin.
  eleventyConfig.addPlugin(digestSite, siteOptionsFromEnvironment(process.env));
  // Articles are data read by the ingest stage, never templates: `{{ }}` in them stays literal.
  eleventyConfig.ignores.add("content/articles/**");
  // Static assets (styles, the search page script) are copied as they are.
  eleventyConfig.addPassthroughCopy({ "_includes/assets": "assets" });
  // The place-name keys and query resolution run in the browser and in the build alike.
  eleventyConfig.addPassthroughCopy({ "src/search": "assets/search" });
  // Browser modules from npm packages, served from the site itself (no outside request).
  eleventyConfig.addPassthroughCopy({ "node_modules/@github/combobox-nav/dist/index.js": "assets/vendor/combobox-nav.js" });
  // Rebuild when the articles or editor files change (they are read by the plugin, not Eleventy).
  eleventyConfig.addWatchTarget("content/");
  eleventyConfig.watchIgnores.add("content/incidents.lock.json");

  return {
    // No `output` here: Eleventy lets a config's dir.output override the folder the build CLI
    // passes (only its own CLI freezes it), which sent `--output DIR` builds into _site/.
    dir: { input: "content/pages", includes: "../../_includes" },
    templateFormats: ["njk", "md", "11ty.js"],
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
  };
}
