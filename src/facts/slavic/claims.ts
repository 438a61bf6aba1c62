// Casualty claims in a Ukrainian or Russian sentence: "загинули четверо людей", "43 людини отримали
// поранення", "кількість поранених зросла до 46", "погибли 4 человека", "ранены более 40",
// "загинула 71-річна жінка". Word order is free in both languages, so the grammar pairs each
// casualty word with the nearest count in its clause (before or after it, never across a comma or
// a conjunction that opens another clause); a person noun with no count is one person. Counts are
// digits or number words in any case form (четверо, чотирьох, сорок шість), with the qualifier
// before them (щонайменше, более). Ages ("71-річна") and dates ("7 червня") are never counts.
import type { CasualtyClaim, FigureKind, Passage, Qualifier } from "../../model.js";
import type { SlavicLexicon } from "../lexicon/index.js";
import { findSlavicAttribution } from "./attribution.js";
import type { SlavicLang } from "./lexicons.js";
import { fold, lexiconOf, stemMatcher, tokenizeSlavic, type SlavicToken } from "./text.js";

/** How many tokens a count may stand from its casualty word. */
const REACH = 5;
/** A count of a thousand or more is a war's tally, not an incident's. */
const TALLY_SIZE = 1000;
// Words that open another clause: a count beyond them belongs to that clause's verb.
const CLAUSE_BREAK = new Set([",", ";", ".", ":", "!", "?", "(", ")", "–", "—", "а", "але", "но", "ще", "еще", "також", "также", "і", "й", "та", "и"]);

interface Grammar {
  kinds: [FigureKind, (word: string) => boolean][];
  isPerson: (word: string) => boolean;
  isOnePerson: (word: string) => boolean;
  numbers: Record<string, number>;
  qualifiers: [string[], Qualifier][];
  tallies: string[];
  revisions: string[][];
}

const grammars = new Map<SlavicLang, Grammar>();
function grammarOf(lang: SlavicLang): Grammar {
  let grammar = grammars.get(lang);
  if (!grammar) {
    const { casualty } = lexiconOf(lang) as SlavicLexicon;
    // Phrases ("отримали поранення") are matched by their words; a single stem by itself.
    const firstWords = (list: string[]) => stemMatcher(list.map((s) => s.split(" ").find((w) => !/^(?:у|в|під|под)$/.test(w))!));
    grammar = {
      kinds: [
        ["killed", firstWords(casualty.killed)],
        ["injured", firstWords(casualty.injured)],
        ["missing", stemMatcher(casualty.missing.map((s) => s.split(" ")[0]!))],
      ],
      isPerson: stemMatcher(casualty.people),
      isOnePerson: stemMatcher(casualty.onePerson),
      numbers: Object.fromEntries(Object.entries(casualty.numbers).map(([w, v]) => [fold(w), v])),
      qualifiers: casualty.qualifiers.map(([words, q]) => [fold(words).split(" "), q] as [string[], Qualifier]).sort((a, b) => b[0].length - a[0].length),
      tallies: casualty.tallies.map(fold),
      revisions: casualty.revisions.map((r) => fold(r).split(" ")),
    };
    grammars.set(lang, grammar);
  }
  return grammar;
}

interface Count {
  value: number;
  qualifier: Qualifier;
  start: number;
  end: number;
  revision: boolean;
}

function wordsAt(t: SlavicToken[], i: number, words: string[]): boolean {
  return words.every((w, k) => t[i + k]?.word === w);
}

