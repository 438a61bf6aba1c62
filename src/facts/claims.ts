// Casualty claims in one sentence: killed, injured, missing and in grave condition, with qualifier,
// attribution and revision. A hand-written grammar over word tokens (see README, "Written by hand, and why"):
//   subject + predicate   "Five people were shot and wounded", "A man was shot and later died",
//                         "Four killed", "the victim died", "Three men and one woman were shot"
//   verb + object         "killing four people and wounding over 40", "killed a 71-year-old woman",
//                         "shot and killed Sheymarr Noble", "left two dead"
//   nouns                 "the death toll rose to five", "the number of people killed has increased
//                         to 15", "45 dead bodies", "double homicide", "triple shooting"
//   zeros                 "no one was hurt", "no injuries were reported" (negations.ts)
//   shares                "three people were shot, one fatally" = 1 killed and 2 injured
// `compromise` reads these sentences correctly too but costs ~20 ms an article (docs/stack.md); this
// grammar runs in microseconds and is tested on real sentences in tests/facts/claims.test.ts.
import type { CasualtyClaim, FigureKind, Passage, Qualifier } from "../model.js";
import { findAttribution } from "./attribution.js";
import { en } from "./lexicon/en.js";
import { alternation } from "./lexicon/words.js";
import { findZeroCounts } from "./negations.js";
import { numberPhraseAt } from "./numbers.js";
import { countPhraseAt, namePhraseAt, personPhraseAt, possessiveDeathAt, reflexiveAt, type PeoplePhrase } from "./phrases.js";
import { predicateAt, type Predicate, type SentenceContext } from "./predicates.js";
import { isTallyFigure, isTallySentence } from "./tallies.js";
import { isRevisionTarget, revisedFromAfter, revisedFromBefore, tollRevisionFrom } from "./revisions.js";
import { isCapitalised, tokenize, type Token } from "./tokens.js";

/** A claim before attribution and de-duplication, with its place in the token stream. */
interface Found {
  kind: FigureKind;
  value: number;
  qualifier: Qualifier;
  start: number;
  countsShot: boolean;
  singular: boolean;
  part: boolean;
  others: boolean;
  increment: boolean;
  revision: boolean;
  revisedFrom: number | null;
  /** "he was shot": the pronoun stands for someone the sentence or the article counted already. */
  pronoun?: boolean;
}

const { plural: PERSON_PLURAL, singular: PERSON_SINGULAR, reflexives: REFLEXIVES } = en.people;
const { predicateFillers: PREDICATE_FILLERS, passiveAuxiliaries: BE, timeWords: TIME_WORDS, quotes: QUOTES, clauseEnd: CLAUSE_END, negations: NEGATIONS, nearMisses: NEAR_MISSES } = en.clauses;
const { killVerbs: KILL_VERBS, injureVerbs: INJURE_VERBS, shootVerbs: SHOOT_VERBS, transitive: TRANSITIVE, deathAfterHurt: DEATH_AFTER_HURT } = en.casualty;
const MULTIPLES = en.numbers.multiples;
const MONTHS = new Set(en.calendar.months);
const { parents: PARENTS, pairs: PAIRS, nounDeterminers: NOUN_DETERMINERS } = en.people;
// What may follow a bare role as a verb's object: the clause goes on with a place, a time or another clause.
// Words before a verb form that make it an adjective ("the injured teen", "for wounded soldier").
const NOT_VERB_BEFORE = new Set([...en.people.singularDeterminers, ...en.detection.notHeadAfter, "of", "for", "with", "to", "by", "from", "in", "on", "at", "about"]);
const BARE_OBJECT_NEXT = new Set(["and", "in", "on", "at", "near", "during", "while", "when", "with", "from", "of", "outside", "inside", "overnight", "yesterday", "today"]);
// Capitalised words of a Title Case headline that are no part of a name after a list of roles
// ("Man And Woman Found Fatally Shot Sunday").
const NOT_NAME_IN_LIST = new Set([...en.casualty.casualtyWords, ...PREDICATE_FILLERS, ...TIME_WORDS, ...en.calendar.weekdaysAndMonths, "found", "in", "at", "on", "near", "after"]);

// Cheap gate: most sentences mention no casualty at all and are never tokenized.
const CASUALTY_HINT = new RegExp(alternation(en.casualty.hint), "i");
const WITHDRAWN = /\b(?:originally|initially|first|earlier)\s+(?:said|reported|stated|announced|believed|thought)\b[^.]*\bbut\b[^.]*\b(?:amended|revised|corrected|lowered|changed|updated|proved|turned out)\b/i;
const SELF_DEATH = /\b(?:kill(?:ed|ing|s)?|fatally shot|fatally shooting)\s+(?:him|her|them)sel(?:f|ves)\b|\btook (?:his|her) own life\b|\btaking (?:his|her) own life\b|\bturn(?:ed|ing|s)? the (?:gun|weapon|rifle|shotgun|handgun) on (?:him|her)self\b|\bcommitt?(?:ed|ing) suicide\b|\bshot (?:him|her)self (?:dead|to death)\b/i;
const SELF_SURVIVED = /\bsurviv|\bcritical condition\b|\bhospitali[sz]ed\b|\bwas (?:taken|rushed|airlifted|flown) to\b/i;
const GUNFIRE = new RegExp(alternation(en.casualty.gunfire), "i");

// "hit the victim with his pistol": struck with the gun, not shot.
const CLUBBED = /\bwith (?:a|the|his|her|their) (?:gun|pistol|handgun|rifle|shotgun|weapon|firearm|butt)\b/;
// Hearsay words a headline puts between its subject and their predicate ("rebel said killed").
const HEARSAY_BEFORE_PREDICATE = new Set(["said", "feared"]);
// Verbs whose object "N lives" counts the dead ("claimed six lives", "cost two lives").
const LIFE_TAKING = /^(?:claimed|took|claiming|taking|claims|takes|cost|costing|costs)$/;
// Words that make "to kill" an intent, a threat or an attempt ("used artillery to kill 11" is a killing).
const INTENT = new RegExp(`^(?:${alternation(en.clauses.intent)})$`);

