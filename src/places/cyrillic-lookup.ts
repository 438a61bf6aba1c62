// Place names in Ukrainian and Russian text are inflected: "у Луганську", "в Луганске", "Харкова",
// "під Бахмутом", "Донецької області". The gazetteer files nominatives; this lookup takes a folded
// key it does not know, undoes the case endings (case-forms.ts), and keeps a nominative the
// gazetteer knows only when the key really is one of that name's case forms (so "Харкові" is
// Харків, and a word that merely ends like a case form finds nothing). Region names that are not
// an adjective plus "область" ("на Донеччині", "Харківщина") come from each language's lexicon;
// "на Запоріжжі" is the oblast where "у Запоріжжі" is the city.
import { SLAVIC, type SlavicLang } from "../facts/slavic/lexicons.js";
import { caseForm, caseForms, isCaseFormOf, nominativeCandidates, type GrammaticalCase } from "./case-forms.js";
import { foldName } from "./fold.js";
import type { Lookup } from "./gazetteer/gazetteer.js";
import { NameKind } from "./gazetteer/tables.js";
import { gazetteerRomanisations } from "./romanise.js";
import { type LookupFn, respelledSpan, type Span } from "./spans.js";
import { mapPacked } from "../text/packed.js";

const CYRILLIC = /[\u0400-\u04FF]/;
/** More words than this are not declined (each word's endings multiply). */
const MAX_WORDS = 2;
/** At most this many candidate nominatives are looked up for one key. */
const MAX_CANDIDATES = 150;
const LANGS: SlavicLang[] = ["uk", "ru"];
/** Adjectives of countries and peoples, from every language's lexicon ("українськ", "российск"). */
const NOT_PLACE_ADJECTIVES = LANGS.flatMap((lang) => SLAVIC[lang].notPlaceAdjectives.map(foldName));
/** Words of the lexicons: incident types, casualty words, frequent words (stems: "*" any letters, "'" an optional apostrophe). */
const COMMON_STEMS = LANGS.flatMap((lang) => {
  const lexicon = SLAVIC[lang];
  const stems = [...lexicon.types.flatMap((t) => t.cues), ...lexicon.casualty.killed, ...lexicon.casualty.injured, ...lexicon.casualty.people, ...lexicon.functionWords];
  return stems.filter((s) => !s.includes(" "));
});
const commonWordPattern = (letter: string) => `^(?:${COMMON_STEMS.map((s) => s.replace(/\*/g, `${letter}*`).replace(/'/g, "['’ʼ]?")).join("|")})$`;
// The pattern as written (case-insensitive, \p{L} some 140 times) takes V8 most of a second to
// compile, in every thread that reads text, English builds included. A folded key (fold.ts) has
// only ASCII and Cyrillic characters and no capital, and the stems have none either: on such a key
// the pattern without case folding, its \p{L} narrowed to the letters of those two blocks, gives
// the same answer, and compiles in a hundredth of the time. Any other key takes the full pattern.
const FOLDED_KEY = /^[\x00-\x7f\u0400-\u052f]*$/;
const CAPITAL = /\p{Lu}/u;
const foldedLetters = (() => {
  const ranges: [number, number][] = [];
  for (const [from, to] of [[0x00, 0x7f], [0x400, 0x52f]] as const) {
    for (let code = from; code <= to; code++) {
      if (!/\p{L}/u.test(String.fromCharCode(code))) continue;
      const last = ranges.at(-1);
      if (last && last[1] === code - 1) last[1] = code;
      else ranges.push([code, code]);
    }
  }
  const hex = (code: number) => `\\u${code.toString(16).padStart(4, "0")}`;
  return `[${ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join("")}]`;
})();
const stemsInLowerCase = !CAPITAL.test(COMMON_STEMS.join(""));
const COMMON_FOLDED_WORD = new RegExp(commonWordPattern(foldedLetters), "u");
let commonAnyWord: RegExp | null = null;
function isCommonWord(key: string): boolean {
  if (stemsInLowerCase && FOLDED_KEY.test(key) && !CAPITAL.test(key)) return COMMON_FOLDED_WORD.test(key);
  return (commonAnyWord ??= new RegExp(commonWordPattern(String.raw`\p{L}`), "iu")).test(key);
}

