// The project's Eleventy settings without its plugin: the in-memory site tests
// (support/eleventy.ts) add the plugin themselves, handing it a hand-made digest. Keep these
// settings in step with .eleventy.js.
export default function (eleventyConfig) {
  eleventyConfig.ignores.add("content/articles/**");
  return {
    dir: { input: "content/pages", includes: "../../_includes" },
    templateFormats: ["njk", "md", "11ty.js"],
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
  };
}
