// Text as it comes in, made safe to show and to match, before any stage sees it:
// - control characters (C0 but tab and line breaks, DEL, C1) and bidirectional controls are
//   removed: a right-to-left override would reverse a title on the page, a NUL or an escape
//   would reach HTML, feeds and CSV;
// - invisible characters inside words (zero-width space, word joiner, soft hyphen, and
//   zero-width (non-)joiners between Latin or Cyrillic letters, where they mean nothing) are
//   removed, so "Kyi\u200Bv" is the word Kyiv;
// - in a word that mixes Latin and Cyrillic letters, the letters of the minority script that
//   look like letters of the other ("Khark\u0456v" with a Cyrillic і) are written in the word's
//   own script. This is the skeleton idea of Unicode TS #39, applied only inside mixed-script
//   words: a word wholly in Cyrillic ("Київ", "Харків") is never touched. The look-alike pairs
//   come from Unicode's confusables data (the unhomoglyph package), not from a list of our own;
// - a replacement character where a possessive's apostrophe stood ("Ukraine\uFFFDs Slavyansk",
//   "the forces\uFFFD shelling": text once decoded in the wrong character set lost a curly
//   apostrophe) is that apostrophe again, so "Ukraine's Slavyansk" reads as a town of the
//   country, not the country.
import { createRequire } from "node:module";

const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
const JOINER_IN_WORD = /(?<=[\p{Script=Latin}\p{Script=Cyrillic}])[\u200c\u200d]+(?=[\p{Script=Latin}\p{Script=Cyrillic}])/gu;
// Before a possessive's "s" ("Kiev\uFFFDs"), or after a plural's "s" and before the next word ("forces\uFFFD shelling").
const LOST_APOSTROPHE = /(?<=\p{L})\uFFFD(?=s\b)|(?<=\p{L}s)\uFFFD(?=\s)/gu;

/** Text with control, direction and invisible characters removed and look-alike letters in mixed-script words unmixed. */
export function cleanText(text: string): string {
  const cleaned = text.replace(CONTROLS, "").replace(INVISIBLE, "").replace(JOINER_IN_WORD, "").replace(LOST_APOSTROPHE, "’");
  return /\p{Script=Cyrillic}/u.test(cleaned) && /[A-Za-z]/.test(cleaned) ? unmixScripts(cleaned) : cleaned;
}

// Unicode's skeletons: a character -> the prototype it is confused with (absent: itself).
const skeletons = createRequire(import.meta.url)("unhomoglyph/data.json") as Record<string, string>;
const skeleton = (ch: string) => skeletons[ch] ?? ch;

/** Latin letter -> the Cyrillic letter of the same shape and case, and back (basic Cyrillic letters only). */
const { toCyrillic, toLatin } = lookAlikePairs();

function lookAlikePairs(): { toCyrillic: Map<string, string>; toLatin: Map<string, string> } {
  const toCyrillic = new Map<string, string>();
  const toLatin = new Map<string, string>();
  const latin = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"];
  for (let code = 0x400; code <= 0x45f; code++) {
    const cyrillic = String.fromCharCode(code);
    const upper = cyrillic !== cyrillic.toLowerCase();
    const match = latin.find((l) => skeleton(l) === skeleton(cyrillic) && (l !== l.toLowerCase()) === upper);
    if (!match) continue;
    if (!toLatin.has(cyrillic)) toLatin.set(cyrillic, match);
    if (!toCyrillic.has(match)) toCyrillic.set(match, cyrillic);
  }
  return { toCyrillic, toLatin };
}

const WORD = /[\p{L}\p{M}]+/gu;
const isLatin = (ch: string) => /\p{Script=Latin}/u.test(ch);
const isCyrillic = (ch: string) => /\p{Script=Cyrillic}/u.test(ch);

/** Each word that mixes Latin and Cyrillic written in one script where its look-alike letters allow. */
export function unmixScripts(text: string): string {
  return text.replace(WORD, (word) => {
    const letters = [...word];
    const latin = letters.filter(isLatin);
    const cyrillic = letters.filter(isCyrillic);
    if (latin.length === 0 || cyrillic.length === 0) return word;
    // The word's script is the one of its letters that have no look-alike; a word with such
    // letters in both scripts is really mixed and stays as written.
    const plainLatin = latin.some((ch) => !toCyrillic.has(ch));
    const plainCyrillic = cyrillic.some((ch) => !toLatin.has(ch));
    let target: "latin" | "cyrillic" | null = null;
    if (plainLatin && !plainCyrillic) target = "latin";
    else if (plainCyrillic && !plainLatin) target = "cyrillic";
    else if (!plainLatin && !plainCyrillic && latin.length !== cyrillic.length) target = latin.length > cyrillic.length ? "latin" : "cyrillic";
    if (!target) return word;
    const map = target === "latin" ? toLatin : toCyrillic;
    const foreign = target === "latin" ? isCyrillic : isLatin;
    return letters.map((ch) => (foreign(ch) ? (map.get(ch) ?? ch) : ch)).join("");
  });
}

/** A URL without the user name and password it may carry ("https://user:pass@host/" -> "https://host/"). */
export function withoutCredentials(url: URL): URL {
  url.username = "";
  url.password = "";
  return url;
}
