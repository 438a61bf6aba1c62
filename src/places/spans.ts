// Finding the stretches of a sentence that name a place in the gazetteer: runs of capitalised
// words ("Kryvyi Rih", "St. Louis", "Rostov-on-Don"), with lower-case division words after them
// ("Donetsk region", "Yuba County"), longest match first. Work per sentence is a few hash
// lookups per capitalised word, never a pass over the gazetteer.
import { foldName } from "./fold.js";
import type { Lookup } from "./gazetteer/gazetteer.js";
import { FACILITY_FORM_WORDS } from "./gazetteer/facilities.js";

export interface Token {
  text: string;
  start: number;
  end: number;
  capitalised: boolean;
}

export interface Span {
  /** Token range [first, last]. */
  first: number;
  last: number;
  start: number;
  end: number;
  surface: string;
  key: string;
  lookup: Lookup;
  /** The first part of a compound: "Moscow" in "Moscow-backed", "Kyiv" in "Kyiv-based". */
  compound: boolean;
}

// A word: letters with inner apostrophes and hyphens ("Kup'iansk", "Ivano-Frankivsk").
const WORD = /[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*(?:[-‑][\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*)*/gu;
const CAPITAL = /^[\p{Lu}\p{Lt}]/u;
// Lower-case words that continue a place name: division words and connectors.
// "capital" continues one in "the Ukrainian capital" (gazetteer/build.ts capitalNames).
// Facility words continue a name too ("Zaporizhzhia nuclear power plant", "Kharkiv airport"): the
// longest name the gazetteer knows wins, and the town alone when it knows none.
const CONTINUATIONS = new Set(["область", "області", "областю", "области", "областью", "обл", "район", "районі", "району", "районом", "района", "районе", "регион", "region", "oblast", "district", "raion", "rayon", "county", "province", "state", "parish", "territory", "krai", "kray", "on", "upon", "de", "del", "la", "le", "am", "an", "der", "sur", "of", "republic", "capital", ...FACILITY_FORM_WORDS]);
// A connector may sit inside a name but never end it ("Rostov on Don", not "Kyiv of").
const CONNECTORS = new Set(["on", "upon", "de", "del", "la", "le", "am", "an", "der", "sur", "of"]);
const MAX_TOKENS = 5;
const POSSESSIVE = /['’]s$/;
// "Moscow-backed", "Kyiv-based", "Kherson-born": a place name before a lower-case participle.
const COMPOUND = /^([\p{Lu}][\p{L}'’ʼ]+)-\p{Ll}+$/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ text: match[0], start: match.index!, end: match.index! + match[0].length, capitalised: CAPITAL.test(match[0]) });
  }
  return tokens;
}

/** Only white space, or an abbreviation's dot ("St. Louis"), may sit between words of one name. */
function joinable(text: string, left: Token, right: Token): boolean {
  const gap = text.slice(left.end, right.start);
  return gap === " " || /^\s+$/.test(gap) || (/^\.\s+$/.test(gap) && left.text.length <= 3);
}

export type LookupFn = (key: string) => Lookup | null;

/**
 * The span read under another key ("Запоріжжі" as the Zaporizhzhia oblast): written out field by
 * field in findSpans' order, not spread, so that every span has one object shape (V8 keeps its
 * optimised code for the functions that read spans only while their shapes stay the same).
 */
export function respelledSpan(span: Span, key: string, lookup: Lookup): Span {
  return { first: span.first, last: span.last, start: span.start, end: span.end, surface: span.surface, key, lookup, compound: span.compound };
}

/** Gazetteer spans of a sentence, left to right, non-overlapping, longest first at each word. */
/** `acronym(key)`: the gazetteer names a place by this acronym ("DPR"); other acronyms are no place names. */
export function findSpans(text: string, tokens: Token[], lookup: LookupFn, acronym: (key: string) => boolean = () => false): Span[] {
  const spans: Span[] = [];
  // A dateline opens the sentence in capitals: "PALM SPRINGS, Fla. -", "KYIV, Oct 10 (Reuters) -".
  const opensWithDateline = /^[\p{Lu}\s.'’-]*(?:,|\(|—|–|-)/u.test(text.slice(0, 40));
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.capitalised) continue;
    let last = i;
    // A possessive ends a name unless a capitalised or continuing word goes on with it: "the
    // Zaporizhzhia region's villages" ends at the region; "the Luhansk People's Republic" and
    // "Ukraine's capital" are one name when the gazetteer knows it, and "the Zaporizhzhia region's
    // Tokmak" falls back to the region below.
    while (last + 1 < tokens.length && last - i + 1 < MAX_TOKENS && joinable(text, tokens[last]!, tokens[last + 1]!)) {
      const next = tokens[last + 1]!;
      if (!next.capitalised && !CONTINUATIONS.has(next.text.toLowerCase().replace(POSSESSIVE, ""))) break;
      last++;
    }
    // Acronyms are not place names ("EU", "UN", "NPP"), except a dateline's ("KYIV —").
    const word = tokens[i]!.text;
    const dateline = opensWithDateline && tokens[i]!.start < 30;
    // ... nor is a short capitalised word inside a run of capitals ("SAN ANTONIO", "EL PASO").
    const next = tokens[i + 1];
    const inCapitalRun = !!next && next.text.length > 1 && next.text === next.text.toUpperCase() && joinable(text, tokens[i]!, next);
    if (word.length <= 4 && word === word.toUpperCase() && !(word.length >= 2 && (dateline || inCapitalRun || acronym(foldName(word))))) continue;
    let matched = false;
    for (let j = last; j >= i; j--) {
      if (j > i && CONNECTORS.has(tokens[j]!.text.toLowerCase())) continue;
      // "Mariupol's", "Ukraine’s": the name without the possessive.
      const end = tokens[j]!.end - (POSSESSIVE.exec(tokens[j]!.text)?.[0].length ?? 0);
      const surface = text.slice(tokens[i]!.start, end);
      const key = foldName(surface);
      const found = lookup(key);
      if (!found) continue;
      spans.push({ first: i, last: j, start: tokens[i]!.start, end, surface, key, lookup: found, compound: false });
      matched = true;
      i = j;
      break;
    }
    if (!matched) {
      const compound = COMPOUND.exec(tokens[i]!.text);
      const found = compound ? lookup(foldName(compound[1]!)) : null;
      if (compound && found) {
        const start = tokens[i]!.start;
        spans.push({ first: i, last: i, start, end: start + compound[1]!.length, surface: compound[1]!, key: foldName(compound[1]!), lookup: found, compound: true });
      }
    }
  }
  return spans;
}
