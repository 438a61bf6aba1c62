// Number phrases as news copy writes counts: "43", "1,502", "Forty-six", "forty six", "one hundred
// and five", "a dozen", "two dozen", "half a dozen", with a qualifier ("at least", "more than",
// "about", "up to") or as a vague quantity ("dozens of", "several", "hundreds of").
// Written by hand rather than with `words-to-numbers` (turns every "a" into 1) or `compromise`
// (correct but ~20 ms per article): the phrases that carry casualty counts are a small, closed set.
// Anything glued to a unit or an age ("71-year-old", "9mm", "five-storey") is a single word token
// (see tokens.ts) and never parses as a number here.
import type { Qualifier } from "../model.js";
import { en } from "./lexicon/en.js";
import { tokenize, type Token } from "./tokens.js";

export interface NumberPhrase {
  value: number;
  qualifier: Qualifier;
  /** Token range [start, end) of the whole phrase, qualifier included. */
  start: number;
  end: number;
}

const { units: UNITS, tens: TENS, scales: SCALES, qualifiers: QUALIFIERS, vague: VAGUE } = en.numbers;

// Every word a number phrase can start with: the fast path skips all other tokens.
const PHRASE_STARTS = new Set([
  ...Object.keys(UNITS), ...Object.keys(TENS), "a", "half", "half-dozen",
  ...QUALIFIERS.map(([words]) => words[0]!), ...VAGUE.map(([words]) => words[0]!),
]);

function wordsAt(tokens: Token[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

/** A single number token or word: "43", "1,502", "forty-six", "twelve". */
function simpleNumber(token: Token | undefined): number | null {
  if (!token) return null;
  if (token.kind === "num") return Number(token.text.replace(/,/g, ""));
  if (token.kind !== "word") return null;
  const word = token.lower;
  if (word in UNITS) return UNITS[word]!;
  if (word in TENS) return TENS[word]!;
  const compound = /^([a-z]+)-([a-z]+)$/.exec(word); // "forty-six"
  if (compound && compound[1]! in TENS && compound[2]! in UNITS && UNITS[compound[2]!]! < 10 && UNITS[compound[2]!]! > 0) {
    return TENS[compound[1]!]! + UNITS[compound[2]!]!;
  }
  return null;
}

/** A spelled or written number starting at token i, without qualifier: value and end index. */
function bareNumber(tokens: Token[], i: number): { value: number; end: number } | null {
  // "a dozen", "half a dozen", "a half-dozen", "half-dozen", "a couple of"
  if (wordsAt(tokens, i, ["half", "a", "dozen"])) return { value: 6, end: i + 3 };
  if (wordsAt(tokens, i, ["a", "half-dozen"])) return { value: 6, end: i + 2 };
  if (wordsAt(tokens, i, ["half-dozen"])) return { value: 6, end: i + 1 };
  if (wordsAt(tokens, i, ["a", "dozen"])) return { value: 12, end: i + 2 };
  if (wordsAt(tokens, i, ["a", "couple", "of"])) return { value: 2, end: i + 3 };
  if (wordsAt(tokens, i, ["a", "hundred"])) return { value: 100, end: i + 2 };

  let value = simpleNumber(tokens[i]);
  if (value === null) return null;
  let end = i + 1;
  const first = tokens[i]!;
  if (first.kind === "word" && first.lower in TENS && tokens[end]?.lower && tokens[end]!.lower in UNITS) {
    const unit = UNITS[tokens[end]!.lower]!;
    if (unit > 0 && unit < 10) { value += unit; end++; } // "forty six"
  }
  // "two dozen", "one hundred and five", "three thousand", "1.5 million"
  if (tokens[end]?.lower === "dozen") return { value: value * 12, end: end + 1 };
  while (tokens[end] && tokens[end]!.lower in SCALES) {
    value *= SCALES[tokens[end]!.lower]!;
    end++;
    if (tokens[end]?.lower === "and" && simpleNumber(tokens[end + 1]) !== null && tokens[end + 1]!.kind === "word") {
      const rest = bareNumber(tokens, end + 1);
      if (rest && rest.value < 100) { value += rest.value; end = rest.end; }
    } else if (tokens[end]?.kind === "word" && simpleNumber(tokens[end]) !== null) {
      const rest = bareNumber(tokens, end);
      if (rest && rest.value < 100) { value += rest.value; end = rest.end; }
    }
  }
  return { value, end };
}

/**
 * The number phrase that starts at token i, or null. Only counts: a number followed by a unit of
 * time, length or money is still returned (the caller decides what a count counts), but tokens
 * glued to units ("9mm", "71-year-old") never get here.
 */
export function numberPhraseAt(tokens: Token[], i: number): NumberPhrase | null {
  const first = tokens[i];
  if (!first || (first.kind !== "num" && !PHRASE_STARTS.has(first.lower) && !/^[a-z]+-[a-z]+$/.test(first.lower))) return null;
  for (const [words, value, qualifier] of VAGUE) {
    if (wordsAt(tokens, i, words)) return { value, qualifier, start: i, end: i + words.length };
  }
  for (const [words, qualifier] of QUALIFIERS) {
    if (!wordsAt(tokens, i, words)) continue;
    const number = bareNumber(tokens, i + words.length);
    if (number) return { value: number.value, qualifier, start: i, end: number.end };
  }
  const number = bareNumber(tokens, i);
  return number ? { value: number.value, qualifier: "exact", start: i, end: number.end } : null;
}

/** The value of a standalone number word or numeral ("three", "3"), for "from three" and the like. */
export function numberValue(tokens: Token[], i: number): { value: number; end: number } | null {
  return bareNumber(tokens, i);
}

/**
 * The counts a sentence states, two or more, each followed by a word ("nine people died and 60
 * wounded" gives 9 and 60): a "one" says little, and a date or a time ("27.02.22 14:32") counts nothing.
 */
export function countsIn(sentence: string): Set<number> {
  const tokens = tokenize(sentence);
  const counts = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const number = bareNumber(tokens, i);
    if (!number) continue;
    if (number.value >= 2 && tokens[number.end]?.kind === "word") counts.add(number.value);
    i = number.end - 1;
  }
  return counts;
}
