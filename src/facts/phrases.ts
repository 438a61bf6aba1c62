// Noun phrases that can be casualties: a count of people ("four peaceful civilians", "over 40",
// "two of them", "both men"), or one person ("a 71-year-old woman", "the victim", "his wife",
// "12-year-old", "Sheymarr Noble"). Ages, distances, times and calibres are never counts.
import type { Qualifier } from "../model.js";
import { en } from "./lexicon/en.js";
import { alternation } from "./lexicon/words.js";
import { numberPhraseAt } from "./numbers.js";
import { isCapitalised, type Token } from "./tokens.js";

export interface PeoplePhrase {
  value: number;
  qualifier: Qualifier;
  start: number;
  /** Token index after the phrase. */
  end: number;
  /** One person named or described ("a man", "the victim"): part of any larger count. */
  singular: boolean;
  /** "two of them", "ten of the injured": a part of a group counted elsewhere. */
  part: boolean;
  /** "three others", "eight more": people besides those already counted in the sentence. */
  others: boolean;
  /** "two more bodies", "another 30": an increment over an earlier figure, not a total. */
  increment: boolean;
  /** Whether a people noun was seen (else the count stands alone: "four killed"). */
  noun: boolean;
  /** "10 wounded civilians", "two dead soldiers": the phrase itself says what happened to them. */
  state?: string;
  /** "one of five people shot": the whole the part belongs to. */
  group?: PeoplePhrase;
}

const { plural: PERSON_PLURAL, singular: PERSON_SINGULAR, countModifiers: COUNT_MODIFIERS, singularDeterminers: SINGULAR_DETERMINERS, reflexives: REFLEXIVES, groupAfterOf: GROUP_AFTER_OF, parents: PARENTS, pairs: PAIRS, possessives: POSSESSIVES } = en.people;
const PREPOSITIONS = new Set(["with", "at", "to", "of", "for", "from", "by", "about", "near", "in", "on", "into", "under"]);
const { notPeopleAfter: NOT_PEOPLE_AFTER, notPeopleBefore: NOT_PEOPLE_BEFORE } = en.numbers;
const { casualtyWords: CASUALTY_WORDS, stateWords: STATE_WORDS, bareVerbs: BARE_VERBS, inActionAbbreviations: IN_ACTION } = en.casualty;
const WEEKDAYS_MONTHS = new RegExp(`^(?:${alternation(en.calendar.weekdaysAndMonths)})\\.?$`);
const AGE_WORD = /^(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month|week|day)s?-old$/;
// Capitalised words that start sentences but are not names of people.
const NOT_A_NAME = new RegExp(`^(?:${alternation(en.people.notNames)})$`);
// What may follow a bare "another" that stands for a person: a predicate or the end of the clause.
const BARE_ANOTHER_NEXT = new RegExp(`^(?:${alternation(en.people.bareAnotherNext)})$`);
const PART_NOUNS = new Set([...PERSON_PLURAL, ...en.people.casualtyGroups]);
const COLLECTIVES = en.people.collectives;
const { singularInTranslation: SINGULAR_IN_TRANSLATION, singularInTranslationVerbs: TRANSLATED_CASUALTY, singularInTranslationAfter: CIRCUMSTANCE_AFTER } = en.people;

/** "71-year-old", "three-month-old", "17 Year-Old", "17 years old": the index after the age, or -1. */
export function ageEnd(t: Token[], i: number): number {
  const token = t[i];
  if (!token) return -1;
  if (token.kind === "word" && AGE_WORD.test(token.lower)) return i + 1;
  // "30y.o.", as some agencies abbreviate an age before a name
  if (/^\d{1,3}y$/.test(token.lower) && t[i + 1]?.lower === "." && t[i + 2]?.lower === "o" && t[i + 3]?.lower === ".") return i + 4;
  if (token.kind === "num" || token.kind === "word") {
    const next = t[i + 1]?.lower;
    if (next && /^(?:year|month)s?-old$/.test(next)) return i + 2;
    if ((next === "year" || next === "years") && t[i + 2]?.lower === "old") return i + 3;
    if ((next === "year" || next === "years") && t[i + 2]?.lower === "-" && t[i + 3]?.lower === "old") return i + 4;
  }
  return -1;
}

function isYear(value: number, t: Token[], i: number): boolean {
  if (value < 1900 || value > 2100 || t[i]?.kind !== "num") return false;
  return true;
}

