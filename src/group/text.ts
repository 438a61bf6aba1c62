import { stemmer as russianStem } from "@orama/stemmers/russian";
import { stemmer as ukrainianStem } from "@orama/stemmers/ukrainian";
import { backgroundShare } from "./background.js";

// TF-IDF vectors for report text: the similarity behind grouping (and the eval baseline).
// Terms are folded word forms with a light plural strip; weights are sublinear tf times smoothed
// idf over the reports of this build, L2-normalised, stored as sorted term ids for merge-joins.

const STOP_WORDS = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being below between " +
    "both but by can could did do does doing down during each few for from further had has have having he her here " +
    "hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off " +
    "on once only or other our ours ourselves out over own same she should so some such than that the their theirs " +
    "them themselves then there these they this those through to too under until up very was we were what when where " +
    "which while who whom why will with would you your yours yourself yourselves said says say told according " +
    "according one two three four five six seven eight nine ten mr mrs ms would could may might must shall"
  ).split(" "),
);


const LETTER = /[\p{L}\p{N}\p{M}]/u;
const CYRILLIC = /[\u0400-\u04ff]/;
const UKRAINIAN_LETTERS = /[іїєґ]/;

/**
 * Folded words of a text, stop words and one-letter words removed. A character loop, since
 * tokenising is the bulk of grouping time: ASCII letters and digits make words, other ASCII
 * splits them, and only non-ASCII characters are classified (curly quotes split, "é" or "ї"
 * join, and words holding them are folded: "Paraskoviïvka" -> "paraskoviivka"). The "s" of a
 * possessive ("police's") is a one-letter word and drops out.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  let start = -1;
  let unicode = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    let isWord: boolean;
    if (c < 128) isWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    else {
      isWord = LETTER.test(lower[i]!);
      unicode ||= isWord;
    }
    if (isWord) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      let word = lower.slice(start, i);
      // Ukrainian and Russian words inflect ("удар", "удару", "ударом"): their stems are the terms
      // (@orama/stemmers, about 1 µs a word), so reports in one language share them.
      if (unicode && CYRILLIC.test(word)) word = (UKRAINIAN_LETTERS.test(word) ? ukrainianStem(word) : russianStem(word)).replace(/ё/g, "е");
      else if (unicode) word = word.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
      if (word.length >= 2 && !STOP_WORDS.has(word)) out.push(stem(word));
      start = -1;
      unicode = false;
    }
  }
  return out;
}

/** Plural and possessive strip only: "shootings" -> "shooting", "police" stays. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

export interface TermVector {
  /** Term ids, ascending. */
  terms: Int32Array;
  /** L2-normalised weights, parallel to `terms`. */
  weights: Float64Array;
  /** Idf of each term, parallel to `terms`, and their sum (for containment). */
  idf: Float64Array;
  mass: number;
}

export interface TfIdf {
  vectors: TermVector[];
  vocabulary: string[];
  /** Number of texts each term occurs in. */
  documentFrequency: Int32Array;
}

/**
 * Background documents blended into idf: as if the build also held this many everyday-English
 * texts of BACKGROUND_LENGTH words. A big build's own counts dominate; a build of five articles
 * still knows that "Friday" says little and "Delaney" says much.
 */
const BACKGROUND_DOCUMENTS = 1000;
const BACKGROUND_LENGTH = 250;

// A publication stamp ("21.07.22 09:33", which some outlets print in every headline and lead):
// it says when an item was filed, not what happened, and all of one outlet's items of a day share
// it, so as words it would make them look alike.
const STAMP = /\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?:,?\s+\d{1,2}:\d{2})?(?!\d)/g;

/** The text without publication stamps, for word similarity. */
export function withoutStamps(text: string): string {
  return text.replace(STAMP, " ");
}

/** Vectors for texts, with idf computed over the same texts (deterministic for a given input). */
export function buildTfIdf(texts: string[], options: { background?: boolean } = {}): TfIdf {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const counts: Map<number, number>[] = texts.map((text) => {
    const tf = new Map<number, number>();
    for (const token of tokenize(text)) {
      let id = ids.get(token);
      if (id === undefined) {
        id = vocabulary.push(token) - 1;
        ids.set(token, id);
      }
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    return tf;
  });
  const df = new Int32Array(vocabulary.length);
  for (const tf of counts) for (const id of tf.keys()) df[id]!++;
  const n = texts.length;
  const b = options.background === false ? 0 : BACKGROUND_DOCUMENTS;
  const idf = Float64Array.from(df, (d, id) => {
    const inBackground = b === 0 ? 0 : b * (1 - Math.exp(-BACKGROUND_LENGTH * backgroundShare(vocabulary[id]!)));
    return Math.log((n + b + 1) / (d + inBackground + 1)) + 1;
  });
  const vectors = counts.map((tf) => {
    const terms = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
    const weights = Float64Array.from(terms, (id) => (1 + Math.log(tf.get(id)!)) * idf[id]!);
    let norm = 0;
    for (const w of weights) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
    const termIdf = Float64Array.from(terms, (id) => idf[id]!);
    let mass = 0;
    for (const w of termIdf) mass += w;
    return { terms, weights, idf: termIdf, mass };
  });
  return { vectors, vocabulary, documentFrequency: df };
}

export function cosine(a: TermVector, b: TermVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/**
 * How much of the smaller text the larger one contains, by idf mass of distinct words (0..1). A
 * two-line brief and a long feature on one incident have a low cosine but a high containment.
 */
export function containment(a: TermVector, b: TermVector): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) {
      shared += a.idf[i]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const smaller = Math.min(a.mass, b.mass);
  return smaller > 0 ? shared / smaller : 0;
}

/** The terms contributing most to the similarity of two vectors, strongest first. */
export function sharedTerms(a: TermVector, b: TermVector, vocabulary: string[], limit: number): string[] {
  const shared: { term: number; weight: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) shared.push({ term: x, weight: a.weights[i++]! * b.weights[j++]! });
    else if (x < y) i++;
    else j++;
  }
  shared.sort((p, q) => q.weight - p.weight || p.term - q.term);
  return shared.slice(0, limit).map((s) => vocabulary[s.term]!);
}

/** The `limit` heaviest terms of a vector that pass `keep` (for blocking on shared words). */
export function topTerms(vector: TermVector, limit: number, keep: (term: number) => boolean = () => true): number[] {
  const order = [...vector.terms.keys()]
    .filter((k) => keep(vector.terms[k]!))
    .sort((p, q) => vector.weights[q]! - vector.weights[p]! || vector.terms[p]! - vector.terms[q]!);
  return order.slice(0, limit).map((k) => vector.terms[k]!);
}

/** Do two ascending id lists share an id? */
export function sharesAny(a: Int32Array, b: Int32Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return false;
}