function isQuote(token: Token | undefined): boolean {
  return token !== undefined && QUOTES.has(token.text);
}

// startsPeople is asked about the same tokens again and again while scanning: memoised per sentence.
const startsPeopleMemo = new WeakMap<Token[], Int8Array>();

/** Does a people phrase (a new subject) start at k? */
function startsPeople(t: Token[], k: number): boolean {
  let memo = startsPeopleMemo.get(t);
  if (!memo) startsPeopleMemo.set(t, (memo = new Int8Array(t.length + 1)));
  if (memo[k] === 0) memo[k] = computeStartsPeople(t, k) ? 1 : 2;
  return memo[k] === 1;
}

function computeStartsPeople(t: Token[], k: number): boolean {
  const count = countPhraseAt(t, k) ?? (/^(?:the|his|her|their|its|all)$/.test(t[k]?.lower ?? "") ? countPhraseAt(t, k + 1) : null);
  if (count && count.noun) return true;
  return personPhraseAt(t, k, false) !== null;
}

/** Is the predicate at k the active verb of a clause with its own object ("shot a clerk")? */
function isActiveUse(t: Token[], k: number, p: Predicate, headline: boolean): boolean {
  // "shot", "shot and killed", "fatally shot": the predicate's last word takes the object.
  if (!TRANSITIVE.has(t[p.end - 1]!.lower)) return false;
  let b = k - 1;
  while (b >= 0 && (PREDICATE_FILLERS.has(t[b]!.lower) && !BE.has(t[b]!.lower))) b--;
  if (b >= 0 && BE.has(t[b]!.lower)) return false;
  const next = t[p.end];
  if (!next) return false;
  // "accidentally shot, killed friend", "shot and wounded two men": the verb shares an object.
  if ((next.lower === "," || next.lower === "and") && TRANSITIVE.has(t[p.end + 1]?.lower ?? "") && objectAt(t, p.end + 2, headline)) return true;
  if (reflexiveAt(t, p.end)) return true;
  if (/^(?:him|her|them|me|us)$/.test(next.lower)) return true;
  return objectAt(t, p.end, headline) !== null;
}

/**
 * The casualty predicate of a subject that ends at `from`. Loose mode lets a prepositional phrase
 * or an appositive stand between them ("Four people in a car were shot", "Cory Hollingshed, 25, of
 * Macon, died"); tight mode only auxiliaries and adverbs ("four were killed").
 */
function predicateOfSubject(t: Token[], from: number, context: SentenceContext, loose: boolean, headline = false): Predicate | null {
  let budget = loose ? 12 : 5;
  for (let k = from; k < t.length && budget > 0; k++, budget--) {
    const p = predicateAt(t, k, context);
    if (p) {
      // "The couple were nearly killed": no one died.
      if (k > from && NEAR_MISSES.has(t[k - 1]!.lower)) return null;
      // "The pilot flew in to evacuate the wounded", "a medic who treated the injured": after a
      // determiner the casualty word is the object of another verb, and the subject's clause
      // counts no one hurt.
      if (k > from && NOUN_DETERMINERS.has(t[k - 1]!.lower)) return null;
      // The subject does the shooting ("Logan shot himself dead", "the boy shot, killed his friend"):
      // the victim is the object, read by objectClaims.
      if (isActiveUse(t, k, p, headline)) return null;
      return withLaterDeath(t, p, context);
    }
    const token = t[k]!;
    // "Those two children were not injured", "the men weren't hurt": a denial, not a count. A zero
    // for one group says nothing of the incident's total (negations.ts reads "no one was hurt").
    if (NEGATIONS.has(token.lower) || token.lower.endsWith("n't")) return null;
    // "Rebel said killed", "two feared dead": a headline's hearsay right before the predicate is
    // the subject's ("is said to have been killed"), no speaker's clause.
    if (k === from && HEARSAY_BEFORE_PREDICATE.has(token.lower) && !/^(?:he|she|they|we|i|you)$/.test(t[k - 1]?.lower ?? "")) {
      const hearsaid = predicateAt(t, k + 1, context);
      // (The predicate ends its clause or a preposition follows: "said dead tissue" is a noun's adjective.)
      const after = t[hearsaid?.end ?? 0];
      if (hearsaid && (!after || after.kind === "punct" || en.clauses.notAdjectives.has(after.lower))) continue;
    }
    if (CLAUSE_END.has(token.lower) && !(token.lower === "as" && /^(?:reported|listed|described|confirmed)$/.test(t[k - 1]?.lower ?? ""))) return null;
    if (k > from && startsPeople(t, k)) return null;
    // "killed two men and left a third badly hurt": a new verb opens another clause.
    if (/^(?:left|leaving|leaves)$/.test(token.lower) && /^(?:and|,)$/.test(t[k - 1]?.lower ?? "")) return null;
    if (PREDICATE_FILLERS.has(token.lower) || TIME_WORDS.has(token.lower) || isQuote(token) || token.lower === ",") continue;
    if (token.lower === "to" && t[k + 1]?.lower === "be") { k++; continue; } // "reported to be in critical condition"
    if (token.lower === "as" && /^(?:reported|listed|described|confirmed)$/.test(t[k - 1]?.lower ?? "")) continue;
    if (token.lower === "including" || (token.lower === "among" && t[k + 1]?.lower === "them")) {
      // "Three people, including two children, killed": the inset is part of the subject.
      let close = k + 1;
      while (close < t.length && close < k + 10 && t[close]!.lower !== ",") close++;
      if (t[close]?.lower !== ",") return null;
      k = close;
      continue;
    }
    if (token.kind === "num" && t[k - 1]?.lower === ",") continue; // "Smith, 25, was killed"
    if (!loose) return null;
  }
  return null;
}