// "область" is a feminine noun in -ь (області, областю): each case of the adjective with its own.
const OBLAST: Record<SlavicLang, Record<GrammaticalCase, string>> = {
  uk: { nom: "область", gen: "області", dat: "області", acc: "область", ins: "областю", loc: "області" },
  ru: { nom: "область", gen: "области", dat: "области", acc: "область", ins: "областью", loc: "области" },
};

/**
 * "Луганська область" in every case: "Луганської області", "Луганській області", "Луганською
 * областю"; and with the region's administration for "область": "Луганської ОВА".
 */
function oblastForms(name: string, lang: SlavicLang): string[] {
  const match = /^(.+)\s+область$/u.exec(name);
  if (!match) return [];
  return (Object.keys(OBLAST[lang]) as GrammaticalCase[]).flatMap((grammaticalCase) =>
    caseForm(match[1]!, lang, grammaticalCase).flatMap((adjective) => [OBLAST[lang][grammaticalCase], ...SLAVIC[lang].regionAdministrations].map((noun) => `${adjective} ${noun}`)),
  );
}

/** Every case form of each lexicon's region names, folded, with the nominative region name it means. */
function regionNameForms(table: (lang: SlavicLang) => Record<string, string>): Map<string, string> {
  const forms = new Map<string, string>();
  for (const lang of LANGS) {
    for (const [name, region] of Object.entries(table(lang))) {
      for (const form of [...caseForms(name, lang), ...oblastForms(name, lang)]) forms.set(foldName(form), foldName(region));
      // "Івано-Франківська область": the part before the hyphen stays as it is ("Івано-Франківській області").
      const hyphen = name.lastIndexOf("-");
      const tail = name.slice(hyphen + 1);
      if (hyphen > 0) for (const form of [...caseForms(tail, lang), ...oblastForms(tail, lang)]) forms.set(foldName(`${name.slice(0, hyphen + 1)}${form}`), foldName(region));
    }
  }
  return forms;
}
const REGION_NAMES = regionNameForms((lang) => SLAVIC[lang].regionNames);
const REGION_AFTER_NA = regionNameForms((lang) => SLAVIC[lang].regionAfterNa);

/** Where GeoNames lacks a name's Cyrillic spellings, a Cyrillic word this short is not looked up by its romanisation. */
const MIN_ROMANISED_LETTERS = 5;

/** Which rows a reading may come from: a place adjective's towns, and the rows a romanised spelling may find. */
export interface CaseFormRows {
  /** A town a place adjective may name (not a country: "Російські" is no place). */
  isTown(row: number): boolean;
  /**
   * A settlement whose Cyrillic spellings GeoNames may file only in part (Ukraine's villages often
   * have their Ukrainian name alone, and their Russian one only romanised: "Spornoye").
   */
  isRomanisable(row: number): boolean;
}

const NO_ROWS: CaseFormRows = { isTown: () => false, isRomanisable: () => false };

/**
 * The lookup, extended to the case forms of Cyrillic names (the place index remembers what each
 * key found: places/index.ts), and, for a word no Cyrillic spelling matches, to its nominatives'
 * romanisations ("Спорного": Спорное, "Spornoye", the Russian name of Спірне).
 */
