// Each Nunjucks template text compiled once per build, not once per page.
//
// Eleventy 3.1 compiles a Nunjucks template's text afresh every time it renders it: its own
// compile cache is off for Nunjucks, and Nunjucks itself caches only the templates it loads by
// name (layouts, includes), not the text Eleventy hands it. A paginated template's body, its
// permalink and its computed title and description were so compiled about 20,000 times for a
// build of 2,400 incident pages (0.8 s of CPU, and code compiled afresh for every page never
// gets optimised). What a text compiles to depends only on the text, its path and the
// environment (its filters, extensions and options, all set before the first page renders), and
// a compiled template is a function of the context it is given, so one compilation serves every
// page that renders the same text.

interface NunjucksTemplate {
  env: object;
  path: string | undefined;
  tmplStr: string | undefined;
  /** Set when the template came precompiled: nothing to compile. */
  tmplProps: unknown;
  /** What `_compile` sets. */
  blocks: Record<string, unknown>;
  rootRenderFunc: unknown;
  compiled: boolean;
  _compile(this: NunjucksTemplate): void;
}

type Compiled = Pick<NunjucksTemplate, "blocks" | "rootRenderFunc" | "compiled">;

/** Each text's compiled form, per environment. */
const compiledTexts = new WeakMap<object, Map<string, Compiled>>();
const patched = new WeakSet<object>();

/**
 * Compile each template text rendered in `environment` once. `nunjucks` is the library Eleventy
 * renders with (the event Eleventy emits when it sets up its Nunjucks engine hands over both).
 */
export function compileEachTextOnce(nunjucks: { Template: { prototype: NunjucksTemplate } }, environment: object): void {
  compiledTexts.set(environment, new Map());
  const prototype = nunjucks.Template.prototype;
  if (patched.has(prototype)) return;
  patched.add(prototype);
  const compileAfresh = prototype._compile;
  prototype._compile = function (this: NunjucksTemplate): void {
    const known = compiledTexts.get(this.env);
    if (!known || this.tmplProps || typeof this.tmplStr !== "string") return compileAfresh.call(this);
    const key = `${this.path ?? ""}\0${this.tmplStr}`;
    const compiled = known.get(key);
    if (compiled) {
      Object.assign(this, compiled);
      return;
    }
    compileAfresh.call(this);
    known.set(key, { blocks: this.blocks, rootRenderFunc: this.rootRenderFunc, compiled: this.compiled });
  };
}