/** "was shot and later died", "injured in the shooting has died": the person died. */
function withLaterDeath(t: Token[], p: Predicate, context: SentenceContext): Predicate {
  if (p.kind !== "injured") return p;
  for (let k = p.end; k < t.length && k < p.end + 12; k++) {
    const word = t[k]!.lower;
    if (CLAUSE_END.has(word) && word !== "after" && word !== "as" && word !== "where") return p;
    // Another count ("Four people were shot, two were killed", "4 Shot, 2 Killed") or person ("leaves
    // 4 wounded, gunman dead") starts its own clause.
    // (A day of the month is no count: "wounded on July 15, dies".)
    if (startsPeople(t, k) || countPhraseAt(t, k) || (numberPhraseAt(t, k) && !isDayOfMonth(t, k))) return p;
    if (PERSON_SINGULAR.has(word) || PERSON_PLURAL.has(word)) return p;
    if (DEATH_AFTER_HURT.has(word)) {
      const death = predicateAt(t, k, context);
      if (death?.kind === "killed") return { kind: "killed", end: death.end };
    }
  }
  return p;
}

/** "July 15", "15 July": a number next to a month's name dates, it counts no one. */
function isDayOfMonth(t: Token[], k: number): boolean {
  return t[k]?.kind === "num" && (MONTHS.has(t[k - 1]?.lower.replace(/\.$/, "") ?? "") || MONTHS.has(t[k + 1]?.lower ?? ""));
}

/** ", one fatally" / ", two of them fatally" / ", one of whom died" after "N people were shot". */
function fatalShare(t: Token[], from: number, total: number): { killed: number; grave: boolean; start: number } | null {
  for (let k = from; k < t.length && k < from + 10; k++) {
    if (t[k]!.lower !== "," && t[k]!.lower !== "and") continue;
    const all = t[k + 1]?.lower === "all" || t[k + 1]?.lower === "both";
    const phrase = all ? { value: total, end: k + 2 } : numberPhraseAt(t, k + 1);
    if (!phrase) continue;
    let j = phrase.end;
    if (t[j]?.lower === "of" && (t[j + 1]?.lower === "them" || t[j + 1]?.lower === "whom")) j += 2;
    while (t[j] && PREDICATE_FILLERS.has(t[j]!.lower) && t[j]!.lower !== "fatally" && t[j]!.lower !== "critically") j++;
    const word = t[j]?.lower;
    if (phrase.value > total) return null;
    if (word === "fatally" || word === "mortally" || word === "died" || word === "dead" || word === "killed") return { killed: phrase.value, grave: false, start: k + 1 };
    if (word === "critically") return { killed: 0, grave: true, start: k + 1 };
  }
  return null;
}

function push(found: Found[], kind: FigureKind, people: PeoplePhrase, extra: Partial<Found> = {}): void {
  // "two others were shot": the others are not the dead, whatever the sentence says of them.
  if (people.others && extra.countsShot) extra = { ...extra, countsShot: false };
  found.push({
    kind,
    value: people.value,
    qualifier: people.qualifier,
    start: people.start,
    countsShot: false,
    singular: people.singular,
    part: people.part,
    others: people.others,
    increment: people.increment,
    revision: false,
    revisedFrom: null,
    ...extra,
  });
}

/**
 * "Three men and one woman were shot", "A grandmother, uncle, and baby were found dead": conjoined
 * people phrases add up. Two phrases joined by a comma alone are an apposition ("a 21-year-old man,
 * her relative, shot her"): one person, not two.
 */
function conjoinedPeople(t: Token[], first: PeoplePhrase, headline = false, subject = false): PeoplePhrase {
  if (!first.noun) return first;
  const items: PeoplePhrase[] = [first];
  const joiners: string[] = [];
  for (;;) {
    const last = items[items.length - 1]!;
    let at = last.end;
    // "Lena Varga, 44, and her 9-year-old son": an age set off by commas after a person.
    if (t[at]?.lower === "," && t[at + 1]?.kind === "num" && (t[at + 2]?.lower === "," || t[at + 2]?.lower === "and") && Number(t[at + 1]!.text) < 110) at += 2;
    const joiner = t[at]?.lower;
    if (joiner !== "and" && joiner !== ",") break;
    at++;
    if (joiner === "," && t[at]?.lower === "and") at++; // the serial comma
    // Later items may drop the article: "a mother, father, and toddler".
    // "Sheriff Joey Terrell and deputy Bill Zigan", "Terrell and Zigan": names join lists in body text.
    // "a woman and her two children": a count after a possessive counts people beside the first.
    const afterPossessive = /^(?:his|her|their)$/.test(t[at]?.lower ?? "") ? countPhraseAt(t, at + 1) : null;
    const described = countPhraseAt(t, at) ?? (afterPossessive?.noun ? afterPossessive : null) ?? personPhraseAt(t, at, true, headline);
    // "his 30-year-old brother, Omar Lindqvist, were hurt": a name after a comma names the person
    // just described (an apposition), it adds no one.
    if (!described && joiner === "," && PERSON_SINGULAR.has(t[last.end - 1]?.lower ?? "")) break;
    const next = described ?? (headline || !last.singular ? null : namePhraseAt(t, at, 1));
    // "A 6-year-old boy and three other people were hurt": others joined by "and" before the
    // shared predicate add to the subject; after a comma they start another clause. Not for objects:
    // "fatally shot a man and three others" need not have killed the others.
    if (!next || !next.noun || next.part || (next.others && !(subject && t[at - 1]!.lower === "and"))) break;
    // "Soldier, father of two, killed": a parent told by the number of children, set off by a
    // comma, describes the person before.
    if (joiner === "," && next.singular && PARENTS.has(t[next.end - 1]?.lower ?? "") && t[next.end]?.lower === "of") break;
    // "..., Sheriff Rusty Hierholzer said": the speaker, not one more victim.
    let after = next.end;
    while (isCapitalised(t[after])) after++;
    if (/^(?:said|says|told|added|stated)$/.test(t[after]?.lower ?? "")) break;
    items.push(next);
    joiners.push(t[at - 1]!.lower === "and" ? "and" : ",");
  }
  if (items.length === 1) return first;
  // "Volunteer, medic and father of three Ivan Petrenko was killed": a singular verb after a list
  // of singular nouns makes them one person's roles.
  // So does a name right after them, with no verb ("Actor and TV host Pavlo Li killed"): the
  // roles stand before one name.
  if (subject && items.every((item) => item.singular)) {
    const end = items[items.length - 1]!.end;
    let after = end;
    while (isCapitalised(t[after]) && !NOT_NAME_IN_LIST.has(t[after]!.lower)) after++;
    const roles = items.every((item) => PERSON_SINGULAR.has(t[item.end - 1]?.lower ?? ""));
    if (/^(?:was|is|has)$/.test(t[after]?.lower ?? "") || (roles && after - end >= 2)) return first;
  }
  // "2 Girls, 2 Men Shot": two counts in a comma list add up; "a 21-year-old man, her relative" is
  // one person named twice.
  const counted = (item: PeoplePhrase) => !item.singular && t[item.start]?.kind === "num";
  // Headlines write "and" as a comma ("teen, man shot in Eastfield", "shooting of child,
  // father"): two described people there are two.
  const described = (item: PeoplePhrase) => item.singular && PERSON_SINGULAR.has(t[item.end - 1]?.lower ?? "");
  // So does a role after a count ("two soldiers, army medic killed"): a plural count is no one
  // person's apposition.
  const headlineList = headline && (described(items[0]!) || (items.length === 2 && !items[0]!.singular && items[0]!.value > 1)) && described(items[1]!);
  // "Three children, their parents killed": a pair after a comma is more people, not the same ones.
  const pair = PAIRS.has(t[items[1]!.end - 1]?.lower ?? "") && !items[1]!.singular;
  if (items.length === 2 && joiners[0] === "," && !(counted(items[0]!) && counted(items[1]!)) && !headlineList && !pair) return first;
  // "Five visitors, three women and two men, were hurt": the rest spell out the first.
  if (joiners[0] === "," && !headlineList && items.slice(1).reduce((sum, item) => sum + item.value, 0) === first.value) return { ...first, end: items[items.length - 1]!.end };
  const last = items[items.length - 1]!;
  const value = items.reduce((sum, item) => sum + item.value, 0);
  const qualifier = items.find((item) => item.qualifier !== "exact")?.qualifier ?? "exact";
  return { ...first, value, end: last.end, singular: false, qualifier };
}

