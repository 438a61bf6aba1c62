// Place names in Ukrainian and Russian text are inflected: "у Луганську", "в Луганске", "Харкова",
// "під Бахмутом", "Донецької області". The gazetteer files nominatives; this lookup takes a folded
// key it does not know, undoes the case endings (caseForms.ts), and keeps a nominative the
// gazetteer knows only when the key really is one of that name's case forms (so "Харкові" is
// Харків, and a word that merely ends like a case form finds nothing). Region names that are not
// an adjective plus "область" ("на Донеччині", "Харківщина") come from each language's lexicon;
// "на Запоріжжі" is the oblast where "у Запоріжжі" is the city.
import { SLAVIC, type SlavicLang } from "../facts/slavic/lexicons.js";
import { caseForms, isCaseFormOf, nominativeCandidates } from "./caseForms.js";
import { foldName } from "./fold.js";
import type { Lookup } from "./gazetteer/gazetteer.js";
import type { LookupFn, Span } from "./spans.js";

const CYRILLIC = /[\u0400-\u04FF]/;
/** More words than this are not declined (each word's endings multiply). */
const MAX_WORDS = 3;
/** At most this many candidate nominatives are looked up for one key. */
const MAX_CANDIDATES = 400;
const LANGS: SlavicLang[] = ["uk", "ru"];

/** Every case form of each lexicon's region names, folded, with the nominative region name it means. */
function regionNameForms(table: (lang: SlavicLang) => Record<string, string>): Map<string, string> {
  const forms = new Map<string, string>();
  for (const lang of LANGS) {
    for (const [name, region] of Object.entries(table(lang))) {
      for (const form of caseForms(name, lang)) forms.set(foldName(form), foldName(region));
    }
  }
  return forms;
}
const REGION_NAMES = regionNameForms((lang) => SLAVIC[lang].regionNames);
const REGION_AFTER_NA = regionNameForms((lang) => SLAVIC[lang].regionAfterNa);

/** The lookup, extended to the case forms of Cyrillic names (remembered per key). */
export function withCaseForms(lookup: LookupFn): LookupFn {
  const memo = new Map<string, Lookup | null>();
  return (key) => {
    if (!CYRILLIC.test(key)) return lookup(key);
    // A region's own names come first: "Крим" is the peninsula before any village of that name.
    const region = REGION_NAMES.get(key);
    if (region) return lookup(region);
    const direct = lookup(key);
    if (direct && direct.candidates.length > 0) return direct;
    let found = memo.get(key);
    if (found === undefined) {
      found = declinedLookup(key, lookup);
      memo.set(key, found);
    }
    return found ?? direct;
  };
}

/**
 * Every nominative the key is a case form of, in either language, as one lookup: "Нікополі" is
 * Нікополь (Ukraine) and could be Никопол (Bulgaria); the scanner chooses among them as it does
 * among namesakes.
 */
function declinedLookup(key: string, lookup: LookupFn): Lookup | null {
  if (key.split(" ").length > MAX_WORDS) return null;
  const found: Lookup[] = [];
  for (const lang of LANGS) {
    let tried = 0;
    for (const candidate of nominativeCandidates(key, lang)) {
      if (candidate === key) continue;
      if (++tried > MAX_CANDIDATES) break;
      const named = lookup(foldName(candidate));
      if (named && named.candidates.length > 0 && !found.includes(named) && isFormOf(key, candidate, lang)) found.push(named);
    }
  }
  if (found.length <= 1) return found[0] ?? null;
  const rows = new Set<number>();
  const candidates = found.flatMap((f) => f.candidates).filter((c) => !rows.has(c.row) && rows.add(c.row));
  return { ...found[0]!, candidates, commonWord: found.every((f) => f.commonWord) };
}

/**
 * Is the key a case form of the candidate? A folded key has lost its hyphens ("Івано-Франківськ"
 * is "івано франківськ"), so where the leading words are the same, the last word decides.
 */
function isFormOf(key: string, candidate: string, lang: SlavicLang): boolean {
  if (isCaseFormOf(key, candidate, lang)) return true;
  const keyWords = key.split(" ");
  const candidateWords = candidate.split(" ");
  return keyWords.length > 1 && keyWords.length === candidateWords.length && keyWords.slice(0, -1).join(" ") === candidateWords.slice(0, -1).join(" ") && isCaseFormOf(keyWords.at(-1)!, candidateWords.at(-1)!, lang);
}

const NA_BEFORE = /(?:^|[\s(«"“])на\s+$/iu;

/**
 * "на Запоріжжі": after "на", a name that is also its region's short name means the region. The
 * span keeps its words and takes the region's lookup.
 */
export function regionAfterNa(text: string, span: Span, lookup: LookupFn): Span {
  const region = REGION_AFTER_NA.get(span.key);
  if (!region || !NA_BEFORE.test(text.slice(Math.max(0, span.start - 6), span.start))) return span;
  const found = lookup(region);
  return found && found.candidates.length > 0 ? { ...span, key: region, lookup: found } : span;
}