export function withCaseForms(lookup: LookupFn, rows: CaseFormRows = NO_ROWS): LookupFn {
  return (key) => {
    if (!CYRILLIC.test(key)) return lookup(key);
    // A region's own names come first: "Крим" is the peninsula before any village of that name.
    const region = REGION_NAMES.get(key);
    if (region) return lookup(region);
    // A nominative and a case form of another name may be spelled alike ("Львове" is a village,
    // and Львов's locative): every reading is kept, and the scanner chooses as among namesakes.
    const direct = lookup(key);
    const cyrillicReadings = union(direct && direct.candidates.length > 0 ? direct : null, declinedLookup(key, lookup), adjectiveLookup(key, lookup, rows));
    // Read through the romanisations too when the Cyrillic spellings find neither a settlement of
    // those rows nor a town elsewhere ("Спорного" finds a hamlet in Magadan by its Russian name,
    // and Спірне by "Spornoye"; "Карачеве" is the Russian town, not a Ukrainian village).
    const romanised = cyrillicReadings?.candidates.some((c) => rows.isRomanisable(c.row) || rows.isTown(c.row)) ? null : romanisedLookup(key, lookup, rows.isRomanisable);
    const found = union(cyrillicReadings, romanised) ?? direct;
    // A word of the lexicons ("Пожежу", "Удар") names a village only with a cue, as English common words do.
    return found && !key.includes(" ") && isCommonWord(key) ? { candidates: found.candidates, commonWord: true } : found;
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
  return union(...found);
}

/**
 * A word that no Cyrillic spelling of the gazetteer matches, read through its nominatives'
 * romanisations: GeoNames files most of Ukraine's villages under their Ukrainian name only, with
 * the Russian one romanised ("Урожайне" and "Urozhaynoye", not "Урожайное"), and renamed towns
 * under their new name in one alphabet only ("Kadiivka", not "Кадіївка"). Only settlements of
 * those rows are kept: a romanised word matches many a Latin name elsewhere.
 */
function romanisedLookup(key: string, lookup: LookupFn, isRomanisable: (row: number) => boolean): Lookup | null {
  if (key.replace(/\s/g, "").length < MIN_ROMANISED_LETTERS || key.split(" ").length > MAX_WORDS || NOT_PLACE_ADJECTIVES.some((stem) => key.startsWith(stem))) return null;
  const nominatives = new Set<string>([key]);
  for (const lang of LANGS) {
    let tried = 0;
    for (const candidate of nominativeCandidates(key, lang)) {
      if (candidate === key) continue;
      if (++tried > MAX_CANDIDATES) break;
      if (isFormOf(key, candidate, lang)) nominatives.add(candidate);
    }
  }
  const found: Lookup[] = [];
  for (const nominative of nominatives) {
    for (const latin of new Set(gazetteerRomanisations(nominative).map(foldName))) {
      const named = lookup(latin);
      const candidates = named?.candidates.filter((c) => isRomanisable(c.row)) ?? [];
      // Found only so, a word may be a common noun ("Аэродром" is also a village, Aerodrom): like
      // a common word, it names a place only with a cue the scanner weighs (scan/resolve.ts).
      if (named && candidates.length > 0) found.push({ candidates: mapPacked(candidates, (c) => ({ row: c.row, kind: NameKind.Derived, adjective: c.adjective })), commonWord: true });
    }
  }
  return union(...found);
}

/** One lookup holding every reading of the ones given ("Одесского": Odesskoye, or Odesa's adjective). */
function union(...lookups: (Lookup | null)[]): Lookup | null {
  const found = lookups.filter((l): l is Lookup => l !== null);
  if (found.length <= 1) return found[0] ?? null;
  const rows = new Set<number>();
  const candidates = found.flatMap((f) => f.candidates).filter((c) => !rows.has(c.row) && rows.add(c.row));
  return { candidates, commonWord: found.every((f) => f.commonWord) };
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
  return found && found.candidates.length > 0 ? respelledSpan(span, region, found) : span;
}

// Place adjectives: "Кременчуцький НПЗ" is the refinery of Kremenchuk, "Бердянському аеродромі" the
// airfield of Berdiansk, "Одесского НПЗ" the refinery of Odesa. The adjective's nominative (from the
// case forms) loses its suffix, and the noun it comes from is one of a few shapes of the stem.
const ADJECTIVE_SUFFIX = /(?:ськ|цьк|зьк|ск|цк|зк)(?:ий|ій|ый|ой|а|е|і|ая|ое|ие|ые)$/;
const ADJECTIVE_WORD = /(?:ськ|цьк|зьк|ск|цк|зк)\p{L}{1,4}$/u;

/**
 * The towns' names an adjective may come from: "Кременчуцький" Кременчук, "Горлівський"
 * Горлівка, "Новоселковский" Новоселка, "Кременской" Кременная. Over-generated: the gazetteer
 * says which exist.
 */
function adjectiveNouns(key: string): Set<string> {
  const nominatives = new Set<string>();
  const nouns = new Set<string>();
  for (const lang of LANGS) for (const candidate of nominativeCandidates(key, lang)) if (ADJECTIVE_SUFFIX.test(candidate)) nominatives.add(candidate);
  for (const adjective of nominatives) {
    const [suffix] = ADJECTIVE_SUFFIX.exec(adjective)!;
    const stem = adjective.slice(0, adjective.length - suffix.length);
    const soft = suffix.startsWith("ц") ? "ц" : suffix.startsWith("з") ? "з" : "с";
    // Луганськ, Херсон, Одеса/Одесса, Суми, Кременчук (ц -> к), Харків, Запоріжжя (з -> жж).
    const bases = [stem, `${stem}${soft}ьк`, `${stem}${soft}к`, ...(soft === "ц" ? [`${stem}к`, `${stem}ць`] : []), ...(soft === "з" ? [`${stem}жжя`, `${stem}жье`, `${stem}г`] : [])];
    // A town in -ка keeps its -ов-, -ев-, -ів- ("Авдеевский", "Горлівський": Авдеевка, Горлівка),
    // or, after к, loses it ("Новоселковский", "Новосілківський": Новоселка, Новосілка).
    if (/(?:ов|ев|ів|їв)$/.test(stem)) bases.push(`${stem}к`);
    if (/к(?:ов|ев|ів)$/.test(stem)) bases.push(stem.slice(0, stem.length - 2));
    for (const base of bases) {
      // Кремінна, Кременная: -на, -нна, -ная.
      for (const noun of [base, `${base}а`, `${base}и`, `${base}ы`, `${base}е`, `${base}я`, `${base}ь`, `${base}са`, `${base}на`, `${base}нна`, `${base}ная`]) nouns.add(noun);
    }
  }
  return nouns;
}

// The first word of a two-word name in a compound adjective ("Великоновоселківський" is Велика
// Новосілка's, "Нижньосірогозький" Нижні Сірогози's): its forms in either language and gender.
const COMPOUND_FIRST_WORDS: [RegExp, string[]][] = [
  [/^велико/, ["велика", "великий", "велике", "великі", "великая", "великое", "великие"]],
  [/^мало/, ["мала", "малий", "мале", "малі", "малая", "малый", "малое", "малые"]],
  [/^старо/, ["стара", "старий", "старе", "старі", "старая", "старый", "старое", "старые"]],
  [/^верхнь?о/, ["верхня", "верхній", "верхнє", "верхні", "верхняя", "верхний", "верхнее", "верхние"]],
  [/^нижнь?о/, ["нижня", "нижній", "нижнє", "нижні", "нижняя", "нижний", "нижнее", "нижние"]],
];
/** The second word of a compound adjective is at least this long ("Великоновоселковском"). */
const MIN_COMPOUND_REST = 5;

function adjectiveLookup(key: string, lookup: LookupFn, { isTown, isRomanisable }: CaseFormRows): Lookup | null {
  if (key.includes(" ") || !ADJECTIVE_WORD.test(key) || NOT_PLACE_ADJECTIVES.some((stem) => key.startsWith(stem))) return null;
  const readings: Lookup[] = [];
  // Every town the adjective may come from: "Покровський" is Покров's and Покровськ's, and the
  // scanner chooses between them as between namesakes.
  const towns = (found: Lookup | null, rowIsTown: (row: number) => boolean) => {
    const kept = found?.candidates.filter((c) => rowIsTown(c.row)) ?? [];
    if (found && kept.length > 0) readings.push({ candidates: mapPacked(kept, (c) => ({ row: c.row, kind: c.kind, adjective: true })), commonWord: found.commonWord });
  };
  for (const noun of adjectiveNouns(key)) towns(lookup(foldName(noun)), isTown);
  for (const [prefix, firstWords] of COMPOUND_FIRST_WORDS) {
    const rest = key.replace(prefix, "");
    if (rest === key || rest.length < MIN_COMPOUND_REST) continue;
    for (const noun of adjectiveNouns(rest)) {
      for (const first of firstWords) {
        const name = `${first} ${noun}`;
        towns(lookup(foldName(name)), isTown);
        // The Russian name of a Ukrainian town is often filed romanised only ("Velikaya Novoselka").
        for (const latin of gazetteerRomanisations(name)) towns(lookup(foldName(latin)), (row) => isTown(row) && isRomanisable(row));
      }
    }
  }
  return union(...readings);
}