/**
 * A bare number after a name and a comma is an age, not a count: "Jamie Clayton, 22 was shot"
 * (a count above one takes "were", not "was"), "The women, both 22, were taken to the hospital".
 */
function isAgeInApposition(t: Token[], people: PeoplePhrase): boolean {
  if (people.noun || people.value < 2 || people.value > 110) return false;
  let before = people.start - 1;
  if (/^(?:both|each|all|ages?|aged)$/.test(t[before]?.lower ?? "")) before--;
  if (t[before]?.lower !== ",") return false;
  const next = t[people.end]?.lower ?? "";
  return next === "," || /^(?:was|is|has)$/.test(next);
}

/** "None of the (other) ...", "neither of the ...": the subject is denied the predicate. */
function isDeniedGroup(t: Token[], start: number): boolean {
  for (let b = start - 1; b >= 0 && b >= start - 4; b--) {
    const word = t[b]!.lower;
    if (word === "of") return /^(?:none|neither)$/.test(t[b - 1]?.lower ?? "");
    if (!/^(?:the|other|these|those|his|her|their)$/.test(word)) return false;
  }
  return false;
}

/** Subject + predicate: "Five people were shot", "the victim died", "Four killed". */
function subjectClaims(t: Token[], context: SentenceContext, headline: boolean, found: Found[]): void {
  for (let i = 0; i < t.length; i++) {
    // "Every killed soldier is a hero": anyone of a kind, no one counted (nor a name at the sentence's start).
    if (en.people.distributives.has(t[i]!.lower)) continue;
    const atStart = i === 0 || t[i - 1]!.lower === ":" || (i === 1 && isQuote(t[0])) || /^(?:said|say|says|that)$/.test(t[i - 1]!.lower);
    let people = countPhraseAt(t, i);
    let loose = people !== null && people.noun;
    if (!people) {
      people = personPhraseAt(t, i, atStart, headline);
      loose = people !== null;
    }
    // "Marcus died soon after", "He was shot in the back": one person, the predicate right after.
    if (!people && atStart && !headline) people = namePhraseAt(t, i, 1);
    let pronoun = false;
    if (!people && (t[i]!.lower === "he" || t[i]!.lower === "she")) {
      people = { value: 1, qualifier: "exact", start: i, end: i + 1, singular: true, part: false, others: false, increment: false, noun: true };
      pronoun = true;
    }
    if (!people && (t[i - 1]?.lower === "," || t[i - 1]?.lower === "and" || i === 0)) {
      const name = namePhraseAt(t, i);
      if (name && t[name.end]?.lower === ",") people = name; // "Cory Hollingshed, 25, ..., died"
    }
    // "Cory Hollingshed, 25, of Macon, died", "Marco Delacroix, a 40-year-old driver, died"
    if (people && people.singular && t[people.end]?.lower === ",") loose = true;
    if (!people) continue;
    if (isAgeInApposition(t, people)) continue;
    // "None of the other eight people inside were injured", "neither of the two men was hurt".
    if (isDeniedGroup(t, people.start)) { i = Math.max(i, people.end - 1); continue; }
    const alone = people;
    people = conjoinedPeople(t, people, headline, true);
    // "Ana Pike and her son, Leo Pike, were also hurt ...": an appositive may follow.
    if (people !== alone && t[people.end]?.lower === ",") loose = true;
    // "he and three others were shot": more than the person already counted.
    if (people !== alone) pronoun = false;
    // "three children among injured", "10 children among those killed": at least that many hurt.
    const among = t[people.end]?.lower === "among" ? t[people.end + (/^(?:the|those)$/.test(t[people.end + 1]?.lower ?? "") ? 2 : 1)]?.lower : undefined;
    if (among && /^(?:injured|wounded|dead|killed|victims)$/.test(among)) {
      push(found, among === "dead" || among === "killed" ? "killed" : "injured", { ...people, qualifier: "at least", part: false });
      i = people.end;
      continue;
    }
    const predicate = predicateOfSubject(t, people.end, context, loose, headline);
    if (!predicate) {
      // "6 dead and 10 wounded civilians", "two wounded soldiers were evacuated"
      if (people.state) push(found, people.state === "dead" ? "killed" : "injured", people);
      i = Math.max(i, people.end - 1);
      continue;
    }
    // "one of five people shot ... has died": the five were shot, one of them died.
    if (people.group) {
      // "one of three men who were hit by bullets": the relative clause holds the predicate.
      let at = people.group.end;
      if (/^(?:who|that)$/.test(t[at]?.lower ?? "")) at++;
      while (at < people.group.end + 4 && t[at] && PREDICATE_FILLERS.has(t[at]!.lower) && !/^(?:fatally|mortally|critically)$/.test(t[at]!.lower)) at++;
      const groupPredicate = predicateAt(t, at, context);
      if (groupPredicate && groupPredicate.kind === "injured") push(found, "injured", { ...people.group, part: false }, { countsShot: groupPredicate.countsShot === true });
    }
    const share = predicate.kind === "injured" && !people.singular ? fatalShare(t, predicate.end, people.value) : null;
    if (share && share.killed > 0) {
      push(found, "killed", { ...people, value: share.killed, qualifier: "exact", start: share.start });
      if (people.value - share.killed > 0) push(found, "injured", { ...people, value: people.value - share.killed });
    } else {
      // "ten of the injured are in grave condition" is part of the injured but the whole grave count.
      // "The three victims went to hospital": the victims of a shooting are the people shot,
      // the dead among them.
      // So are "all four", "both": everyone the story counted, the dead among them ("All four went
      // to Central Hospital" after "1 dead, 3 injured").
      const everyone = t[people.start]?.lower === "both" || /^(?:all|both)$/.test(t[people.start - 1]?.lower ?? "");
      const victims = predicate.kind === "injured" && (/^victims$/.test(t[people.end - 1]?.lower ?? "") || everyone);
      // "a girl was hurt, and three men were also injured": "also" counts others besides.
      const also = predicate.kind === "injured" && t.slice(people.end, predicate.end).some((x) => x.lower === "also");
      push(found, predicate.kind, also ? { ...people, others: true } : people, { countsShot: predicate.countsShot === true || victims, part: people.part && predicate.kind !== "grave", pronoun });
      // "in critical condition": hurt, and gravely so (unless the subject is "ten of the injured").
      if (predicate.kind === "grave" && !people.part) push(found, "injured", people, { pronoun });
      if (predicate.grave) push(found, "grave", people, { pronoun });
    }
    i = Math.max(i, predicate.end - 1);
  }
}

