// Module resolution hook: "pagefind" imported by the project resolves to the stand-in, which itself imports the real one.
const standIn = new URL("./pagefind.mjs", import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === "pagefind" && context.parentURL !== standIn) return { url: standIn, shortCircuit: true };
  return next(specifier, context);
}
