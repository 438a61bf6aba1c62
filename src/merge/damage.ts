// Damage counts of one incident from all its reports. Agencies name the same thing in their own
// words ("33 blocks of flats" / "33 apartment blocks"): two claims of one count of one kind of
// thing are one fact told twice, so they share one name (the first report's words) and the page
// shows them as one line with both quotes. Different counts stay apart: "2 blocks collapsed" and
// "33 blocks damaged" are different facts, not a range.
import type { DamageClaim } from "../model.js";

// Kinds of property, each with the words reports use for it (singular stems; a trailing "s" and
// modifiers like "residential", "multi-storey" are read through).
const KINDS: [kind: string, words: RegExp][] = [
  ["apartment building", /\b(?:blocks? of flats|apartment (?:blocks?|buildings?|houses?)|residential (?:blocks?|buildings?|high-rises?)|high-rises?|multi-stor(?:e)?y (?:buildings?|houses?|blocks?)|(?:\w+-)?stor(?:e)?y (?:buildings?|blocks?)|tower blocks?)\b/i],
  ["house", /\b(?:private )?(?:houses?|homes?|cottages?|dwellings?)\b/i],
  ["school", /\bschools?\b/i],
  ["kindergarten", /\b(?:kindergartens?|nurser(?:y|ies)|preschools?)\b/i],
  ["college", /\b(?:colleges?|universit(?:y|ies)|higher education (?:institutions?|colleges?))\b/i],
  ["hospital", /\b(?:hospitals?|clinics?|medical (?:facilit(?:y|ies)|institutions?))\b/i],
  ["vehicle", /\b(?:cars?|vehicles?|automobiles?)\b/i],
  ["shop", /\b(?:shops?|stores?)\b/i],
];

/** The kind of property a damage phrase names, or the phrase itself when no kind fits. */
export function propertyKind(what: string): string {
  for (const [kind, words] of KINDS) if (words.test(what)) return kind;
  return what.toLowerCase().replace(/s\b/g, "");
}

/** The incident's damage claims, with one name for each count of one kind of thing. */
export function mergeDamage(claims: DamageClaim[]): DamageClaim[] {
  const nameOf = new Map<string, string>();
  return claims.map((claim) => {
    const key = `${claim.count}|${propertyKind(claim.what)}`;
    const name = nameOf.get(key);
    if (name === undefined) {
      nameOf.set(key, claim.what);
      return claim;
    }
    return name === claim.what ? claim : { ...claim, what: name };
  });
}
