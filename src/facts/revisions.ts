// Revised figures: "the death toll rose to five", "has increased to 15", "raising the toll from
// three", "up from 12", "from three to four". A revision marks the figure as the newer one; the
// figure it replaces (when stated) is kept as `revisedFrom`, so merge can supersede it.
import type { FigureKind } from "../model.js";
import { numberValue } from "./numbers.js";
import { en } from "./lexicon/en.js";
import type { Token } from "./tokens.js";

const RISE = en.revisions.rise;

/** Is the number at token `at` the target of a revision verb ("rose to 5", "has increased to 15")? */
export function isRevisionTarget(t: Token[], at: number): boolean {
  let k = at - 1;
  if (t[k]?.lower !== "to" && !RISE.has(t[k]?.lower ?? "")) return false;
  if (t[k]?.lower === "to") k--;
  // "rose from three to four": skip the "from N" part.
  if (numberValue(t, k) && t[k - 1]?.lower === "from") k -= 2;
  for (let j = k; j >= Math.max(0, k - 2); j--) if (RISE.has(t[j]!.lower)) return true;
  if (t[k]?.lower === "up" && RISE.has(t[k - 1]?.lower ?? "")) return true; // "went up to"
  return false;
}

/** "from N" right before "to <target>" ("from three to four"): N, else null. */
export function revisedFromBefore(t: Token[], at: number): number | null {
  if (t[at - 1]?.lower !== "to") return null;
  for (let j = at - 2; j >= Math.max(0, at - 4); j--) {
    if (t[j]?.lower === "from") return numberValue(t, j + 1)?.value ?? null;
  }
  return null;
}

/** "up from 12" / "from 12" right after a figure ending at token `end`. */
export function revisedFromAfter(t: Token[], end: number): number | null {
  let j = end;
  if (t[j]?.lower === ",") j++;
  if (t[j]?.lower === "up" || t[j]?.lower === "down") j++;
  if (t[j]?.lower !== "from") return null;
  return numberValue(t, j + 1)?.value ?? null;
}

/**
 * "raising the toll from three", "bringing the death toll up from 12": a revision stated apart from
 * its new figure. Returns the kind (a toll is of the dead unless it says injured) and the old figure.
 */
export function tollRevisionFrom(t: Token[]): { kind: FigureKind; from: number } | null {
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.lower !== "toll") continue;
    const kind: FigureKind = /^(?:injury|injured|wounded)$/.test(t[i - 1]?.lower ?? "") ? "injured" : "killed";
    for (let j = i + 1; j <= i + 3 && j < t.length; j++) {
      if (t[j]!.lower === "from") {
        const from = numberValue(t, j + 1);
        if (from) return { kind, from: from.value };
      }
    }
  }
  return null;
}