/** The object of an active casualty verb: a count, one person, a name or "himself". */
function objectAt(t: Token[], o: number, headline = false): PeoplePhrase | null {
  const count = countPhraseAt(t, o);
  if (count) {
    if (count.noun) return count;
    const next = t[count.end];
    // A bare count must end the object: "killing four and wounding", "wounding over 40,".
    if (!next || next.kind === "punct" || /^(?:and|in|on|at|during|near|while|when|after|including|inside|outside|overnight|early|late|people|across|as|before|since|with|from|today|yesterday|last|this)$/.test(next.lower)) return count;
    return null;
  }
  // "killed former co-worker Rolando Gonzalez-Delgado": a bare title before a name.
  const titled = headline ? null : personPhraseAt(t, o, true);
  if (titled && isCapitalised(t[titled.end])) {
    const name = namePhraseAt(t, titled.end, 1);
    return { ...titled, end: name ? name.end : titled.end };
  }
  // "and killed local resident", as translated copy drops the article: a bare role ending the
  // object (the clause ends, or a place or time follows) is one person.
  // (Only after a verb that is no adjective: "the injured teen", "a critically wounded man",
  // "the shooting suspect" name no one hurt.)
  let verb = o - 1;
  while (verb > 0 && PREDICATE_FILLERS.has(t[verb - 1]!.lower) && !BE.has(t[verb - 1]!.lower)) verb--;
  const adjective = verb === 0 || NOT_VERB_BEFORE.has(t[verb - 1]!.lower) || t[verb - 1]!.kind === "num" || /ing$/.test(t[o - 1]?.lower ?? "");
  if (titled && !adjective && !isCapitalised(t[o]) && (!t[titled.end] || t[titled.end]!.kind === "punct" || BARE_OBJECT_NEXT.has(t[titled.end]!.lower))) return titled;
  // Title Case makes every headline word look like a name: no names as objects there.
  return personPhraseAt(t, o, false, headline) ?? reflexiveAt(t, o) ?? (headline ? null : namePhraseAt(t, o)) ?? ageObject(t, o) ?? (headline ? null : surnameObject(t, o));
}

/** "mortally wounding Troyer in the chest": a lone surname, followed by the end of the clause. */
function surnameObject(t: Token[], o: number): PeoplePhrase | null {
  const name = namePhraseAt(t, o, 1);
  if (!name || name.end !== o + 1) return null;
  const next = t[o + 1];
  if (next && next.kind === "word" && !/^(?:in|on|at|with|and|during|after|before|while|outside|inside|near|as)$/.test(next.lower)) return null;
  return name;
}

/** "killed 25-year-old Jaden Rahm": an age then a name. */
function ageObject(t: Token[], o: number): PeoplePhrase | null {
  const person = personPhraseAt(t, o, true);
  return person && /\d|year|month/.test(t[o]!.lower) ? person : null;
}