/** Skips words that may stand between a count and its noun; returns the index of the first other token. */
function skipModifiers(t: Token[], j: number, max = 3): number {
  let k = j;
  while (k < j + max && t[k]) {
    const token = t[k]!;
    if (token.kind !== "word") break;
    if (PERSON_PLURAL.has(token.lower) || PERSON_SINGULAR.has(token.lower)) break;
    if (CASUALTY_WORDS.has(token.lower)) break; // "Five Shot During Party": title case, not a modifier
    if (IN_ACTION.killed.has(token.text) || IN_ACTION.injured.has(token.text)) break; // "One KIA": the predicate
    const age = ageEnd(t, k);
    if (age > k && age - k === 1) { k = age; continue; }
    // Modifiers from the list, hyphenated adjectives ("US-made", "Russia-appointed"), nationalities
    // and other capitalised qualifiers ("Ukrainian", "Islamist", "Sri Lankan").
    // A side's name with "pro-" or "anti-" ("pro-Russia rebels", "anti-government protesters") too.
    if (COUNT_MODIFIERS.has(token.lower) || /-(?:made|backed|appointed|based|aged|held)$/.test(token.lower) || /^(?:pro|anti)-[a-z]/.test(token.lower) || /(?:ian|ese|ish|can)$/.test(token.lower) || isCapitalised(token)) {
      k++;
      continue;
    }
    break;
  }
  if (k < j + max && t[k] && !PERSON_PLURAL.has(t[k]!.lower) && !PERSON_SINGULAR.has(t[k]!.lower)) return plainAdjectivesEnd(t, k, j + max) ?? k;
  return k;
}

const NOT_ADJECTIVE = en.clauses.notAdjectives;
// Ordinals rank someone in a series ("the eighth child this year to be shot"): never adjectives here.
const ORDINAL = new RegExp(`^(?:${alternation(en.numbers.ordinals)})$`);

/**
 * "the accidental shooter", "multiple juvenile shooting victims": plain lower-case words before a
 * person noun describe that person. Only when the person noun does follow within the budget, so
 * "three found dead" stays a bare count.
 */
function plainAdjectivesEnd(t: Token[], from: number, limit: number): number | null {
  for (let k = from; k <= limit && t[k]; k++) {
    const token = t[k]!;
    if (PERSON_PLURAL.has(token.lower) || PERSON_SINGULAR.has(token.lower)) return k > from ? k : null;
    if (COUNT_MODIFIERS.has(token.lower) && !CASUALTY_WORDS.has(token.lower)) continue; // "juvenile shooting victims"

    // Verb forms ("shooting a man", "kidnapping another woman") open a clause of their own.
    if (token.kind !== "word" || !/^[a-z]+$/.test(token.text) || /ing$/.test(token.lower) || NOT_ADJECTIVE.has(token.lower) || CASUALTY_WORDS.has(token.lower)) return null;
    if (ORDINAL.test(token.lower) || numberPhraseAt(t, k)) return null;
    // Verbs of headlines ("kills man, grazes child", "witnessed his father kill mother"): a word in
    // -s (other than -ous, -ss) or a bare casualty verb is a verb, not an adjective.
    if ((/s$/.test(token.lower) && !/(?:ous|ss)$/.test(token.lower)) || BARE_VERBS.has(token.lower)) return null;
  }
  return null;
}

