// Grammatical case forms of Ukrainian and Russian place names: "Харків" is written "у Харкові",
// "біля Харкова", "під Харковом"; "Киев" is "в Киеве". Search and extraction both need to get
// from such a form to the gazetteer's nominative, so this module has two directions:
//
//   caseForms("Харків", "uk")            -> ["Харків", "Харкова", "Харкову", "Харкові", "Харковом", ...]
//   nominativeCandidates("Харкові", "uk") -> ["Харків"]   (only nominatives whose forms include it)
//   splitPreposition("під Бахмутом")      -> { preposition: "під", rest: "Бахмутом" }
//
// The grammar is data: ENDING_CLASSES lists, per language, the nominative endings a noun can
// have and the endings of its other cases, ADJECTIVE_CLASSES the same for the adjectives in
// compound names ("Кривий Ріг", "Велика Новосілка"), STEM_CHANGES the vowel and consonant
// alternations (Харків -> Харкова, Горлівка -> Горлівці). A multi-word or hyphenated name is
// declined word by word and the words are put together case by case. Forms are generated
// generously (both -а and -у genitives, for instance): callers confirm them against real names,
// and a form that no one writes costs nothing but a key.
//
// Written by hand: no npm package declines Ukrainian place names, and the one that declines
// Russian city names (lvovich 2.1) gives three cases, no instrumental, and errs on Днепр,
// Кривой Рог, Запорожье and Сумы (measured; see the README). A stemmer brings forms to a stem
// but cannot produce them, and misses alternations (Київ -> "ки", Києві -> "києв").

export type Lang = "uk" | "ru";
export type GrammaticalCase = "nom" | "gen" | "dat" | "acc" | "ins" | "loc";

const OBLIQUE: GrammaticalCase[] = ["gen", "dat", "acc", "ins", "loc"];

/** One declension class: which nominatives it takes and the endings of its other cases. */
interface EndingClass {
  /** A name this class is written for (documentation, and a test reads it). */
  example: string;
  /** Matches the end of the lower-case nominative. */
  nominative: RegExp;
  /** The nominative's own ending, cut to get the stem ("а" for Одеса; "" when the stem is the whole word). */
  ending: string[];
  /** Endings per case; "=" is the nominative itself (an inanimate accusative). */
  endings: Partial<Record<GrammaticalCase, string[]>>;
  /** Stem alternations in the oblique cases (see STEM_CHANGES), by name. */
  stemChange?: keyof typeof STEM_CHANGES;
  /** Endings before which к, г, х become ц, з, с (Ukrainian: Горлівка -> Горлівці). */
  soften?: string[];
}

// Vowel alternations of the last syllable: a closed syllable's і (ї) is о or е (є) once an ending
// opens it (Харків -> Харкова, Київ -> Києва, Бориспіль -> Борисполя, Ірпінь -> Ірпеня, Ріг -> Рогу).
const STEM_CHANGES = {
  ukClosedI: [
    [/їв$/, "єв"],
    // After a hushing consonant the vowel is е: Бердичів -> Бердичева.
    [/чів$/, "чев"],
    [/шів$/, "шев"],
    [/жів$/, "жев"],
    [/ів$/, "ов"],
    [/іг$/, "ог"],
    [/іл$/, "ол"],
    [/ін$/, "ен"],
    [/із$/, "оз"],
  ] as [RegExp, string][],
  /** A fleeting е or о: Кам'янець -> Кам'янця, Городок -> Городка (Ukrainian and Russian). */
  fleeting: [
    [/ець$/, "ц"],
    [/ец$/, "ц"],
    [/ок$/, "к"],
  ] as [RegExp, string][],
};

const SOFTENED: Record<string, string> = { к: "ц", г: "з", х: "с" };

