// The lexicons of the languages the Slavic grammar reads.
import type { Lang, SlavicLexicon } from "../lexicon/index.js";
import { ru } from "../lexicon/ru.js";
import { uk } from "../lexicon/uk.js";

export type SlavicLang = Exclude<Lang, "en">;
export const SLAVIC: Record<SlavicLang, SlavicLexicon> = { uk, ru };

export function isSlavic(lang: Lang): lang is SlavicLang {
  return lang in SLAVIC;
}
