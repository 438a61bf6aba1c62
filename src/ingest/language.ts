// An article's language: as its front matter or JSON states it (`lang`), else detected from its
// title and text. Detection reads the script first (Latin or Cyrillic letters), then, between the
// Cyrillic languages, the letters only one of them writes (Ukrainian і ї є ґ, Russian ы э ъ ё),
// then, for texts too short to show such a letter, each lexicon's frequent words. A Cyrillic text
// with no sign either way is read as Russian: і is among the commonest Ukrainian letters, so a
// Ukrainian text of any length almost always shows it (viina-dev: every Ukrainian report does).
// Written by hand: the language-identification packages on npm (franc and its kin) guess among
// hundreds of languages from letter trigrams and confuse Ukrainian and Russian headlines; the digest
// only ever tells three languages apart, which these signs do in microseconds.
import { en } from "../facts/lexicon/en.js";
import { LANGS, type Lang, type LanguageSigns } from "../facts/lexicon/index.js";
import { ruSigns } from "../facts/lexicon/ru.js";
import { ukSigns } from "../facts/lexicon/uk.js";

const SIGNS: LanguageSigns[] = [en, ukSigns, ruSigns];

/** The stated values `lang` may take: a language, or "uk|ru" (one of the two, not known which). */
export const STATED_LANGS = ["en", "uk", "ru", "uk|ru"] as const;

export interface ArticleLanguage {
  lang: Lang;
  /** "stated": as the article says; "detected": read from its text (among all, or among the stated "uk|ru"). */
  from: "stated" | "detected";
}

/** How many letters of each script (A-Z and a-z; U+0400-U+04FF): counted, not matched into arrays, on whole articles. */
function countScripts(text: string): { latin: number; cyrillic: number } {
  let latin = 0;
  let cyrillic = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if ((unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a)) latin++;
    else if (unit >= 0x400 && unit <= 0x4ff) cyrillic++;
  }
  return { latin, cyrillic };
}
const WORD = /[\p{L}'’ʼ]+/gu;

/** The language of a text among the given ones. */
export function detectLanguage(text: string, among: readonly Lang[] = LANGS): Lang {
  const candidates = SIGNS.filter((s) => among.includes(s.lang));
  if (candidates.length === 1) return candidates[0]!.lang;
  const { latin, cyrillic } = countScripts(text);
  // A text with no letters at all (a garbled headline of question marks) is read as the first language.
  const script = cyrillic > latin ? "cyrillic" : "latin";
  const inScript = candidates.filter((s) => s.script === script);
  const pool = inScript.length > 0 ? inScript : candidates;
  if (pool.length === 1) return pool[0]!.lang;

  const lower = text.toLowerCase();
  const scores = new Map<Lang, number>(pool.map((s) => [s.lang, 0]));
  for (const signs of pool) {
    if (!signs.letters) continue;
    let n = 0;
    for (const ch of lower) if (signs.letters.includes(ch)) n++;
    scores.set(signs.lang, n);
  }
  if ([...scores.values()].every((n) => n === 0)) {
    for (const word of lower.match(WORD) ?? []) {
      for (const signs of pool) if (signs.functionWords.has(word)) scores.set(signs.lang, scores.get(signs.lang)! + 1);
    }
  }
  let best: Lang | null = null;
  let bestScore = 0;
  let tie = false;
  for (const [lang, n] of scores) {
    if (n > bestScore) [best, bestScore, tie] = [lang, n, false];
    else if (n === bestScore && n > 0) tie = true;
  }
  if (best && !tie) return best;
  // No sign either way: see the note at the top (a Cyrillic text without і is Russian).
  return pool.some((s) => s.lang === "ru") ? "ru" : pool[0]!.lang;
}

/**
 * The article's language from its stated `lang` (a language tag such as "uk" or "uk-UA", or
 * "uk|ru") and its text; an error message when the stated value names a language the digest
 * does not read.
 */
export function articleLanguage(stated: string | null, title: string, text: string): ArticleLanguage | { error: string } {
  const content = `${title}\n${text}`;
  if (!stated) return { lang: detectLanguage(content), from: "detected" };
  const tag = stated.trim().toLowerCase();
  if (tag === "uk|ru" || tag === "ru|uk") return { lang: detectLanguage(content, ["uk", "ru"]), from: "detected" };
  const primary = tag.split(/[-_]/)[0]!;
  if ((LANGS as readonly string[]).includes(primary)) return { lang: primary as Lang, from: "stated" };
  // Quoted only when it has the shape of a language tag: a reason never repeats free text (the export publishes it).
  const shown = /^[A-Za-z0-9|-]{1,20}$/.test(stated) ? `lang "${stated}"` : "lang";
  return { error: `${shown} is not a language the digest reads (${STATED_LANGS.join(", ")})` };
}
