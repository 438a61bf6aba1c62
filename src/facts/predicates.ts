// Casualty predicates: the words after a subject that say what happened to it ("were killed",
// "died", "was shot", "suffered gunshot wounds", "are in grave condition", "remain missing").
// Local-news convention (GVA): "shot" alone means hurt, unless the text says the person died.
import type { FigureKind } from "../model.js";
import { en } from "./lexicon/en.js";
import type { Token } from "./tokens.js";

export interface Predicate {
  kind: FigureKind;
  /** Token index after the predicate. */
  end: number;
  /** "was shot": the count is of people shot, which may include people who died of it. */
  countsShot?: boolean;
  /** "critically injured", "in critical condition": also a grave count. */
  grave?: boolean;
}

export interface SentenceContext {
  /** The sentence speaks of gunfire ("shooting", "gunfire", "bullets"): "4 struck" means hit by it. */
  gunfire: boolean;
  /** The sentence speaks of someone's condition: "the condition of ten ... is grave". */
  condition: boolean;
}

const {
  killedPredicates: KILLED_WORDS, injuredPredicates: INJURED_WORDS, fatalParticiples: FATAL_PARTICIPLES,
  graveConditions: GRAVE_CONDITIONS, otherConditions: OTHER_CONDITIONS, treatment: TREATMENT, woundNouns: WOUND_NOUNS,
  gunfireObjects: GUNFIRE_OBJECTS, shotAsNoun: SHOT_AS_NOUN, transported: TRANSPORTED, deathAtHospital: DEATH_LATER,
  hospitalWords: HOSPITAL_WORDS, atPlaceOrTime: AT_PLACE_OR_TIME, inActionAbbreviations: IN_ACTION,
} = en.casualty;
const { copulas: COPULAS, passiveAuxiliaries: PASSIVE } = en.clauses;

/** Is "shot" at k passive ("were shot", "was reportedly shot")? */
function passiveBefore(t: Token[], k: number): boolean {
  for (let b = k - 1; b >= 0 && b >= k - 3; b--) {
    const word = t[b]!.lower;
    if (PASSIVE.has(word)) return true;
    if (!/ly$/.test(word) && word !== "all" && word !== "both") return false;
  }
  return false;
}

/** A place or a time starts at j: a determiner, a number, a capitalised name. */
function placeOrTimeAt(t: Token[], j: number): boolean {
  const token = t[j];
  if (!token) return false;
  return AT_PLACE_OR_TIME.has(token.lower) || token.kind === "num" || /^\p{Lu}/u.test(token.text);
}

