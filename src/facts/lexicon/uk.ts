// The Ukrainian lexicon: the words the Ukrainian fact grammars match against, by role (see index.ts
// for the roles every language fills).
import type { LanguageSigns } from "./index.js";
import { words } from "./words.js";

/** Letters and short words that tell Ukrainian from Russian and English. */
export const ukSigns: LanguageSigns = {
  lang: "uk",
  script: "cyrillic",
  letters: "іїєґ",
  // Frequent words spelled without a telling letter (і, ї, є, ґ), so short texts still show them;
  // none of them is a Russian word.
  functionWords: words(`та що як але або чи ще щоб вже коли де цей ця це його яка який які було була були буде можуть може мають після
    також внаслідок біля поблизу проти понад близько майже щонайменше загинули загинула загинув загинуло поранені
    поранено поранень людини осіб вибухи вибух удару ракетний ракетним ракетою ворог ворожий окупанти окупантів
    зруйновано пошкоджено знищено`),
};