/** A count of people starting at token i ("over 40", "four peaceful civilians", "two of them"). */
export function countPhraseAt(t: Token[], i: number): PeoplePhrase | null {
  // "wounded another 19": besides those counted before (or, alone, one more than an earlier figure).
  if (t[i]?.lower === "another" && t[i + 1]?.kind === "num") {
    const rest = countPhraseAt(t, i + 1);
    return rest ? { ...rest, start: i, others: true, increment: true } : null;
  }
  // "three children and their parents": a possessive before a pair noun is two people.
  // (Not after a preposition: "lived with his grandparents" names where, not who.)
  if (POSSESSIVES.has(t[i]?.lower ?? "") && PAIRS.has(t[i + 1]?.lower ?? "") && !PREPOSITIONS.has(t[i - 1]?.lower ?? "")) {
    return { value: 2, qualifier: "exact", start: i, end: i + 2, singular: false, part: false, others: false, increment: false, noun: true };
  }
  // "a couple died", "an elderly couple": two people ("a couple of" is a vague count, read elsewhere).
  if (/^(?:a|an)$/.test(t[i]?.lower ?? "")) {
    let k = i + 1;
    while (k < i + 3 && COUNT_MODIFIERS.has(t[k]?.lower ?? "")) k++;
    if (PAIRS.has(t[k]?.lower ?? "") && t[k + 1]?.lower !== "of") return { value: 2, qualifier: "exact", start: i, end: k + 1, singular: false, part: false, others: false, increment: false, noun: true };
  }
  let increment = t[i - 1]?.lower === "another";
  let phrase = numberPhraseAt(t, i);
  // "Information received about 6 dead": "about" there means "concerning", not "roughly".
  if (phrase && phrase.qualifier === "about" && t[i]?.lower === "about" && /^(?:information|info|reports?|data|news|learned|told|know|known|talk|talked|spoke|speak|asked|questions?|received|is|are|was|were)$/.test(t[i - 1]?.lower ?? "")) {
    phrase = numberPhraseAt(t, i + 1);
  }
  let start = i;
  if (!phrase && t[i]?.lower === "both") phrase = { value: 2, qualifier: "exact", start: i, end: i + 1 };
  if (!phrase) return null;
  start = phrase.start;
  const before = t[start - 1]?.lower;
  if (before && (NOT_PEOPLE_BEFORE.has(before) || WEEKDAYS_MONTHS.test(before))) return null;
  // "a soldier, father of two, killed": the number counts a parent's children, not the dead.
  if (before === "of" && PARENTS.has(t[start - 2]?.lower ?? "")) return null;
  if (before === "." && WEEKDAYS_MONTHS.test(t[start - 2]?.lower ?? "")) return null; // "Dec. 25", "Sept. 3"
  const after = t[phrase.end];
  if (after && (NOT_PEOPLE_AFTER.has(after.lower) || /^(?:years?|months?)-old$/.test(after.lower))) return null;
  if (after?.lower === "-" || after?.lower === "/" || after?.lower === ":" || after?.lower === ".") {
    // "10-4", "24/7", "3:15", "2.": scores, times and list numbers (a sentence-final count is fine).
    // A dash with spaces around it ends a headline's clause before its source ("kills two - witness").
    const spacedDash = after.lower === "-" && after.start > t[phrase.end - 1]!.end && (t[phrase.end + 1]?.start ?? Infinity) > after.end;
    if ((after.lower !== "." || t[phrase.end + 1]) && !spacedDash) return null;
  }
  if (isYear(phrase.value, t, phrase.start) && !PERSON_PLURAL.has(after?.lower ?? "")) return null;
  // "Samuel Sallee, 55, killed", "Rolando Jr., 22, who": an age set off by commas after a name.
  if ((before === "," || before === "and") && after?.lower === "," && phrase.qualifier === "exact" && t[start]!.kind === "num" && phrase.value < 110) return null;
  if (before === "," && phrase.qualifier === "exact" && t[start]!.kind === "num" && isCapitalised(t[start - 2]) && phrase.value >= 1 && phrase.value < 110 && after && /^(?:killed|was|is|had|has|who|died)$/.test(after.lower)) return null;

  let j = phrase.end;
  let others = false;
  // "including two children", "three children among the injured": part of a count given elsewhere.
  const inset = t[start - 1]?.lower === "including";
  if (t[j]?.lower === "more" || t[j]?.lower === "additional") {
    // "eight more": others when another count came first in the sentence, else an increment.
    others = true;
    increment = true;
    j++;
  } else if (t[j]?.lower === "other" || t[j]?.lower === "others") {
    others = true;
    if (t[j]!.lower === "others") return { value: phrase.value, qualifier: phrase.qualifier, start, end: j + 1, singular: false, part: false, others, increment, noun: true };
    j++;
  }
  // "two of them", "ten of the injured", "one of the victims"
  if (t[j]?.lower === "of") {
    const group = t[j + 1]?.lower;
    if (group && GROUP_AFTER_OF.has(group)) return { value: phrase.value, qualifier: phrase.qualifier, start, end: j + 2, singular: false, part: true, others, increment, noun: true };
    // "one of five people shot", "One of 5 shot ... dies": a part, and the group it belongs to.
    const whole = countPhraseAt(t, j + 1);
    if (whole && whole.value > phrase.value) {
      return { value: phrase.value, qualifier: phrase.qualifier, start, end: whole.end, singular: false, part: true, others, increment, noun: true, group: whole };
    }
    if (group === "the" || group === "those" || group === "these") {
      // "ten of the injured", "two of the wounded soldiers", "one of the victims"
      for (let k = j + 2; k < j + 5 && t[k]?.kind === "word"; k++) {
        if (PART_NOUNS.has(t[k]!.lower) && !PART_NOUNS.has(t[k + 1]?.lower ?? "")) {
          return { value: phrase.value, qualifier: phrase.qualifier, start, end: k + 1, singular: false, part: true, others, increment, noun: true };
        }
      }
    }
    return null;
  }
  let k = skipModifiers(t, j);
  // "3 teen girls", "two security guards", "one female resident": a person noun may qualify the one after it.
  if (PERSON_SINGULAR.has(t[k]?.lower ?? "") && (PERSON_PLURAL.has(t[k + 1]?.lower ?? "") || (phrase.value === 1 && PERSON_SINGULAR.has(t[k + 1]?.lower ?? "")))) k++;
  else if (PERSON_SINGULAR.has(t[k]?.lower ?? "") && phrase.value !== 1) {
    // "multiple juvenile shooting victims"
    const head = plainAdjectivesEnd(t, k + 1, k + 3);
    if (head !== null && PERSON_PLURAL.has(t[head]!.lower)) k = head;
  }
  const noun = t[k]?.lower;
  if (noun && (PERSON_PLURAL.has(noun) || (phrase.value === 1 && PERSON_SINGULAR.has(noun)))) {
    const state = t.slice(j, k).find((x) => STATE_WORDS.has(x.lower))?.lower;
    return { value: phrase.value, qualifier: phrase.qualifier, start, end: k + 1, singular: false, part: inset, others, increment, noun: true, state };
  }
  // "three police", "ten Kiev military": a collective noun ending the phrase counts people (before
  // another noun it qualifies a thing: "two military vehicles").
  const collective = COLLECTIVES.has(t[k]?.lower ?? "") ? k + 1 : k > j && COLLECTIVES.has(t[k - 1]!.lower) ? k : -1;
  const next = t[collective];
  if (collective > 0 && (!next || next.kind === "punct" || NOT_ADJECTIVE.has(next.lower) || CASUALTY_WORDS.has(next.lower))) {
    return { value: phrase.value, qualifier: phrase.qualifier, start, end: collective, singular: false, part: inset, others, increment, noun: true };
  }
  // Modifiers but no people noun ("five US-made ATACMS missiles") is no count of people; but
  // "4 wounded", "1 dead" stand alone (those words double as modifiers: "two wounded soldiers").
  if (k !== j && !STATE_WORDS.has(t[j]!.lower)) return null;
  return { value: phrase.value, qualifier: phrase.qualifier, start, end: j, singular: false, part: false, others, increment, noun: false };
}

