// Word-level tokens of one sentence, the unit every fact grammar in this folder matches on.
// One regex pass, no library: extraction must stay well under a millisecond per article.

export interface Token {
  /** As written. */
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  /** Character offsets in the sentence. */
  start: number;
  end: number;
  /** "num": digits ("43", "1,502", "2.5"); "word": letters, possibly hyphenated ("forty-six",
   * "71-year-old", "U.S.-made" splits); "punct": anything else, one character. */
  kind: "num" | "word" | "punct";
}

// Digits first so "1,502" stays one token, but "4," (a list) does not swallow the comma.
// A digit run glued to a hyphenated word ("71-year-old", "9mm", "5-story") is one word token:
// such compounds are ages, calibres and sizes, never counts.
const TOKEN = /(\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)((?:-?[A-Za-z]+)(?:-[A-Za-z0-9]+)*)?|[A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z0-9]+(?:['’][A-Za-z]+)*)*|\S/g;

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(sentence); match; match = TOKEN.exec(sentence)) {
    const text = match[0];
    const isNumber = match[1] !== undefined && match[2] === undefined;
    const kind: Token["kind"] = isNumber ? "num" : /^[A-Za-z0-9]/.test(text) ? "word" : "punct";
    tokens.push({ text, lower: text.toLowerCase().replace(/’/g, "'"), start: match.index, end: match.index + text.length, kind });
  }
  return tokens;
}

/** A word starting with a capital letter (names, places, headline words). */
export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "word" && /^[A-Z]/.test(token.text);
}