// Order matters: the first class whose nominative ending matches is used.
const ENDING_CLASSES: Record<Lang, EndingClass[]> = {
  uk: [
    { example: "Гуляйполе", nominative: /поле$/, ending: ["е"], endings: { gen: ["я"], dat: ["ю"], acc: ["="], ins: ["ем"], loc: ["і"] } },
    // Neuter -я after a doubled consonant or an apostrophe: Запоріжжя, Прикарпаття, Приазов'я.
    { example: "Запоріжжя", nominative: /(?:([бвгґджзклмнпрстфхцчшщ])\1|['’ʼ])я$/, ending: ["я"], endings: { gen: ["я"], dat: ["ю"], acc: ["="], ins: ["ям"], loc: ["і"] } },
    { example: "Олександрія", nominative: /ія$/, ending: ["я"], endings: { gen: ["ї"], dat: ["ї"], acc: ["ю"], ins: ["єю"], loc: ["ї"] } },
    { example: "Вінниця", nominative: /я$/, ending: ["я"], endings: { gen: ["і"], dat: ["і"], acc: ["ю"], ins: ["ею"], loc: ["і"] } },
    { example: "Буча", nominative: /[жчшщ]а$/, ending: ["а"], endings: { gen: ["і"], dat: ["і"], acc: ["у"], ins: ["ею"], loc: ["і"] } },
    { example: "Одеса", nominative: /а$/, ending: ["а"], endings: { gen: ["и"], dat: ["і"], acc: ["у"], ins: ["ою"], loc: ["і"] }, soften: ["і"] },
    { example: "Дніпро", nominative: /о$/, ending: ["о"], endings: { gen: ["а"], dat: ["у"], acc: ["="], ins: ["ом"], loc: ["і", "у"] }, soften: ["і"] },
    { example: "Суми", nominative: /и$/, ending: ["и"], endings: { gen: ["", "ів"], dat: ["ам"], acc: ["="], ins: ["ами"], loc: ["ах"] } },
    { example: "Чернівці", nominative: /і$/, ending: ["і"], endings: { gen: ["ів"], dat: ["ям", "ам"], acc: ["="], ins: ["ями", "ами"], loc: ["ях", "ах"] } },
    { example: "Кам'янець", nominative: /ець$/, ending: [""], endings: { gen: ["я"], dat: ["ю"], acc: ["="], ins: ["ем"], loc: ["і"] }, stemChange: "fleeting" },
    { example: "Маріуполь", nominative: /ь$/, ending: ["ь"], endings: { gen: ["я"], dat: ["ю"], acc: ["="], ins: ["ем"], loc: ["і"] }, stemChange: "ukClosedI" },
    { example: "Гай", nominative: /й$/, ending: ["й"], endings: { gen: ["я"], dat: ["ю"], acc: ["="], ins: ["єм"], loc: ["ї", "ю"] } },
    { example: "Луганськ", nominative: /[сц]ьк$/, ending: [""], endings: { gen: ["а"], dat: ["у"], acc: ["="], ins: ["ом"], loc: ["у"] } },
    { example: "Городок", nominative: /ок$/, ending: [""], endings: { gen: ["а", "у"], dat: ["у"], acc: ["="], ins: ["ом"], loc: ["у", "і"] }, stemChange: "fleeting", soften: ["і"] },
    // After к, г, х the locative is -у or, softened, -і: "у Кременчуку", "у Кременчуці", "у Кривому Розі".
    { example: "Кременчук", nominative: /[кгх]$/, ending: [""], endings: { gen: ["а", "у"], dat: ["у"], acc: ["="], ins: ["ом"], loc: ["у", "і"] }, stemChange: "ukClosedI", soften: ["і"] },
    { example: "Бахмач", nominative: /[жчшщ]$/, ending: [""], endings: { gen: ["а"], dat: ["у"], acc: ["="], ins: ["ем"], loc: ["і", "у"] } },
    // Names in -ів, -їв, -ин are old possessives, and their instrumental is still written like one's: "під Васильковим".
    { example: "Харків", nominative: /[бвгґдзклмнпрстфхц]$/, ending: [""], endings: { gen: ["а", "у"], dat: ["у"], acc: ["="], ins: ["ом", "им"], loc: ["і"] }, stemChange: "ukClosedI" },
  ],
  ru: [
    { example: "Запорожье", nominative: /ье$/, ending: ["е"], endings: { gen: ["я"], dat: ["ю"], acc: ["="], ins: ["ем"], loc: ["е"] } },
    { example: "Приморие", nominative: /ие$/, ending: ["е"], endings: { gen: ["я"], dat: ["ю"], acc: ["="], ins: ["ем"], loc: ["и"] } },
    { example: "Гуляйполе", nominative: /поле$/, ending: ["е"], endings: { gen: ["я"], dat: ["ю"], acc: ["="], ins: ["ем"], loc: ["е"] } },
    { example: "Иваново", nominative: /[ое]$/, ending: ["о", "е"], endings: { gen: ["а"], dat: ["у"], acc: ["="], ins: ["ом"], loc: ["е"] } },
    { example: "Александрия", nominative: /ия$/, ending: ["я"], endings: { gen: ["и"], dat: ["и"], acc: ["ю"], ins: ["ей", "ею"], loc: ["и"] } },
    { example: "Коломыя", nominative: /я$/, ending: ["я"], endings: { gen: ["и"], dat: ["е"], acc: ["ю"], ins: ["ей", "ею"], loc: ["е"] } },
    { example: "Горловка", nominative: /[гкх]а$/, ending: ["а"], endings: { gen: ["и"], dat: ["е"], acc: ["у"], ins: ["ой", "ою"], loc: ["е"] } },
    { example: "Буча", nominative: /[жшчщ]а$/, ending: ["а"], endings: { gen: ["и"], dat: ["е"], acc: ["у"], ins: ["ей", "ой"], loc: ["е"] } },
    { example: "Винница", nominative: /ца$/, ending: ["а"], endings: { gen: ["ы"], dat: ["е"], acc: ["у"], ins: ["ей", "ой"], loc: ["е"] } },
    { example: "Одесса", nominative: /а$/, ending: ["а"], endings: { gen: ["ы"], dat: ["е"], acc: ["у"], ins: ["ой", "ою"], loc: ["е"] } },
    { example: "Керчь", nominative: /[жшчщ]ь$/, ending: ["ь"], endings: { gen: ["и"], dat: ["и"], acc: ["="], ins: ["ью"], loc: ["и"] } },
    { example: "Мариуполь", nominative: /поль$/, ending: ["ь"], endings: { gen: ["я"], dat: ["ю"], acc: ["="], ins: ["ем"], loc: ["е"] } },
    // Other soft nouns may be masculine (Путивль) or feminine (Тверь, Казань): both sets of endings.
    { example: "Путивль", nominative: /ь$/, ending: ["ь"], endings: { gen: ["я", "и"], dat: ["ю", "и"], acc: ["="], ins: ["ем", "ью"], loc: ["е", "и"] } },
    { example: "Гай", nominative: /й$/, ending: ["й"], endings: { gen: ["я"], dat: ["ю"], acc: ["="], ins: ["ем"], loc: ["е"] } },
    { example: "Сумы", nominative: /ы$/, ending: ["ы"], endings: { gen: ["", "ов"], dat: ["ам"], acc: ["="], ins: ["ами"], loc: ["ах"] } },
    { example: "Черновцы", nominative: /и$/, ending: ["и"], endings: { gen: ["", "ей", "ов"], dat: ["ам", "ям"], acc: ["="], ins: ["ами", "ями"], loc: ["ах", "ях"] } },
    { example: "Елец", nominative: /(?:ец|ок)$/, ending: [""], endings: { gen: ["а"], dat: ["у"], acc: ["="], ins: ["ом", "ем"], loc: ["е"] }, stemChange: "fleeting" },
    { example: "Бахмач", nominative: /[жшчщц]$/, ending: [""], endings: { gen: ["а"], dat: ["у"], acc: ["="], ins: ["ом", "ем"], loc: ["е"] } },
    { example: "Харьков", nominative: /[бвгдзклмнпрстфх]$/, ending: [""], endings: { gen: ["а", "у"], dat: ["у"], acc: ["="], ins: ["ом"], loc: ["е", "у"] } },
  ],
};

/** Adjectives in compound names ("Кривий Ріг", "Велика Новосілка", "Кам'янець-Подільський"). */
const ADJECTIVE_CLASSES: Record<Lang, EndingClass[]> = {
  uk: [
    { example: "Кривий", nominative: /ий$/, ending: ["ий"], endings: { gen: ["ого"], dat: ["ому"], acc: ["="], ins: ["им"], loc: ["ому", "ім"] } },
    { example: "Синій", nominative: /ій$/, ending: ["ій"], endings: { gen: ["ього"], dat: ["ьому"], acc: ["="], ins: ["ім"], loc: ["ьому", "ім"] } },
    { example: "Велика", nominative: /а$/, ending: ["а"], endings: { gen: ["ої"], dat: ["ій"], acc: ["у"], ins: ["ою"], loc: ["ій"] } },
    { example: "Синя", nominative: /я$/, ending: ["я"], endings: { gen: ["ьої"], dat: ["ій"], acc: ["ю"], ins: ["ьою"], loc: ["ій"] } },
    { example: "Пісочне", nominative: /е$/, ending: ["е"], endings: { gen: ["ого"], dat: ["ому"], acc: ["="], ins: ["им"], loc: ["ому", "ім"] } },
    { example: "Великі", nominative: /і$/, ending: ["і"], endings: { gen: ["их"], dat: ["им"], acc: ["="], ins: ["ими"], loc: ["их"] } },
  ],
  ru: [
    // After к, г, х (and ж, ш, ч, щ) Russian writes и for ы: "Торское" -> "Торским", "Широкой" -> "Широким".
    { example: "Кривой", nominative: /(?:ый|ой)$/, ending: ["ый", "ой"], endings: { gen: ["ого"], dat: ["ому"], acc: ["="], ins: ["ым", "им"], loc: ["ом"] } },
    // -ий is hard after к, г, х (Великий: Великого) and soft after н (Синий: Синего).
    { example: "Великий", nominative: /ий$/, ending: ["ий"], endings: { gen: ["ого", "его"], dat: ["ому", "ему"], acc: ["="], ins: ["им"], loc: ["ом", "ем"] } },
    { example: "Великая", nominative: /ая$/, ending: ["ая"], endings: { gen: ["ой"], dat: ["ой"], acc: ["ую"], ins: ["ой", "ою"], loc: ["ой"] } },
    { example: "Синяя", nominative: /яя$/, ending: ["яя"], endings: { gen: ["ей"], dat: ["ей"], acc: ["юю"], ins: ["ей", "ею"], loc: ["ей"] } },
    { example: "Мирное", nominative: /ое$/, ending: ["ое"], endings: { gen: ["ого"], dat: ["ому"], acc: ["="], ins: ["ым", "им"], loc: ["ом"] } },
    { example: "Синее", nominative: /ее$/, ending: ["ее"], endings: { gen: ["его"], dat: ["ему"], acc: ["="], ins: ["им"], loc: ["ем"] } },
    { example: "Великие", nominative: /(?:ые|ие)$/, ending: ["ые", "ие"], endings: { gen: ["ых", "их"], dat: ["ым", "им"], acc: ["="], ins: ["ыми", "ими"], loc: ["ых", "их"] } },
  ],
};

/** Words that, inside a name, are adjectives whatever their position (Кам'янець-Подільський). */
const ALWAYS_ADJECTIVE: Record<Lang, RegExp> = { uk: /(?:ий|ій)$/, ru: /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$/ };
/** Before the last word of a name, a word with these endings is an adjective agreeing with it (Велика Новосілка). */
const LEADING_ADJECTIVE: Record<Lang, RegExp> = { uk: /[аяеі]$/, ru: /(?:ая|яя|ое|ее|ые|ие)$/ };
/** A single-word name with these endings declines as an adjective (Пісочне, Ясиноватая, Мирное). */
const ADJECTIVE_NAME: Record<Lang, (lower: string) => boolean> = {
  uk: (lower) => /(?:ий|ій|е)$/.test(lower) && !/поле$/.test(lower),
  ru: (lower) => /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$/.test(lower),
};
/**
 * Single-word feminine names that may be nouns (Полтава, Балта) or adjectives (Лозова: "у Лозовій",
 * Кремінна: "Кремінної", Ясинувата): both readings are generated.
 */
const MAYBE_ADJECTIVE: Record<Lang, RegExp | null> = { uk: /(?:ов|ев|єв|ськ|цьк|зьк|нн|ат|ин|їн)а$/, ru: null };
/** After these words the rest of a name stays as it is (Ростов-на-Дону, Новгород-Сіверський stays declined). */
const FIXED_AFTER = new Set(["на", "над", "під", "под", "при"]);

/**
 * Prepositions that put a place name in an oblique case ("у Харкові", "під Бахмутом", "в районе
 * Донецка"). Longest first, so "в районі" is taken before "в".
 */
export const PREPOSITIONS: Record<Lang, string[]> = {
  uk: ["в районі", "у районі", "неподалік від", "неподалік", "поблизу", "поруч із", "поруч з", "навколо", "довкола", "біля", "під", "над", "через", "від", "до", "із", "зі", "на", "по", "за", "у", "в", "з"],
  ru: ["в районе", "неподалеку от", "недалеко от", "вблизи", "возле", "около", "рядом с", "вокруг", "близ", "под", "над", "через", "от", "до", "из", "на", "по", "за", "во", "ко", "к", "в", "у", "с"],
};

const ALL_PREPOSITIONS = [...new Set([...PREPOSITIONS.uk, ...PREPOSITIONS.ru])].sort((a, b) => b.length - a.length);

/** The preposition a phrase starts with, and the rest ("у Луганську" -> "у", "Луганську"). */
export function splitPreposition(phrase: string): { preposition: string | null; rest: string } {
  const text = phrase.trim().replace(/\s+/g, " ");
  const lower = text.toLowerCase();
  for (const preposition of ALL_PREPOSITIONS) {
    if (lower.startsWith(`${preposition} `) && lower.length > preposition.length + 1) return { preposition, rest: text.slice(preposition.length + 1) };
  }
  return { preposition: null, rest: text };
}

/** The language a Cyrillic spelling is written in, when its letters say so; null when both could be. */
export function cyrillicLanguage(name: string): Lang | null {
  if (/[іїєґ]/i.test(name) || /[сц]ьк/i.test(name)) return "uk";
  if (/[ыэъё]/i.test(name)) return "ru";
  return null;
}

/** Each case's forms of one word, by the first class that takes it. */
function declineWord(word: string, classes: EndingClass[]): Map<GrammaticalCase, string[]> {
  const lower = word.toLowerCase();
  const forms = new Map<GrammaticalCase, string[]>([["nom", [word]]]);
  const declension = classes.find((c) => c.nominative.test(lower));
  if (!declension) {
    for (const grammaticalCase of OBLIQUE) forms.set(grammaticalCase, [word]);
    return forms;
  }
  const upper = word.length > 1 && word === word.toUpperCase();
  const cut = declension.ending.filter((e) => lower.endsWith(e)).sort((a, b) => b.length - a.length)[0] ?? "";
  let stem = word.slice(0, word.length - cut.length);
  if (declension.stemChange) {
    for (const [pattern, replacement] of STEM_CHANGES[declension.stemChange]) {
      if (pattern.test(stem.toLowerCase())) {
        const at = stem.toLowerCase().search(pattern);
        stem = stem.slice(0, at) + matchCase(replacement, stem.slice(at), upper);
        break;
      }
    }
  }
  for (const grammaticalCase of OBLIQUE) {
    const list: string[] = [];
    for (const ending of declension.endings[grammaticalCase] ?? []) {
      if (ending === "=") {
        list.push(word);
        continue;
      }
      let base = stem;
      const last = base.slice(-1).toLowerCase();
      if (declension.soften?.includes(ending) && SOFTENED[last]) base = base.slice(0, -1) + matchCase(SOFTENED[last]!, base.slice(-1), upper);
      list.push(base + (upper ? ending.toUpperCase() : ending));
      // The unsoftened form is written too in Ukrainian masculine names ("у Кременчуку" beside "Кременчуці").
    }
    forms.set(grammaticalCase, [...new Set(list)]);
  }
  return forms;
}

function matchCase(replacement: string, original: string, upper: boolean): string {
  if (upper) return replacement.toUpperCase();
  return original[0] && original[0] !== original[0].toLowerCase() ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

interface NamePart {
  text: string;
  /** The separator after this part (" ", "-", or "" for the last). */
  after: string;
}

function splitName(name: string): NamePart[] {
  const parts: NamePart[] = [];
  const re = /([^\s-]+)([\s-]*)/g;
  for (let m = re.exec(name.trim()); m; m = re.exec(name.trim())) parts.push({ text: m[1]!, after: m[2] ? (m[2].includes("-") ? "-" : " ") : "" });
  return parts;
}

/** Every case's forms of a name, word by word, put together case by case. */
function declineName(nominative: string, lang: Lang): Map<GrammaticalCase, string[]> {
  const parts = splitName(nominative);
  if (parts.length === 0) return new Map();
  let fixedFrom = parts.length;
  parts.forEach((part, i) => {
    if (i > 0 && FIXED_AFTER.has(part.text.toLowerCase()) && fixedFrom === parts.length) fixedFrom = i;
  });
  const declinable = parts.slice(0, fixedFrom);
  const words = declinable.map((part, i) => {
    const lower = part.text.toLowerCase();
    const lastWord = i === declinable.length - 1;
    const single = declinable.length === 1;
    const adjective = single ? ADJECTIVE_NAME[lang](lower) : ALWAYS_ADJECTIVE[lang].test(lower) || (!lastWord && LEADING_ADJECTIVE[lang].test(lower));
    const forms = declineWord(part.text, adjective ? ADJECTIVE_CLASSES[lang] : ENDING_CLASSES[lang]);
    if (single && !adjective && MAYBE_ADJECTIVE[lang]?.test(lower)) {
      for (const [grammaticalCase, list] of declineWord(part.text, ADJECTIVE_CLASSES[lang])) forms.set(grammaticalCase, [...new Set([...(forms.get(grammaticalCase) ?? []), ...list])]);
    }
    return forms;
  });
  const fixedTail = parts
    .slice(fixedFrom)
    .map((p) => p.text + p.after)
    .join("");
  const joinerBefore = fixedFrom > 0 ? parts[fixedFrom - 1]!.after : "";
  const result = new Map<GrammaticalCase, string[]>();
  for (const grammaticalCase of ["nom", ...OBLIQUE] as GrammaticalCase[]) {
    let combos = [""];
    words.forEach((forms, i) => {
      const separator = i < words.length - 1 ? declinable[i]!.after : "";
      combos = combos.flatMap((prefix) => (forms.get(grammaticalCase) ?? []).map((form) => prefix + form + separator));
    });
    result.set(grammaticalCase, [...new Set(combos.map((c) => (fixedTail ? c + joinerBefore + fixedTail : c).trim()))]);
  }
  return result;
}

/**
 * Every form of a place name in the given language: the nominative first, then the genitive,
 * dative, accusative, instrumental and locative forms (each written once). "Харків" (uk) gives
 * Харків, Харкова, Харкову, Харковом, Харкові, Харкову...; "Кривий Ріг" gives "Кривого Рогу",
 * "Кривому Розі"...
 */
export function caseForms(nominative: string, lang: Lang): string[] {
  const byCase = declineName(nominative, lang);
  return [...new Set([...byCase.values()].flat())];
}

/** The forms of one case ("loc" for "у Харкові"). */
export function caseForm(nominative: string, lang: Lang, grammaticalCase: GrammaticalCase): string[] {
  return declineName(nominative, lang).get(grammaticalCase) ?? [];
}

/**
 * Nominatives that may stand behind an inflected form, by undoing each class's endings (and its
 * stem alternations): "Харкові" -> [..., "Харків", "Харков", ...]. The list over-generates on
 * purpose (it is cheap, a few microseconds): keep the candidates a gazetteer knows and confirm
 * each with `isCaseFormOf`, so "Харкові" is read as Харків only because Харків is a real name
 * whose locative it is.
 */
export function nominativeCandidates(form: string, lang: Lang): string[] {
  const parts = splitName(form);
  if (parts.length === 0) return [];
  // Each word's possible nominatives (words after an inner preposition stay), then every combination.
  const options = parts.map((part, i) => (i > 0 && FIXED_AFTER.has(parts[i - 1]!.text.toLowerCase()) ? [part.text] : wordNominatives(part.text, lang)));
  let combos = [""];
  options.forEach((list, i) => {
    const separator = parts[i]!.after;
    combos = combos.flatMap((prefix) => list.map((word) => prefix + word + separator));
  });
  return [...new Set(combos.map((c) => c.trim()))];
}

/** Whether `form` is one of the case forms of `nominative` (case-insensitive). */
export function isCaseFormOf(form: string, nominative: string, lang: Lang): boolean {
  const wanted = form.trim().replace(/\s+/g, " ").toLowerCase();
  return caseForms(nominative, lang).some((f) => f.toLowerCase() === wanted);
}

function wordNominatives(word: string, lang: Lang): string[] {
  const lower = word.toLowerCase();
  const out = new Set<string>([word]);
  for (const declension of [...ENDING_CLASSES[lang], ...ADJECTIVE_CLASSES[lang]]) {
    for (const grammaticalCase of OBLIQUE) {
      for (const ending of declension.endings[grammaticalCase] ?? []) {
        if (ending === "=" || !lower.endsWith(ending)) continue;
        const stem = word.slice(0, word.length - ending.length);
        const stems = new Set([stem]);
        // Undo softening (Горлівці -> Горлівк-) and alternations (Харков- -> Харків-).
        for (const [hard, soft] of Object.entries(SOFTENED)) if (stem.toLowerCase().endsWith(soft)) stems.add(stem.slice(0, -1) + hard);
        if (declension.stemChange) {
          for (const s of [...stems]) {
            for (const [pattern, replacement] of STEM_CHANGES[declension.stemChange]) {
              if (s.toLowerCase().endsWith(replacement)) stems.add(s.slice(0, s.length - replacement.length) + pattern.source.replace(/\$$/, ""));
            }
          }
        }
        for (const s of stems) for (const nominativeEnding of declension.ending) out.add(s + nominativeEnding);
      }
    }
  }
  return [...out];
}

/** The classes' examples, for tests and documentation: each declines by the class written for it. */
export function declensionExamples(): { lang: Lang; example: string; adjective: boolean }[] {
  return (["uk", "ru"] as Lang[]).flatMap((lang) => [
    ...ENDING_CLASSES[lang].map((c) => ({ lang, example: c.example, adjective: false })),
    ...ADJECTIVE_CLASSES[lang].map((c) => ({ lang, example: c.example, adjective: true })),
  ]);
}
