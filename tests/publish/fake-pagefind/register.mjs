// `node --import this-file`: the build's `import "pagefind"` gets the stand-in beside it.
import { register } from "node:module";

register("./hooks.mjs", import.meta.url);
