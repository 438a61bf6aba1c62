// Patterns of the words just before a name ("in the city of ", "Mr. "), tried once, from the end.
//
// A pattern anchored only at its end (`...\s+$`) is tried by V8 from every position of the text
// before it gives up: for the 120 characters before each place name, thirty-odd such patterns
// cost more than the rest of reading a name's role. The same pattern as a lookbehind at the end,
// `(?<=...)$` with the sticky flag and the search started at the end, is matched once, backwards
// from the end; it matches the same texts when every alternative of the pattern ends in `$`.
// (A pattern that opens with many alternatives of its own, such as the Ukrainian and Russian
// lists of speech verbs, can be slower backwards: measure before using this.)

/** What end-anchored patterns are asked: does the text end with a match? */
export interface EndPattern {
  test(text: string): boolean;
}

/** `pattern`, each of whose alternatives must end in `$`, matched backwards from the text's end. */
export function atEnd(pattern: RegExp): EndPattern {
  const backwards = new RegExp(`(?<=${pattern.source})$`, `${pattern.flags.replace(/[gy]/g, "")}y`);
  return {
    test(text: string): boolean {
      backwards.lastIndex = text.length;
      return backwards.test(text);
    },
  };
}
