// Keys under which the search page files and looks up place names. This file runs unchanged in
// the browser (copied to /assets/search/) and in the build, so a name the build files and the
// same name typed into the search box always give the same key.
//
// searchKey is the folding of src/places/fold.ts (foldName) without its dependency: lower case,
// no diacritics (й and ї kept), no apostrophes, separators as single spaces, "saint" as "st".
// tests/search/keys.test.ts checks that both agree on every Latin and Cyrillic name of the
// gazetteer's Ukrainian and Russian places.

const APOSTROPHES = /['’ʼ`ʹʺ′″‘“”«»ˮ]/g;
const SEPARATORS = /[\s\-‐‑‒–—_/.,]+/g;
const COMBINING = /[\u0300-\u036f]/g;
const WORD_FORMS = new Map([
  ["saint", "st"],
  ["sankt", "st"],
  ["mount", "mt"],
  ["fort", "ft"],
]);
// Latin letters that Unicode does not decompose into a base letter and a mark.
const LETTERS = new Map(Object.entries({ ł: "l", ø: "o", đ: "d", ð: "d", ß: "ss", æ: "ae", œ: "oe", ı: "i", ħ: "h", þ: "th", ŀ: "l", ŧ: "t", ĸ: "q", ŋ: "ng", ə: "e", ǝ: "e", ƶ: "z", ɨ: "i", ɵ: "o", ɣ: "g", ʒ: "zh", ɛ: "e", ɔ: "o" }));
const NOT_DECOMPOSED = /[łøđðßæœıħþŀŧĸŋəǝƶɨɵɣʒɛɔ]/g;

/** The folded key of a name or query: "Kup’iansk" -> "kupiansk", "Łuhańsk" -> "luhansk", "Київ" -> "київ". */
export function searchKey(text) {
  let lowered = String(text).toLowerCase().replace(APOSTROPHES, "");
  if (!/^[\x00-\x7f]*$/.test(lowered)) {
    lowered = lowered
      .replace(/й/g, "\uE000")
      .replace(/ї/g, "\uE001")
      .normalize("NFKD")
      .replace(COMBINING, "")
      .replace(NOT_DECOMPOSED, (ch) => LETTERS.get(ch) ?? ch)
      .replace(/\uE000/g, "й")
      .replace(/\uE001/g, "ї");
  }
  return lowered
    .replace(SEPARATORS, " ")
    .trim()
    .split(" ")
    .map((word) => WORD_FORMS.get(word) ?? word)
    .join(" ");
}

/** A query's words, each folded, with the words as typed (for the text search). */
export function queryTokens(text) {
  return String(text)
    .split(/[\s,;]+/)
    .map((typed) => ({ typed, key: searchKey(typed) }))
    .filter((token) => token.key);
}

// Romanisations differ in how they write the same sounds: Sievierodonetsk, Sieverodonetsk and
// Severodonetsk; Zaporizhzhia and Zaporizhzhya; Zaporozhye and Zaporozhe; Izium and Izyum;
// Lugansk and Luhansk. The variant key writes each such sound one way.
const LATIN_DIGRAPHS = [
  [/shch|sch/g, "s"],
  [/kh/g, "h"],
  [/zh/g, "z"],
  [/ch/g, "c"],
  [/sh/g, "s"],
  [/ts|tz|cz/g, "c"],
  [/sz/g, "s"],
  [/w/g, "v"],
  [/[jy]/g, "i"],
  [/g/g, "h"],
];
const CYRILLIC_LETTERS = [
  [/[єэё]/g, "е"],
  [/[іїйы]/g, "и"],
  [/ґ/g, "г"],
  [/[ьъ]/g, ""],
];

/** The transliteration-tolerant key of a folded key: "sievierodonetsk" and "severodonetsk" -> "severodoneck". */
export function variantKey(key) {
  let v = key;
  for (const [pattern, replacement] of /[\u0400-\u04ff]/.test(v) ? CYRILLIC_LETTERS : LATIN_DIGRAPHS) v = v.replace(pattern, replacement);
  // Doubled letters once (Odessa, Zaporizhzhia), then an i beside another vowel goes (ie, ia, iu, yi).
  v = withoutDoubledLetters(v);
  v = v.replace(/и(?=[аеоу])|(?<=[аеоу])и/g, "").replace(/i(?=[aeou])|(?<=[aeou])i/g, "");
  return withoutDoubledLetters(v);
}

const LETTER = /^\p{L}$/u;
/**
 * A run of one letter written once: "zaporizhzhia" keeps, "odessa" -> "odesa". What
 * `text.replace(/(\p{L})\1+/gu, "$1")` does, without the Unicode regex (a tenth of its time on the
 * build's hundreds of thousands of spellings, most of which have no doubled letter).
 */
function withoutDoubledLetters(text) {
  // Only strings with two equal code units in a row, or with a surrogate (a letter beyond the
  // Basic Multilingual Plane takes two), can change.
  let mayChange = false;
  for (let i = 0; i < text.length && !mayChange; i++) {
    const unit = text.charCodeAt(i);
    mayChange = (unit >= 0xd800 && unit <= 0xdfff) || (i > 0 && unit === text.charCodeAt(i - 1));
  }
  if (!mayChange) return text;
  let out = "";
  let previous = "";
  for (const ch of text) {
    if (ch !== previous || !LETTER.test(ch)) out += ch;
    previous = ch;
  }
  return out;
}

/**
 * The shard of the alias index a key is filed in: the first two letters of its variant key
 * ("kharkiv" -> "ha", "луганськ" -> "u043bu0443"), or null for a key too short to say.
 */
export function shardOf(key) {
  const letters = [...variantKey(key).replace(/[^\p{L}\p{N}]+/gu, "")].slice(0, 2);
  if (letters.length < 2) return null;
  return letters.map((ch) => (/^[a-z0-9]$/.test(ch) ? ch : `u${ch.codePointAt(0).toString(16).padStart(4, "0")}`)).join("");
}

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours), stopping past `limit`. */
export function editDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2 = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous2 = previous;
    previous = row;
  }
  return previous[b.length];
}

/**
 * The word an incident page carries (in its search metadata) for each place key it is in:
 * "kharkiv-kharkiv-ua" -> "zzatkharkivkharkivua". Pagefind 1.5 answers a search with no words
 * (filters only) by fetching every chunk of its word index, 1.2 MB for 16,000 articles; a search
 * for this one word fetches one chunk, and the filter on the key keeps it exact.
 */
export function placeWord(key) {
  return `zzat${key.replace(/[^a-z0-9]/g, "")}`;
}
