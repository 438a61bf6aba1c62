// Helpers that turn a lexicon's word lists into the sets and patterns the grammars match with.
// Lexicon entries are either plain words or short regular-expression fragments ("missiles?",
// "arraign\\w*"): a list is data a linguist can read and extend; the grammar decides how it is used.

/** A whitespace-separated list as an array, in the order written (order matters in alternations). */
export function wordList(list: string): string[] {
  return list.trim().split(/\s+/);
}

/** A whitespace-separated list of fragments in which "_" stands for the space between words of one entry. */
export function phrases(list: string): string[] {
  return wordList(list).map((w) => w.replace(/_/g, " "));
}

/** A whitespace-separated list as a set, for token look-ups. */
export function words(list: string): Set<string> {
  return new Set(wordList(list));
}

/** Fragments as one regular-expression alternation, in the order given. */
export function alternation(fragments: readonly string[]): string {
  return fragments.join("|");
}

/** Plain words as a fragment-safe alternation (dots and other specials escaped). */
export function literalAlternation(list: readonly string[]): string {
  return list.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
}

/**
 * Whole-word matching. Latin text uses `\b`; `\b` knows only ASCII word characters, so Cyrillic
 * text needs letter look-arounds instead ("удар" must not match inside "ударів" unless the
 * fragment says so).
 */
export function wordBoundaryPattern(body: string, script: "latin" | "cyrillic", flags = "i"): RegExp {
  if (script === "latin") return new RegExp(`\\b(?:${body})\\b`, flags);
  return new RegExp(`(?<![\\p{L}\\p{N}'’ʼ])(?:${body})(?![\\p{L}\\p{N}])`, flags.includes("u") ? flags : `${flags}u`);
}

/**
 * Stems of an inflected language as regular-expression fragments: "*" is any further letters,
 * "'" any apostrophe (', ’, ʼ). The fragments may hold other regular-expression syntax.
 */
export function stemFragments(stems: readonly string[]): string[] {
  return stems.map((stem) => stem.replace(/\*/g, "\\p{L}*").replace(/'/g, "['’ʼ]"));
}
