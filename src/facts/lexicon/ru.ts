// The Russian lexicon: the words the Russian fact grammars match against, by role (see index.ts
// for the roles every language fills).
import type { LanguageSigns } from "./index.js";
import { words } from "./words.js";

/** Letters and short words that tell Russian from Ukrainian and English. */
export const ruSigns: LanguageSigns = {
  lang: "ru",
  script: "cyrillic",
  letters: "ыэъё",
  // Frequent words spelled without a telling letter (ы, э, ъ, ё), so short texts still show them;
  // none of them is a Ukrainian word.
  functionWords: words(`и что как но или ли еще чтобы где когда который которая которые после также около между из от со во ко он она
    они его ее их был будет может могут нет против более менее почти как минимум погибли погиб погибла погибло
    ранен ранено ранения человек человека удара обстрел обстрела ракетой дронов беспилотник беспилотника враг
    разрушено повреждено уничтожено`),
};