/** One person starting at token i: "a 71-year-old woman", "the victim", "his wife", "12-year-old". */
export function personPhraseAt(t: Token[], i: number, atSentenceStart: boolean, headline = false): PeoplePhrase | null {
  const token = t[i];
  if (!token) return null;
  // "killing one and wounding another", "Teen fatally shot, another wounded": "another" alone is one
  // more person, besides those the sentence counted ("one another" is no one new).
  if (token.lower === "another" && t[i - 1]?.lower !== "one" && BARE_ANOTHER_NEXT.test(t[i + 1]?.lower ?? ".")) {
    return { ...onePerson(i, i + 1), others: true };
  }
  // "Two women shot, a third hurt by flying glass", "a fifth victim drove herself to a hospital":
  // an indefinite ordinal is one more person besides those counted ("the fourth victim" is one of them).
  if ((token.lower === "a" || token.lower === "an") && /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/.test(t[i + 1]?.lower ?? "")) {
    const noun = PERSON_SINGULAR.has(t[i + 2]?.lower ?? "") ? 1 : 0;
    if (noun || BARE_ANOTHER_NEXT.test(t[i + 2]?.lower ?? ".")) return { ...onePerson(i, i + 2 + noun), others: true };
  }
  let j = i;
  const hasDeterminer = SINGULAR_DETERMINERS.has(token.lower) && token.lower !== "one";
  if (hasDeterminer) j++;
  // "a 17-year-old", "the 3-month-old baby", "12-year-old dies"
  const age = ageEnd(t, j);
  if (age > j) {
    const k = skipModifiers(t, age, 2);
    if (t[k] && PERSON_SINGULAR.has(t[k]!.lower)) return onePerson(i, k + 1);
    if (k === age) return onePerson(i, age);
    // A headline's "30-year-old Ivan Petrenko killed": an age before a name is that person. (Title
    // Case capitalises the predicate too, "17-Year-Old Shot Dead": the name ends at a lower-case
    // word. Body text has its own constructions for names: objects, appositions.)
    if (!headline) return null;
    let name = age;
    while (isCapitalised(t[name]) && !CASUALTY_WORDS.has(t[name]!.lower) && !NOT_A_NAME.test(t[name]!.lower)) name++;
    if (name - age >= 2 && t[name]?.kind === "word" && !isCapitalised(t[name])) return onePerson(i, name);
    return null;
  }
  // Headlines drop articles ("Putnam County teen dies"); body text needs one ("a man", "the victim").
  if (!hasDeterminer && !atSentenceStart && !headline) return null;
  // "Dead man found in a park", "the dead soldier was identified": the phrase says the person died
  // ("dead" is a casualty word, so the modifiers below stop at it).
  if (t[j]?.lower === "dead") {
    const noun = skipModifiers(t, j + 1, 2);
    if (PERSON_SINGULAR.has(t[noun]?.lower ?? "") && !PERSON_SINGULAR.has(t[noun + 1]?.lower ?? "") && !en.damage.property.has(t[noun + 1]?.lower ?? "")) return { ...onePerson(i, noun + 1), state: "dead" };
  }
  let k = skipModifiers(t, j, 3);
  // "the Fresno County Sheriff's deputy", "a Marion County toddler": names and possessives may qualify.
  for (let n = 0; n < 4 && k < t.length && !PERSON_SINGULAR.has(t[k]!.lower) && (hasDeterminer || headline); n++) {
    if (!(isCapitalised(t[k]) || /'s$/.test(t[k]!.lower))) break;
    k = skipModifiers(t, k + 1, 2);
  }
  // "the victim's family", "a man's car": a possessive is not the person (its token ends in 's).
  // "shoot civilian cars", "a police car": a person noun before a thing is an adjective of it.
  // "a female civilian", "a teen girl": a person noun may qualify the one after it.
  if (PERSON_SINGULAR.has(t[k]?.lower ?? "") && PERSON_SINGULAR.has(t[k + 1]?.lower ?? "")) k++;
  if (t[k] && PERSON_SINGULAR.has(t[k]!.lower) && !en.damage.property.has(t[k + 1]?.lower ?? "")) return onePerson(i, k + 1);
  // A translated headline's "DPR militia killed, two wounded": the side's body, after its name and
  // with no count, is one of its people when nothing it did follows the casualty word.
  // ("military" may have been skipped as a modifier, as of "military vehicles".)
  const body = SINGULAR_IN_TRANSLATION.has(t[k]?.lower ?? "") ? k : SINGULAR_IN_TRANSLATION.has(t[k - 1]?.lower ?? "") ? k - 1 : -1;
  if (headline && atSentenceStart && body > j && TRANSLATED_CASUALTY.has(t[body + 1]?.lower ?? "")) {
    const after = t[body + 2];
    if (!after || after.kind === "punct" || CIRCUMSTANCE_AFTER.has(after.lower)) return onePerson(i, body + 1);
  }
  return null;
}

function onePerson(start: number, end: number): PeoplePhrase {
  return { value: 1, qualifier: "exact", start, end, singular: true, part: false, others: false, increment: false, noun: true };
}

/** A possessive person before a death: "16-year-old boy's death", "Smith's shooting death". */
export function possessiveDeathAt(t: Token[], i: number): PeoplePhrase | null {
  const token = t[i];
  if (!token || !/'s$/.test(token.lower)) return null;
  const base = token.lower.slice(0, -2);
  const person = PERSON_SINGULAR.has(base) || (isCapitalised(token) && !WEEKDAYS_MONTHS.test(base) && !/^(?:police|county|city|state|department|sheriff|office|nation|ukraine|russia)$/.test(base));
  if (!person) return null;
  const next = t[i + 1]?.lower === "shooting" ? i + 2 : i + 1;
  if (!/^(?:death|killing|murder|slaying)$/.test(t[next]?.lower ?? "")) return null;
  return { value: 1, qualifier: "exact", start: i, end: next + 1, singular: true, part: false, others: false, increment: false, noun: true };
}

/** A person named in the text: two to four capitalised words ("Sheymarr Noble", "Branden Bernard Holbert"). */
export function namePhraseAt(t: Token[], i: number, minWords = 2): PeoplePhrase | null {
  let k = i;
  // "Civilians were injured": a capitalised people noun at the start of a sentence is no name.
  while (k < i + 6 && isCapitalised(t[k]) && !WEEKDAYS_MONTHS.test(t[k]!.lower) && !NOT_A_NAME.test(t[k]!.lower) && !(k === i && PERSON_PLURAL.has(t[k]!.lower))) k++;
  if (k - i < minWords) return null;
  return { value: 1, qualifier: "exact", start: i, end: k, singular: true, part: false, others: false, increment: false, noun: true };
}

/** "himself", "herself": the subject hurt itself. */
export function reflexiveAt(t: Token[], i: number): PeoplePhrase | null {
  const word = t[i]?.lower;
  if (!word || !REFLEXIVES.has(word) || word === "themselves") return null;
  return { value: 1, qualifier: "exact", start: i, end: i + 1, singular: true, part: false, others: false, increment: false, noun: true };
}
