// Weapon or means as a sentence claims it, with a count where stated and who claims it:
// "the Kyiv regime... deliberately fired five US-made ATACMS missiles" (the Russian defence
// ministry) -> ATACMS missile x5. Counts come only from launching and striking ("fired five",
// "attacked with 12 drones"); "Four American missiles were shot down" names the means without
// counting the salvo (the four are the intercepted part of it).
import type { MeansClaim, Passage } from "../model.js";
import { findAttribution } from "./attribution.js";
import { numberPhraseAt } from "./numbers.js";
import { tokenize, type Token } from "./tokens.js";

/** Means as the page names them, most specific first; a specific one hides its generic kin. */
const MEANS: { label: string; pattern: RegExp; generic?: string }[] = [
  { label: "ATACMS missile", pattern: /\batacms\b/i, generic: "missile" },
  { label: "HIMARS rocket", pattern: /\bhimars\b/i, generic: "rocket" },
  { label: "Storm Shadow missile", pattern: /\bstorm shadow\b/i, generic: "missile" },
  { label: "Iskander missile", pattern: /\biskander/i, generic: "missile" },
  { label: "Kalibr missile", pattern: /\bkalibr/i, generic: "missile" },
  { label: "Kh-101 missile", pattern: /\bkh-?\s?(?:101|22|555|59|31|47)\b/i, generic: "missile" },
  { label: "S-300 missile", pattern: /\bs-?300\b/i, generic: "missile" },
  { label: "cruise missile", pattern: /\bcruise missiles?\b/i, generic: "missile" },
  { label: "ballistic missile", pattern: /\bballistic missiles?\b/i, generic: "missile" },
  { label: "missile", pattern: /\bmissiles?\b/i },
  { label: "Shahed drone", pattern: /\bshahed/i, generic: "drone" },
  { label: "drone", pattern: /\b(?:drones?|uavs?|unmanned aerial vehicles?|kamikaze drones?)\b/i },
  { label: "guided bomb", pattern: /\b(?:guided (?:aerial )?bombs?|kabs?)\b/i, generic: "airstrike" },
  { label: "airstrike", pattern: /\b(?:air ?strikes?|air raids?|aerial bomb\w*|bombers?|warplanes?|fighter jets?)\b/i },
  { label: "MLRS", pattern: /\b(?:mlrs|multiple (?:launch )?rocket launchers?|grad|smerch|uragan|tornado-s)\b/i, generic: "rocket" },
  { label: "rocket", pattern: /\brockets?\b/i },
  { label: "mortar", pattern: /\bmortars?\b/i },
  { label: "artillery", pattern: /\b(?:artillery|howitzers?|cannons?)\b/i },
  { label: "shelling", pattern: /\bshell(?:ing|ed|s)\b/i },
  { label: "tank fire", pattern: /\btanks? (?:fire|shell\w*)\b/i },
  { label: "car bomb", pattern: /\bcar bomb/i, generic: "explosive" },
  { label: "mine", pattern: /\b(?:landmines?|land mines?|anti-personnel mines?|anti-tank mines?|mine blast)\b/i, generic: "explosive" },
  { label: "grenade", pattern: /\bgrenades?\b/i, generic: "explosive" },
  { label: "explosive", pattern: /\b(?:explosives?|explosive devices?|ieds?|bombs?)\b/i },
  { label: "gunfire", pattern: /\b(?:gunfire|gunshots?|opened fire|handguns?|pistols?|rifles?|shotguns?|revolvers?|firearms?|guns?|shot (?:and killed|dead|to death)|fatally shot|(?:was|were) shot(?! down))\b/i },
];

const LAUNCH = /\b(?:fired|fire|launched|launch|launching|firing|struck with|attacked with|hit with|using|used|with)\b/i;
const MEANS_WORD = /^(?:missiles?|drones?|uavs?|rockets?|shells?|bombs?|atacms|himars|shaheds?|iskanders?|kalibrs?|mines?|grenades?)$/;

const COUNTED_MODIFIER = /^(?:[A-Z][\w.]*|[\w.]+-(?:made|guided|launched|based)|more|cruise|ballistic|guided|attack|kamikaze|combat|enemy)$/;

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
