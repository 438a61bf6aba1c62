// Folding: the one key under which every spelling of a name is filed and looked up.
// "Kup'iansk", "Kup’iansk" and "Kupiansk" fold alike, as do "Łuhańsk" and "Luhansk",
// "St. Louis" and "Saint Louis". Cyrillic stays Cyrillic (romanising is a separate step that
// adds keys), so "Луганськ" and "Луганск" keep their own keys.
import { rememberAnswers } from "../text/memo.js";
import anyAscii from "any-ascii";

// Apostrophes, primes and the quotes some transliterations use for soft signs.
const APOSTROPHES = /['’ʼ`ʹʺ′″‘“”«»ˮ]/g;
const SEPARATORS = /[\s\-‐‑‒–—_/.,]+/g;
// Abbreviated and spelled-out forms of the words place names often start with.
const ABBREVIABLE = /\b(?:saint|sankt|mount|fort)\b/;
const WORD_FORMS = new Map([
  ["saint", "st"],
  ["sankt", "st"],
  ["mount", "mt"],
  ["fort", "ft"],
]);

// Cyrillic letters whose diacritic is part of the letter (й is not и, ї is not і); they are
// shielded from the diacritic stripping that turns "Łuhańsk" into "luhansk".
const CYRILLIC_KEEP = /[йЙїЇ]/g;
const SHIELD: Record<string, string> = { й: "\uE000", Й: "\uE000", ї: "\uE001", Ї: "\uE001" };
const UNSHIELD = /[\uE000\uE001]/g;
const COMBINING = /[\u0300-\u036f]/g;
const OTHER_SCRIPTS = /[^\x00-\x7f\u0400-\u052f\uE000\uE001]/g;

// Scanning folds the same words over and over ("Ukraine", "Kyiv"): recent ones are remembered.
/** The folded key of a name: lower case, no diacritics, no apostrophes, single spaces. */
export const foldName: (name: string) => string = rememberAnswers((name) => fold(name), 200_000);

function fold(name: string): string {
  let lowered = name.toLowerCase().replace(APOSTROPHES, "");
  if (!/^[\x00-\x7f]*$/.test(lowered)) {
    lowered = lowered
      .replace(CYRILLIC_KEEP, (ch) => SHIELD[ch]!)
      .normalize("NFKD")
      .replace(COMBINING, "")
      .replace(OTHER_SCRIPTS, (ch) => anyAscii(ch).toLowerCase())
      .replace(UNSHIELD, (ch) => (ch === "\uE000" ? "й" : "ї"))
      .replace(/ё/g, "е");
  }
  const spaced = lowered.replace(SEPARATORS, " ").trim();
  if (!ABBREVIABLE.test(spaced)) return spaced;
  return spaced
    .split(" ")
    .map((w) => WORD_FORMS.get(w) ?? w)
    .join(" ");
}

/** True when the name is written in Cyrillic letters (spaces, hyphens and apostrophes aside). */
export function isCyrillic(name: string): boolean {
  return /\p{Script=Cyrillic}/u.test(name) && !/\p{Script=Latin}/u.test(name);
}
