import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { compileEachTextOnce } from "../../src/site/nunjucks-compiled.js";

// Nunjucks ships no types: what these tests use of it.
interface Environment {
  readonly opts: object;
}
interface Nunjucks {
  Environment: new (loaders: null, options: object) => Environment;
  Template: new (text: string, environment: Environment, path: string, eagerCompile: boolean) => { render(data: object): string };
}
const nunjucks = createRequire(import.meta.url)("nunjucks") as Nunjucks;

// Eleventy renders a paginated template by making a new Template of the same text for each page.
function render(environment: Environment, text: string, path: string, data: object): { output: string; root: unknown } {
  const template = new nunjucks.Template(text, environment, path, false);
  const output = template.render(data);
  return { output, root: (template as unknown as { rootRenderFunc: unknown }).rootRenderFunc };
}

describe("compileEachTextOnce", () => {
  it("compiles a text once for every page that renders it, each page with its own data", () => {
    const environment = new nunjucks.Environment(null, { autoescape: true });
    compileEachTextOnce(nunjucks as unknown as Parameters<typeof compileEachTextOnce>[0], environment);
    const first = render(environment, "{{ incident.url }}", "./content/pages/incidents.njk", { incident: { url: "/incidents/a/" } });
    const second = render(environment, "{{ incident.url }}", "./content/pages/incidents.njk", { incident: { url: "/incidents/<b>/" } });
    expect(first.output).toBe("/incidents/a/");
    expect(second.output).toBe("/incidents/&lt;b&gt;/");
    expect(second.root).toBe(first.root);
    // Another text, or the same text of another file, is compiled for itself.
    expect(render(environment, "{{ day.url }}", "./content/pages/incidents.njk", { day: { url: "/d/" } }).root).not.toBe(first.root);
    expect(render(environment, "{{ incident.url }}", "./content/pages/days.njk", { incident: { url: "/x/" } }).root).not.toBe(first.root);
  });

  it("leaves other environments compiling as Nunjucks does", () => {
    const other = new nunjucks.Environment(null, { autoescape: true });
    const a = render(other, "{{ x }}", "p.njk", { x: 1 });
    const b = render(other, "{{ x }}", "p.njk", { x: 2 });
    expect([a.output, b.output]).toEqual(["1", "2"]);
    expect(b.root).not.toBe(a.root);
  });
});