/** Verb + object: "killing four people", "wounding over 40", "shot and killed Sheymarr Noble". */
function objectClaims(t: Token[], headline: boolean, found: Found[], gunfire = false): void {
  for (let k = 0; k < t.length; k++) {
    const w = t[k]!.lower;
    let kind: FigureKind | null = null;
    let countsShot = false;
    let o = k + 1;
    // "trying to kill 2 officers", "plotted to injure", "attempted to kill": an intent or an attempt, no one died of it.
    // ("confessing to killing his ex-wife" is a killing: only the bare infinitive is an intent.)
    if ((en.casualty.infinitives.has(w) && t[k - 1]?.lower === "to" && t.slice(Math.max(0, k - 5), k - 1).some((x) => INTENT.test(x.lower))) || (KILL_VERBS.has(w) && /^(?:attempted|attempting|tried|trying)$/.test(t[k - 1]?.lower ?? ""))) continue;
    // "avenge every killed soldier": after "every", "each", "any" the verb is an adjective of anyone of a kind.
    if (en.people.distributives.has(t[k - 1]?.lower ?? "")) continue;
    if (KILL_VERBS.has(w)) kind = "killed";
    else if (INJURE_VERBS.has(w)) kind = "injured";
    else if (SHOOT_VERBS.has(w)) {
      if (t[k + 1]?.lower === "and" && KILL_VERBS.has(t[k + 2]?.lower ?? "")) { kind = "killed"; o = k + 3; }
      // "shoot dead three men", as headlines write "shot three men dead"
      else if (t[k + 1]?.lower === "dead") { kind = "killed"; o = k + 2; }
      else if (t[k + 1]?.lower === "and" && INJURE_VERBS.has(t[k + 2]?.lower ?? "")) { kind = "injured"; o = k + 3; }
      else { kind = "injured"; countsShot = true; }
    } else if ((w === "struck" || w === "hit") && gunfire && !CLUBBED.test(t.slice(k, k + 12).map((x) => x.lower).join(" "))) {
      // "the hunter whose stray round struck a farmhand", "the bullet struck the
      // 17-year-old": in a sentence about gunfire, a person struck is a person shot.
      kind = "injured";
      countsShot = true;
    } else if ((w === "fatally" || w === "mortally") && (SHOOT_VERBS.has(t[k + 1]?.lower ?? "") || INJURE_VERBS.has(t[k + 1]?.lower ?? ""))) {
      kind = "killed";
      o = k + 2;
    } else if (w === "lives" && t[k + 1]?.lower === "of" && /^(?:claimed|took|claiming|taking|cost|costing)$/.test(t[k - 2]?.lower ?? "")) {
      kind = "killed";
      o = k + 2;
    } else if (LIFE_TAKING.test(w)) {
      // "an ambush that claimed six lives": the count before "lives" is the dead.
      const count = numberPhraseAt(t, k + 1);
      if (count && t[count.end]?.lower === "lives") {
        found.push({ kind: "killed", value: count.value, qualifier: count.qualifier, start: count.start, countsShot: false, singular: false, part: false, others: false, increment: false, revision: false, revisedFrom: null });
        k = count.end;
      }
      continue;
    }
    if (!kind) continue;
    // Passive ("were killed"), not active: the subject grammar reads it.
    let b = k - 1;
    while (b >= 0 && PREDICATE_FILLERS.has(t[b]!.lower) && !BE.has(t[b]!.lower)) b--;
    if (b >= 0 && BE.has(t[b]!.lower)) continue;
    if (t[o]?.lower === "at" && t[o + 1]?.lower === "least") { /* "killing at least 12": the number phrase reads it */ }
    const single = objectAt(t, o, headline);
    if (!single) continue;
    // "wounded a 7-year-old girl and a 35-year-old man"
    const object = conjoinedPeople(t, single, headline);
    // "shot two men dead", "shot him to death"
    if (countsShot && (t[object.end]?.lower === "dead" || (t[object.end]?.lower === "to" && t[object.end + 1]?.lower === "death"))) {
      kind = "killed";
      countsShot = false;
    }
    push(found, kind, object, { countsShot });
    // "fatally shot three men", "shot and killed X": the verb's other words are read; go on after them.
    k = o - 1;
  }
  // "left two people dead and three injured", "leaves 17 Year-Old Dead"
  for (let k = 0; k < t.length; k++) {
    if (!/^(?:left|leaves|leaving|leave)$/.test(t[k]!.lower)) continue;
    let o = k + 1;
    for (let n = 0; n < 2; n++) {
      const object = countPhraseAt(t, o) ?? personPhraseAt(t, o, true);
      if (!object) break;
      // "left one seriously injured", "leaving two critically wounded"
      const adverb = /^(?:seriously|critically|gravely|badly|severely|slightly|mortally)$/.test(t[object.end]?.lower ?? "") ? 1 : 0;
      const state = t[object.end + adverb]?.lower;
      const kind: FigureKind | null = state === "dead" ? "killed" : state === "injured" || state === "wounded" || state === "hurt" ? "injured" : state === "missing" ? "missing" : null;
      if (!kind) break;
      push(found, kind, object);
      if (t[object.end + adverb + 1]?.lower !== "and" && t[object.end + adverb + 1]?.lower !== ",") break;
      o = object.end + adverb + 2;
    }
  }
}

