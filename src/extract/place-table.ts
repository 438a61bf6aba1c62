// One object per distinct place across a build's extraction results. A place crosses from a
// worker thread (or out of the extraction cache) as a copy, with every spelling of it and of its
// region (Donetsk's place carries some 300 strings), so each mention of Donetsk would hold its own
// copy: at 16k articles, 200 of the main thread's 360 MB were such copies, and the heap grew with
// every article read (the 523k build ran out of it while taking the workers' results). Mentions
// of one place share one object instead, as the extraction cache already stores them: no stage
// changes a place in place (stages that move a mention to another place give it a new object).
import type { Place, PlaceMention } from "../model.js";

export class PlaceTable {
  private readonly bySlug = new Map<string, Place[]>();

  /** The table's object equal to `place` (same fields in the same order), else `place`, remembered. */
  one(place: Place): Place {
    const known = this.bySlug.get(place.slug);
    if (!known) {
      this.bySlug.set(place.slug, [place]);
      return place;
    }
    for (const other of known) if (other === place || samePlace(other, place)) return other;
    known.push(place);
    return place;
  }

  /** Points each mention at the table's object for its place (the mentions are the caller's own). */
  share(mentions: PlaceMention[]): void {
    for (const mention of mentions) mention.place = this.one(mention.place);
  }
}

/** Field by field, in order: what JSON.stringify would tell apart (a page or export prints either). */
function samePlace(a: Place, b: Place): boolean {
  const keys = Object.keys(a);
  const otherKeys = Object.keys(b);
  if (keys.length !== otherKeys.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key !== otherKeys[i]) return false;
    const x = (a as unknown as Record<string, unknown>)[key];
    const y = (b as unknown as Record<string, unknown>)[key];
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    for (let j = 0; j < x.length; j++) if (x[j] !== y[j]) return false;
  }
  return true;
}
