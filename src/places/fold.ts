// Folding: the one key under which every spelling of a name is filed and looked up.
// "Kup'iansk", "Kup’iansk" and "Kupiansk" fold alike, as do "Łuhańsk" and "Luhansk",
// "St. Louis" and "Saint Louis". Cyrillic stays Cyrillic (romanising is a separate step that
// adds keys), so "Луганськ" and "Луганск" keep their own keys.
import anyAscii from "any-ascii";

// Apostrophes, primes and the quotes some transliterations use for soft signs.
const APOSTROPHES = /['’ʼ`ʹʺ′″‘“”«»ˮ]/g;
const SEPARATORS = /[\s\-‐‑‒–—_/.,]+/g;
// Abbreviated and spelled-out forms of the words place names often start with.
const WORD_FORMS = new Map([
  ["saint", "st"],
  ["sankt", "st"],
  ["mount", "mt"],
  ["fort", "ft"],
]);

function foldChar(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code < 0x80) return ch;
  // Cyrillic: keep the script; only ё/е are written interchangeably.
  if (code >= 0x0400 && code <= 0x052f) return ch === "ё" ? "е" : ch;
  return anyAscii(ch);
}

/** The folded key of a name: lower case, no diacritics, no apostrophes, single spaces. */
export function foldName(name: string): string {
  let lowered = name.normalize("NFC").toLowerCase().replace(APOSTROPHES, "");
  if (!/^[\x00-\x7f]*$/.test(lowered)) lowered = Array.from(lowered, foldChar).join("").toLowerCase();
  const words = lowered.replace(SEPARATORS, " ").trim().split(" ");
  return words.map((w) => WORD_FORMS.get(w) ?? w).join(" ");
}

/** True when the name is written in Cyrillic letters (spaces, hyphens and apostrophes aside). */
export function isCyrillic(name: string): boolean {
  return /\p{Script=Cyrillic}/u.test(name) && !/\p{Script=Latin}/u.test(name);
}
