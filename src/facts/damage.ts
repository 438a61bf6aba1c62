// Damage counts a sentence states: "The strike damaged a total of 33 blocks of flats in the east of
// the city as well as two schools, three kindergartens and a higher education college" -> 33 blocks
// of flats, 2 schools, 3 kindergartens, 1 higher education college. Only in sentences with a damage
// verb, and only for buildings and property (people are casualties, not damage).
import type { DamageClaim, Passage } from "../model.js";
import { en } from "./lexicon/en.js";
import { alternation } from "./lexicon/words.js";
import { numberPhraseAt } from "./numbers.js";
import { tokenize, type Token } from "./tokens.js";

const DAMAGE_VERB = new RegExp(`\\b(?:${alternation(en.damage.verbs)})\\b`, "i");
const PROPERTY = en.damage.property;
/** "blocks of flats", "apartment blocks": the noun's complement belongs to it. */
const COMPLEMENT = /^(?:of)$/;
const MODIFIER = new RegExp(`^(?:${alternation(en.damage.modifiers)})$`);
const COUNT_STOP = en.damage.notProperty;

interface Phrase { count: number; what: string; end: number }

/** "33 blocks of flats", "two schools", "a higher education college" starting at token i. */
function propertyPhraseAt(t: Token[], i: number): Phrase | null {
  let count: number | null = null;
  let j = i;
  const number = numberPhraseAt(t, i);
  if (number && number.qualifier === "exact") {
    count = number.value;
    j = number.end;
  } else if (t[i]?.lower === "a" || t[i]?.lower === "an" || t[i]?.lower === "one") {
    count = 1;
    j = i + 1;
  } else return null;
  const start = j;
  while (j < t.length && j < start + 4 && MODIFIER.test(t[j]!.lower) && !PROPERTY.has(t[j]!.lower)) j++;
  // "apartment blocks": a modifier may itself be a property noun followed by the head noun.
  while (j + 1 < t.length && PROPERTY.has(t[j]!.lower) && PROPERTY.has(t[j + 1]!.lower)) j++;
  if (!t[j] || !PROPERTY.has(t[j]!.lower) || COUNT_STOP.has(t[j]!.lower)) return null;
  let end = j + 1;
  if (COMPLEMENT.test(t[end]?.lower ?? "") && t[end + 1] && PROPERTY.has(t[end + 1]!.lower)) end += 2; // "blocks of flats"
  const what = t.slice(start, end).map((x) => x.lower).join(" ");
  return { count: count!, what, end };
}

export function findDamage(passage: Passage): DamageClaim[] {
  const text = passage.text;
  if (!DAMAGE_VERB.test(text)) return [];
  const t = tokenize(text);
  const claims: DamageClaim[] = [];
  for (let i = 0; i < t.length; i++) {
    const phrase = propertyPhraseAt(t, i);
    if (!phrase) continue;
    claims.push({ what: phrase.what, count: phrase.count, quote: text, passage: passage.index, spelled: t[i]!.kind === "num" || !/^(?:a|an|one)$/.test(t[i]!.lower) } as DamageClaim & { spelled: boolean });
    i = phrase.end - 1;
  }
  // "a higher education college" counts in a list with numbers ("two schools, ... and a college");
  // alone ("a section of an apartment block collapsed") it describes, it does not count.
  const listed = claims as (DamageClaim & { spelled: boolean })[];
  if (!listed.some((c) => c.spelled)) return [];
  return listed.map(({ spelled: _spelled, ...claim }) => claim);
}