/** A count starting at token i: [qualifier] number [number], or null. */
function countAt(t: SlavicToken[], i: number, g: Grammar): Count | null {
  let j = i;
  let qualifier: Qualifier = "exact";
  let revision = false;
  for (const words of g.revisions) {
    if (wordsAt(t, j, words.slice(-1)) && words.length > 0) {
      // "зросла до 46": the revision's "до" is no "up to".
      const from = j - (words.length - 1);
      if (from >= 0 && wordsAt(t, from, words)) { revision = true; j++; break; }
    }
  }
  if (!revision) {
    for (const [words, q] of g.qualifiers) {
      if (wordsAt(t, j, words)) {
        qualifier = q;
        j += words.length;
        break;
      }
    }
  }
  const first = t[j];
  if (!first) return null;
  let value: number | null = null;
  let end = j + 1;
  if (first.kind === "num") value = Number(first.word.replace(",", "."));
  else if (first.word in g.numbers) {
    value = g.numbers[first.word]!;
    // "сорок шість", "двадцять одного": tens then units.
    const next = t[j + 1];
    if (value >= 20 && value % 10 === 0 && value < 100 && next && next.word in g.numbers && g.numbers[next.word]! < 10) {
      value += g.numbers[next.word]!;
      end++;
    }
  }
  if (value === null || !Number.isInteger(value)) {
    // "кілька", "десятки" alone are vague counts.
    if (qualifier === "several" || qualifier === "dozens") return { value: qualifier === "several" ? 3 : 24, qualifier, start: i, end: j, revision };
    return null;
  }
  if (value >= 1900 && value <= 2100 && first.kind === "num") return null; // a year
  // What follows a count: a person noun, a casualty word, or the end of the clause; anything else
  // ("3 будинки", "7 червня", "5 ракет") is not a count of people.
  const after = t[end];
  if (after?.word === "%" || /^(?:відсот|процент)/.test(after?.word ?? "")) return null; // "опіки понад 70% тіла"
  if (after && after.kind === "word" && !g.isPerson(after.word) && !g.kinds.some(([, is]) => is(after.word)) && !/^(?:з|із|зі|из|с|серед|среди|в|у|на|під|под|після|после|внаслідок|в результате|людина|людини|человек)$/.test(after.word)) return null;
  return { value, qualifier, start: i, end, revision };
}

/** The count nearest to the casualty word at k, in its clause. */
function nearestCount(t: SlavicToken[], k: number, g: Grammar, used: Set<number>): Count | null {
  for (let d = 1; d <= REACH; d++) {
    // After the word first ("загинули четверо"), then before it ("4 людини загинули").
    const after = k + d;
    if (after < t.length && !t.slice(k + 1, after).some((x) => CLAUSE_BREAK.has(x.word))) {
      const count = used.has(after) ? null : countAt(t, after, g);
      if (count) return count;
    }
    const before = k - d;
    if (before >= 0 && !t.slice(before + 1, k).some((x) => CLAUSE_BREAK.has(x.word)) && !CLAUSE_BREAK.has(t[before]!.word)) {
      // A count ends right before the words between it and the casualty word.
      for (let s = Math.max(0, before - 3); s <= before; s++) {
        if (used.has(s)) continue;
        const count = countAt(t, s, g);
        if (count && count.end === before + 1) return count;
      }
    }
  }
  return null;
}

/** One person named next to the casualty word ("загинула жінка", "погиб мужчина"). */
function onePersonNear(t: SlavicToken[], k: number, g: Grammar): boolean {
  for (let j = Math.max(0, k - 3); j <= Math.min(t.length - 1, k + 3); j++) {
    if (j === k) continue;
    const between = j < k ? t.slice(j + 1, k) : t.slice(k + 1, j);
    if (between.some((x) => CLAUSE_BREAK.has(x.word))) continue;
    if (g.isOnePerson(t[j]!.word)) return true;
  }
  return false;
}

export function findSlavicCasualtyClaims(passage: Passage, lang: SlavicLang): CasualtyClaim[] {
  const g = grammarOf(lang);
  const folded = fold(passage.text);
  if (g.tallies.some((phrase) => folded.includes(phrase))) return [];
  const t = tokenizeSlavic(passage.text);
  const found: { kind: FigureKind; count: Count | null }[] = [];
  const used = new Set<number>();
  for (let k = 0; k < t.length; k++) {
    if (t[k]!.kind !== "word") continue;
    const kind = g.kinds.find(([, is]) => is(t[k]!.word))?.[0];
    if (!kind) continue;
    const count = nearestCount(t, k, g, used);
    if (count) {
      for (let x = count.start; x < count.end; x++) used.add(x);
      found.push({ kind, count });
    } else if (onePersonNear(t, k, g)) {
      found.push({ kind, count: null });
    }
  }
  const attribution = found.length ? findSlavicAttribution(passage.text, lang) : null;
  const claims: CasualtyClaim[] = [];
  for (const { kind, count } of found) {
    const value = count ? count.value : 1;
    if (value >= TALLY_SIZE) continue;
    if (claims.some((c) => c.kind === kind && c.value === value)) continue;
    const claim: CasualtyClaim = { kind, value, qualifier: count?.qualifier ?? "exact", attribution, quote: passage.text, passage: passage.index, revisedFrom: null };
    if (count?.revision) claim.revision = true;
    if (!count) claim.part = true;
    claims.push(claim);
  }
  // One person beside a count of the same kind is part of it.
  return claims.filter((c) => !(c.part && claims.some((o) => o !== c && o.kind === c.kind && !o.part)));
}