/** Noun constructions: tolls, "number of people killed", bodies, "double homicide". */
function nounClaims(t: Token[], headline: boolean, found: Found[]): void {
  // A record's label opening the sentence: "Fatalities: 3." (only a figure that ends the sentence).
  const label = t[0]?.lower ?? "";
  const labelled = en.casualty.labels.killed.has(label) ? "killed" : en.casualty.labels.injured.has(label) ? "injured" : null;
  if (labelled && t[1]?.lower === ":") {
    const phrase = numberPhraseAt(t, 2);
    if (phrase && (phrase.end >= t.length || t[phrase.end]!.lower === ".")) {
      found.push({ kind: labelled, value: phrase.value, qualifier: phrase.qualifier, start: 2, countsShot: false, singular: false, part: false, others: false, increment: false, revision: false, revisedFrom: null });
    }
  }
  // "there is a dead", as translated copy says one person died ("there are dead" counts no one).
  for (let k = 0; k + 3 < t.length; k++) {
    if (t[k]!.lower !== "there" || !/^(?:is|was)$/.test(t[k + 1]!.lower) || !/^(?:a|one)$/.test(t[k + 2]!.lower)) continue;
    const state = t[k + 3]!.lower;
    const kind: FigureKind | null = state === "dead" || state === "killed" ? "killed" : state === "wounded" || state === "injured" ? "injured" : null;
    if (kind) found.push({ kind, value: 1, qualifier: "exact", start: k + 2, countsShot: false, singular: false, part: false, others: false, increment: false, revision: false, revisedFrom: null });
  }
  for (let k = 0; k < t.length; k++) {
    const w = t[k]!.lower;
    // "the death toll rose to five", "the toll stands at 12", "raising the toll to 20"
    // "the number of people killed ... has increased to 15", "number of injured rose to 14"
    let kind: FigureKind | null = null;
    if (w === "toll") kind = /^(?:injury|injured|wounded)$/.test(t[k - 1]?.lower ?? "") ? "injured" : "killed";
    if (w === "number" && t[k + 1]?.lower === "of") {
      for (let j = k + 2; j <= k + 5 && j < t.length; j++) {
        const word = t[j]!.lower;
        if (/^(?:killed|dead|deaths|fatalities|victims|died)$/.test(word)) { kind = "killed"; break; }
        if (/^(?:injured|wounded|injuries|hurt|casualties)$/.test(word)) { kind = word === "casualties" ? null : "injured"; break; }
      }
    }
    if (kind) {
      for (let j = k + 1; j < t.length && j <= k + 30; j++) {
        if (t[j]!.lower === "." || t[j]!.lower === ";") break;
        if (t[j - 1]?.lower === "from") continue;
        if (!/^(?:to|at|of|is|was|reached|hit|stands|stood|now)$/.test(t[j - 1]?.lower ?? "")) continue;
        const phrase = numberPhraseAt(t, j);
        if (!phrase) continue;
        // The figure ends there or counts people: not "a run of 3 shootings over 2 nights".
        const after = t[phrase.end];
        if (after && after.kind === "word" && !/^(?:people|persons|civilians|victims|dead|killed|injured|wounded|and|in|on|at|after|as|from|with|by|since|according|including|but|while|when|so|now|overnight|today|yesterday|this|last)$/.test(after.lower)) continue;
        found.push({ kind, value: phrase.value, qualifier: phrase.qualifier, start: j, countsShot: false, singular: false, part: false, others: false, increment: false, revision: isRevisionTarget(t, j), revisedFrom: revisedFromBefore(t, j), });
        break;
      }
      continue;
    }
    // "the shooting death of 17-year-old Theo Marsh", "the deaths of two men", "the killing of a teen"
    if (/^(?:death|deaths|killing|killings|murder|murders|slaying|slayings|shooting|shootings|wounding)$/.test(w) && t[k + 1]?.lower === "of") {
      const first = objectAt(t, k + 2, headline);
      const object = first ? conjoinedPeople(t, first, headline) : null;
      if (object && !(w === "death" && object.value > 1)) {
        // "the fatal shooting of one man", "the shooting death of": killed; "the shooting of a boy": shot.
        const fatal = /^(?:fatal|deadly)$/.test(t[k - 1]?.lower ?? "");
        if (w === "wounding") push(found, "injured", object);
        else if (w.startsWith("shooting") && !fatal) push(found, "injured", object, { countsShot: true });
        else push(found, "killed", object);
      }
      continue;
    }
    const possessive = possessiveDeathAt(t, k);
    if (possessive) {
      push(found, "killed", possessive);
      continue;
    }
    // "45 dead bodies", "the bodies of four peaceful civilians", "two more bodies" (an increment)
    if (w === "bodies" || w === "body") {
      if (t[k + 1]?.lower === "of") {
        const people = countPhraseAt(t, k + 2);
        if (people && people.noun && !people.part) push(found, "killed", people);
      } else if (w === "body" && recoveredFromRuins(t, k)) {
        // "a man's body recovered from under the rubble": one dead ("another body": an increment).
        push(found, "killed", { value: 1, qualifier: "exact", start: k, end: k + 1, singular: true, part: false, others: false, increment: t[k - 1]?.lower === "another", noun: true });
      }
      continue;
    }
    // "double homicide", "triple shooting"
    const multiple = MULTIPLES[w];
    if (multiple) {
      const next = t[k + 1]?.lower ?? "";
      const people = { value: multiple, qualifier: "exact" as Qualifier, start: k, end: k + 2, singular: false, part: false, others: false, increment: false, noun: true };
      if (/^(?:homicides?|murders?|killings?|slayings?|fatal)$/.test(next)) push(found, "killed", people);
      else if (/^(?:shootings?)$/.test(next)) push(found, "injured", people, { countsShot: true });
    }
  }
  // "45 dead bodies", "30 bodies": a count before "bodies".
  for (let k = 0; k < t.length; k++) {
    if (t[k]!.lower !== "bodies") continue;
    for (let j = Math.max(0, k - 4); j < k; j++) {
      const phrase = numberPhraseAt(t, j);
      if (!phrase) continue;
      const between = t.slice(phrase.end, k).map((x) => x.lower);
      if (between.every((x) => /^(?:dead|more|other|additional|civilian|civilians'|unidentified)$/.test(x))) {
        found.push({ kind: "killed", value: phrase.value, qualifier: phrase.qualifier, start: j, countsShot: false, singular: false, part: false, others: false, increment: between.includes("more") || t[j - 1]?.lower === "another", revision: false, revisedFrom: null });
        break;
      }
    }
  }
}

/** Is the body at k taken out of ruins ("a body recovered from under the rubble", "rescuers pulled a man's body from the ruins")? */
function recoveredFromRuins(t: Token[], k: number): boolean {
  const after = t.slice(k + 1, k + 9).map((x) => x.lower);
  const recovered = [...t.slice(Math.max(0, k - 4), k).map((x) => x.lower), ...after].some((w) => en.casualty.bodyRecovered.has(w));
  return recovered && after.some((w) => en.casualty.ruins.has(w));
}

/**
 * "killed four people and then turned the gun on himself": the dead are the four and the gunman.
 * When a sentence tells of others killed and of the killer's own death, it adds a claim of the
 * total (the victims plus one); the victims' count stays, within it. A gunman who "shot himself"
 * and lived is no death (SURVIVED words in the sentence).
 */
function addSelfInflictedDeath(t: Token[], text: string, found: Found[]): void {
  if (!SELF_DEATH.test(text) || SELF_SURVIVED.test(text)) return;
  const isSelf = (c: Found) => REFLEXIVES.has(t[c.start]?.lower ?? "");
  const victims = found.filter((c) => c.kind === "killed" && !isSelf(c) && c.qualifier === "exact" && !c.revision);
  if (victims.length === 0) return;
  const most = victims.reduce((a, b) => (b.value > a.value ? b : a));
  found.push({ ...most, value: most.value + 1, singular: false, part: false, others: false, increment: false, start: most.start });
  if (!found.some(isSelf)) found.push({ ...most, value: 1, singular: true, part: true, start: t.length });
}

/** Revision marks on each claim: "rose to five" (a revision), "from three to four" (revisedFrom). */
function markRevisions(t: Token[], found: Found[]): void {
  for (const claim of found) {
    const phrase = numberPhraseAt(t, claim.start);
    if (isRevisionTarget(t, claim.start)) claim.revision = true;
    claim.revisedFrom ??= revisedFromBefore(t, claim.start) ?? (phrase ? revisedFromAfter(t, phrase.end) : null);
    if (claim.revisedFrom !== null) claim.revision = true;
  }
  const toll = tollRevisionFrom(t);
  if (toll) {
    // "..., raising the toll from three": the sentence's largest figure of that kind is the new one.
    const target = found.filter((c) => c.kind === toll.kind && c.value > toll.from).sort((a, b) => b.value - a.value)[0];
    if (target) {
      target.revisedFrom = toll.from;
      target.revision = true;
    }
  }
}

/** Cleans up a sentence's claims: increments go, "others" add up, duplicates collapse. */
function settle(found: Found[]): Found[] {
  const ordered = [...found].sort((a, b) => a.start - b.start);
  const kept: Found[] = [];
  for (const claim of ordered) {
    const earlier = kept.filter((c) => c.start < claim.start);
    // "two more bodies", "another 30": an increment, unless "more" means others after a count
    // ("killed four civilians and wounded eight more").
    if (claim.increment && earlier.length === 0) continue;
    if (claim.others && claim.kind === "injured") {
      // "one in critical condition, three others injured": the others add to the hurt already counted.
      const hurt = earlier.find((c) => (c.kind === "injured" || c.kind === "grave") && !c.others && !c.part);
      if (hurt) {
        claim.value += hurt.value;
        claim.singular = false;
        const absorbed = kept.indexOf(earlier.find((c) => c.kind === "injured" && c.start === hurt.start)!);
        if (absorbed >= 0) kept.splice(absorbed, 1);
      }
    }
    const same = kept.find((c) => c.kind === claim.kind && c.value === claim.value);
    if (same) {
      same.revision ||= claim.revision;
      same.revisedFrom ??= claim.revisedFrom;
      same.singular &&= claim.singular;
      continue;
    }
    kept.push(claim);
  }
  // "Hale died on Monday after he was hit": the pronoun is someone already counted.
  // Their condition ("where he was in critical condition") still tells how gravely they were hurt.
  const named = kept.filter((c) => !(c.pronoun && c.kind !== "grave" && kept.some((o) => !o.pronoun)));
  // One person ("a man was shot") beside a count of the same kind in one sentence is part of it.
  return named.filter((c) => !(c.singular && named.some((o) => o !== c && o.kind === c.kind && !o.singular && o.value >= c.value)));
}

export function findCasualtyClaims(passage: Passage): CasualtyClaim[] {
  const text = passage.text;
  // Running tallies of a war, a year or an army's losses are not an incident's figures (tallies.ts).
  if (!CASUALTY_HINT.test(text) || isTallySentence(text)) return [];
  // "Officers first reported six people shot, then corrected the count to three": the
  // first figure was withdrawn by its own source.
  if (WITHDRAWN.test(text)) return [];
  const t = tokenize(text);
  const context: SentenceContext = { gunfire: GUNFIRE.test(text), condition: /condition/i.test(text) };
  const found: Found[] = [];
  subjectClaims(t, context, passage.isTitle, found);
  objectClaims(t, passage.isTitle, found, context.gunfire);
  nounClaims(t, passage.isTitle, found);
  markRevisions(t, found);
  addSelfInflictedDeath(t, text, found);
  const settled = settle(found).filter((claim) => !isTallyFigure(claim.value, text));
  for (const zero of findZeroCounts(text)) {
    if (settled.some((c) => c.kind === zero.kind)) continue;
    settled.push({ kind: zero.kind, value: 0, qualifier: "exact", start: t.length, countsShot: false, singular: false, part: zero.others, others: zero.others, increment: false, revision: false, revisedFrom: null });
  }
  if (settled.length === 0) return [];
  const attribution = findAttribution(text);
  return settled.map((claim) => {
    const out: CasualtyClaim = {
      kind: claim.kind,
      value: claim.value,
      qualifier: claim.qualifier,
      attribution,
      quote: text,
      passage: passage.index,
      revisedFrom: claim.revisedFrom,
    };
    if (claim.revision) out.revision = true;
    if (claim.countsShot) out.countsShot = true;
    if (claim.singular || claim.part) out.part = true;
    return out;
  });
}
