// Weapons and means a Ukrainian or Russian sentence names, labelled in the site's words
// ("ракетний удар" -> missile, «Шахед» -> Shahed drone), with who says so. The salvo's size is not
// counted here (the English grammar counts "fired five ATACMS"; its Slavic twin is not written yet).
import type { MeansClaim, Passage } from "../../model.js";
import { findSlavicAttribution } from "./attribution.js";
import { SLAVIC, type SlavicLang } from "./lexicons.js";
import { stemPattern } from "./text.js";

const PATTERNS: Record<SlavicLang, { label: string; pattern: RegExp; generic?: string }[]> = {
  uk: SLAVIC.uk.means.map(({ label, cues, generic }) => ({ label, pattern: stemPattern(cues), generic })),
  ru: SLAVIC.ru.means.map(({ label, cues, generic }) => ({ label, pattern: stemPattern(cues), generic })),
};

// One pass over the sentence first: most name no means at all.
const ANY_MEANS: Record<SlavicLang, RegExp> = { uk: stemPattern(SLAVIC.uk.means.flatMap((m) => m.cues)), ru: stemPattern(SLAVIC.ru.means.flatMap((m) => m.cues)) };

export function findSlavicMeans(passage: Passage, lang: SlavicLang): MeansClaim[] {
  if (!ANY_MEANS[lang].test(passage.text)) return [];
  const found = PATTERNS[lang].filter((m) => m.pattern.test(passage.text));
  if (found.length === 0) return [];
  const labels = new Set(found.map((m) => m.label));
  for (const m of found) if (m.generic) labels.delete(m.generic);
  if (labels.has("MLRS") || labels.has("mortar") || labels.has("artillery")) labels.delete("shelling");
  const attribution = findSlavicAttribution(passage.text, lang);
  return found.filter((m) => labels.has(m.label)).map((m) => ({ means: m.label, count: null, attribution, quote: passage.text, passage: passage.index }));
}