/** The casualty predicate starting at token k, or null. */
export function predicateAt(t: Token[], k: number, context: SentenceContext): Predicate | null {
  const w = t[k]?.lower;
  if (!w) return null;
  const n1 = t[k + 1]?.lower;
  const n2 = t[k + 2]?.lower;

  // "One KIA, two WIA": the abbreviation is the predicate (as written, in capitals).
  if (IN_ACTION.killed.has(t[k]!.text)) return { kind: "killed", end: k + 1 };
  if (IN_ACTION.injured.has(t[k]!.text)) return { kind: "injured", end: k + 1 };
  if (w === "fatally" || w === "mortally") {
    return n1 && FATAL_PARTICIPLES.has(n1) ? { kind: "killed", end: k + 2 } : null;
  }
  if ((w === "critically" || w === "gravely") && n1 && (INJURED_WORDS.has(n1) || n1 === "shot")) {
    return { kind: "injured", end: k + 2, grave: true };
  }
  if ((w === "seriously" || w === "severely" || w === "badly" || w === "slightly" || w === "lightly") && n1 && INJURED_WORDS.has(n1)) {
    return { kind: "injured", end: k + 2 };
  }
  if (w === "shot" && SHOT_AS_NOUN.has(t[k - 1]?.lower ?? "")) return null; // "without firing a shot"
  if (w === "shot" || w === "gunned") {
    // "gunned down" reads as killed, but local news uses it for the wounded too: a shooting count.
    if (w === "gunned") return n1 === "down" ? { kind: "injured", end: k + 2, countsShot: true } : null;
    if (n1 === "dead") return { kind: "killed", end: k + 2 };
    if (n1 === "to" && n2 === "death") return { kind: "killed", end: k + 3 };
    if (n1 === "and" && n2 === "killed") return { kind: "killed", end: k + 3 };
    if (n1 === "and" && (n2 === "wounded" || n2 === "injured")) return { kind: "injured", end: k + 3 };
    if (n1 === "down") return null; // missiles and drones are shot down
    // "Dixon and Holloway shot into Melanie Johnson's home": fired into, not hit ("was shot through
    // the window" is passive and still hit).
    if (n1 && /^(?:into|through|toward|towards|up|out|off)$/.test(n1) && !passiveBefore(t, k)) return null;
    // "shot at" is fired at, not hit; but a title-case "Shot At Clairton Speakeasy" is a place, and so
    // is what follows a passive "were shot at" when a noun phrase or a time opens there ("were shot
    // at a house party", "was shot at the Legion Club", "were shot at about 2 a.m."): 131 times in
    // gva-dev, against "was shot at by a" twice.
    if (n1 === "at" && t[k + 1]!.text !== "At" && !(passiveBefore(t, k) && placeOrTimeAt(t, k + 2))) return null;
    return { kind: "injured", end: k + 1, countsShot: true };
  }
  if (w === "found" || w === "pronounced" || w === "confirmed" || w === "declared") {
    if (n1 === "dead") return { kind: "killed", end: k + 2 };
    if (w === "found" && (n1 === "shot" || n1 === "fatally" || n1 === "wounded" || n1 === "injured" || n1 === "suffering")) return predicateAt(t, k + 1, context);
    return null;
  }
  if (w === "lost" && (n1 === "his" || n1 === "her" || n1 === "their") && (n2 === "life" || n2 === "lives")) {
    return { kind: "killed", end: k + 3 };
  }
  if (KILLED_WORDS.has(w)) return { kind: "killed", end: k + 1 };
  if (INJURED_WORDS.has(w)) return { kind: "injured", end: k + 1 };
  if ((w === "struck" || w === "hit") && context.gunfire) {
    if (n1 === "by" && n2 && !GUNFIRE_OBJECTS.has(n2)) return null; // "hit by a car"
    return { kind: "injured", end: k + 1, countsShot: true };
  }
  if (w === "received" || w === "receiving" || w === "receive" || w === "sought" || w === "needed" || w === "required") {
    let j = k + 1;
    if (t[j]?.lower === "medical" || t[j]?.lower === "hospital" || t[j]?.lower === "emergency") j++;
    return t[j] && TREATMENT.has(t[j]!.lower) ? { kind: "injured", end: j + 1 } : null;
  }
  // "Four people were transported to the hospital", "were taken to area hospitals": hurt, as local
  // news says of the people shot. The dead are mostly told apart ("two dead, two taken to the
  // hospital"); one who died there is read by withLaterDeath ("taken to ... where she later died").
  if (TRANSPORTED.has(w) && (n1 === "to" || (n1 === "by" && t[k + 2]?.lower !== "police"))) {
    for (let j = k + 2; j <= k + 7 && j < t.length; j++) {
      const word = t[j]!.lower;
      // "was rushed to the hospital, where ... later died": the dead are read where they die.
      if (HOSPITAL_WORDS.has(word)) return t.slice(j + 1).some((x) => DEATH_LATER.has(x.lower)) ? null : { kind: "injured", end: j + 1 };
      if (t[j]!.kind === "punct" || word === "where" || word === "for") break;
    }
    return null;
  }
  // "A woman with a gunshot wound to the leg arrived ...", "two victims of gunshot wounds"
  if ((w === "with" || w === "of") && n1) {
    let j = k + 1;
    if (/^(?:a|an|one|multiple|several|two|three|four|five|apparent|possible|non-life-threatening|minor|serious)$/.test(t[j]!.lower)) j++;
    if (/^(?:gunshot|bullet|gun-shot)$/.test(t[j]?.lower ?? "") && /^wounds?$/.test(t[j + 1]?.lower ?? "")) return { kind: "injured", end: j + 2, countsShot: true };
    return null;
  }
  if (w === "treated") {
    return n1 === "for" || n1 === "at" || n1 === "in" || n1 === "and" || n1 === "by" || n1 === "." || n1 === "," ? { kind: "injured", end: k + 1 } : null;
  }
  if (w === "suffered" || w === "sustained" || w === "suffering" || w === "sustaining" || w === "suffers" || w === "sustains") {
    for (let j = k + 1; j <= k + 5 && j < t.length; j++) {
      const word = t[j]!.lower;
      if (WOUND_NOUNS.has(word)) {
        const words = t.slice(k + 1, j).map((x) => x.lower);
        if (words.includes("fatal") || words.includes("mortal")) return { kind: "killed", end: j + 1 };
        const grave = words.includes("life-threatening") || words.includes("critical");
        // "suffered gunshot wounds" is being shot: it may be how the victim died.
        const shot = words.some((x) => x === "gunshot" || x === "bullet" || x === "gun-shot");
        return { kind: "injured", end: j + 1, grave: grave && !words.includes("non-life-threatening"), countsShot: shot };
      }
      if (t[j]!.kind === "punct") break;
    }
    return null;
  }
  if (w === "in" && n1) {
    // "in grave condition", "in critical but stable condition"
    let j = k + 1;
    const words: string[] = [];
    while (j < t.length && j <= k + 5 && t[j]!.lower !== "condition" && t[j]!.kind === "word") words.push(t[j++]!.lower);
    if (t[j]?.lower !== "condition" || words.length === 0) return null;
    if (words.some((x) => GRAVE_CONDITIONS.has(x))) return { kind: "grave", end: j + 1 };
    if (words.some((x) => OTHER_CONDITIONS.has(x))) return { kind: "injured", end: j + 1 };
    return null;
  }
  if ((w === "grave" || w === "critical") && context.condition) {
    // "The condition of ten of the injured is "grave"": only right after a copula.
    let j = k - 1;
    while (j >= 0 && t[j]!.kind === "punct") j--;
    return j >= 0 && COPULAS.has(t[j]!.lower) ? { kind: "grave", end: k + 1 } : null;
  }
  if (w === "missing") return { kind: "missing", end: k + 1 };
  if (w === "unaccounted" && n1 === "for") return { kind: "missing", end: k + 2 };
  return null;
}
