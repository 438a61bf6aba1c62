// Ukrainian and Russian text as the Slavic grammar reads it: lower case, ё as е, one apostrophe.
// Tokens are words (letters with inner apostrophes and hyphens), numbers, and single punctuation.
import { SLAVIC, type SlavicLang } from "./lexicons.js";
import type { SlavicLexicon } from "../lexicon/index.js";
import { stemFragments, wordBoundaryPattern } from "../lexicon/words.js";

export interface SlavicToken {
  /** Folded: lower case, ё -> е, ’ ʼ -> '. */
  word: string;
  kind: "num" | "word" | "punct";
  start: number;
  end: number;
}

const TOKEN = /\d+(?:[.,]\d+)?(?:-[\p{L}]+)?|[\p{L}]+(?:['’ʼ][\p{L}]+)*(?:-[\p{L}\d]+)*|\S/gu;

export function fold(text: string): string {
  return text.toLowerCase().replace(/ё/g, "е").replace(/[’ʼ]/g, "'");
}

export function tokenizeSlavic(sentence: string): SlavicToken[] {
  const tokens: SlavicToken[] = [];
  for (const match of sentence.matchAll(TOKEN)) {
    const text = match[0];
    // "71-річна", "71-летняя": a number glued to a word is an age or a size, never a count.
    const kind = /^\d+(?:[.,]\d+)?$/.test(text) ? "num" : /^[\p{L}\d]/u.test(text) ? "word" : "punct";
    tokens.push({ word: fold(text), kind, start: match.index!, end: match.index! + text.length });
  }
  return tokens;
}

/** A whole-word pattern from a list of stems ("загин*"), case-insensitive, for folded or raw text. */
export function stemPattern(stems: readonly string[]): RegExp {
  return wordBoundaryPattern(stemFragments(stems).join("|"), "cyrillic", "iu");
}

/** Does the folded word match one of the stems ("загинули" matches "загин*")? */
export function stemMatcher(stems: readonly string[]): (word: string) => boolean {
  const exact = new Set(stems.filter((s) => !s.includes("*") && !s.includes(" ")).map(fold));
  const prefixes = stems.filter((s) => s.endsWith("*") && !s.slice(0, -1).includes("*") && !s.includes(" ")).map((s) => fold(s.slice(0, -1)));
  return (word) => exact.has(word) || prefixes.some((p) => word.startsWith(p));
}

export function lexiconOf(lang: SlavicLang): SlavicLexicon {
  return SLAVIC[lang];
}
