// The project's Eleventy settings, all but the digest plugin. `.eleventy.js` adds the plugin that
// runs the pipeline; the in-memory page tests (tests/site/support/eleventy.ts) load this file as
// their config and add the plugin with a hand-made digest, so both build with the same settings.
// Plain JavaScript: Eleventy imports a config file itself, outside tsx and vitest.

/** @param {any} eleventyConfig */
export default function digestEleventySettings(eleventyConfig) {
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
