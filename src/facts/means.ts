// Weapon or means as a sentence claims it, with a count where stated and who claims it:
// "the Kyiv regime... deliberately fired five US-made ATACMS missiles" (the Russian defence
// ministry) -> ATACMS missile x5. Counts come only from launching and striking ("fired five",
// "attacked with 12 drones"); "Four American missiles were shot down" names the means without
// counting the salvo (the four are the intercepted part of it).
import type { MeansClaim, Passage } from "../model.js";
import { findAttribution } from "./attribution.js";
import { en } from "./lexicon/en.js";
import { alternation, wordBoundaryPattern } from "./lexicon/words.js";
import { numberPhraseAt } from "./numbers.js";
import { tokenize, type Token } from "./tokens.js";

/** Means as the page names them, most specific first; a specific one hides its generic kin. */
const MEANS = en.means.map(({ label, cues, generic }) => ({ label, pattern: wordBoundaryPattern(alternation(cues), en.script), generic }));

const LAUNCH = wordBoundaryPattern(alternation(en.launches.verbs), en.script);
const MEANS_WORD = new RegExp(`^(?:${alternation(en.launches.nouns)})$`);

const COUNTED_MODIFIER = new RegExp(`^(?:[A-Z][\\w.]*|[\\w.]+-(?:made|guided|launched|based)|${alternation(en.launches.modifiers)})$`);

/** The number right before the means noun ("five US-made ATACMS missiles"), if the sentence launches them. */
function countBefore(text: string, t: Token[], noun: number): number | null {
  for (let i = Math.max(0, noun - 9); i < noun; i++) {
    const phrase = numberPhraseAt(t, i);
    if (!phrase || phrase.qualifier !== "exact" || phrase.end >= noun + 1) continue;
    // What stands between: "US-made ATACMS", "U.S.-made ATACMS", "cruise".
    const between = text.slice(t[phrase.end - 1]!.end, t[noun]!.start).trim();
    const words = between ? between.split(/\s+/) : [];
    if (words.length <= 3 && words.every((w) => COUNTED_MODIFIER.test(w))) return phrase.value;
  }
  return null;
}

export function findMeans(passage: Passage): MeansClaim[] {
  const text = passage.text;
  const found = MEANS.filter((m) => m.pattern.test(text));
  if (found.length === 0) return [];
  const labels = new Set(found.map((m) => m.label));
  // "five US-made ATACMS missiles" is one means, not also "missile".
  for (const m of found) if (m.generic) labels.delete(m.generic);
  if (labels.has("MLRS") || labels.has("mortar") || labels.has("artillery")) labels.delete("shelling");
  const attribution = findAttribution(text);
  const launched = LAUNCH.test(text) && !/\bshot down\b|\bintercepted\b|\bdestroyed by air defen/i.test(text);
  const t = launched ? tokenize(text) : [];
  const claims: MeansClaim[] = [];
  for (const m of found) {
    if (!labels.has(m.label)) continue;
    let count: number | null = null;
    if (launched) {
      for (let k = 0; k < t.length && count === null; k++) {
        if (MEANS_WORD.test(t[k]!.lower) && m.pattern.test(text.slice(t[Math.max(0, k - 2)]!.start, t[k]!.end))) count = countBefore(text, t, k);
      }
    }
    claims.push({ means: m.label, count, attribution, quote: text, passage: passage.index });
  }
  return claims;
}
