// Sentence splitting on top of ICU's sentence segmenter (Intl.Segmenter), which breaks after any
// abbreviation ("Mr. | Smith", "St. | Louis, Mo. | said"). We undo breaks that follow a known
// abbreviation or an initial, the way Punkt-style splitters do.

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

// Abbreviations that never end a sentence in news copy (a title before a name).
const ALWAYS_JOINED = new Set(
  "mr mrs ms dr st sgt lt col gen capt cmdr maj cpl pvt adm gov sen rep rev fr mt ft ave blvd".split(" "),
);
// Abbreviations that end a sentence only when a capitalised word follows: US states, months,
// company forms ("in Tulsa, Okla. Police said" vs "Okla., police said").
const USUALLY_JOINED = new Set(
  (
    "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev " +
    "okla ore pa tenn tex va vt wash wis wyo jan feb mar apr aug sept sep oct nov dec " +
    "inc corp co ltd dept univ rd hwy approx est jr sr vs etc"
  ).split(" "),
);

const CALENDAR_WORD = /^\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** Should the segmenter's break between `before` and `after` be undone? */
function isFalseBreak(before: string, after: string): boolean {
  const match = /(?:^|[\s("'“])([A-Za-z][A-Za-z.]*)\.\s*$/.exec(before);
  if (!match) return false;
  const token = match[1]!;
  const lower = token.toLowerCase();
  const nextStartsLower = /^\s*[a-z0-9,;:\-–(]/.test(after);
  if (ALWAYS_JOINED.has(lower)) return true;
  if (token.length === 1 && token !== "I") return /^\s*[A-Z][a-z]/.test(after) || nextStartsLower; // "John F. Kennedy"
  if (/^[ap]\.m$/.test(lower) && CALENDAR_WORD.test(after)) return true; // "3 p.m. Sunday"
  if (token.includes(".") || USUALLY_JOINED.has(lower)) return nextStartsLower; // "U.S.", "p.m.", "Okla."
  return false;
}

// V8's segmenter slows down with the square of a text's length once it holds thousands of
// sentences (8,000 sentences: 8 s). A paragraph that long (no real one is) is cut first where
// the segmenter would break anyway: after a full stop, question or exclamation mark, a space and
// a capital.
const CHUNK_CHARS = 4000;
const CHUNK_BREAK = /[.!?]["”’')]*\s+(?=["“‘(]?[A-Z0-9])/g;

function chunks(paragraph: string): string[] {
  if (paragraph.length <= CHUNK_CHARS) return [paragraph];
  const out: string[] = [];
  let from = 0;
  CHUNK_BREAK.lastIndex = 0;
  for (let m = CHUNK_BREAK.exec(paragraph); m; m = CHUNK_BREAK.exec(paragraph)) {
    const end = m.index + m[0].length;
    if (end - from >= CHUNK_CHARS / 2) {
      out.push(paragraph.slice(from, end));
      from = end;
    }
  }
  out.push(paragraph.slice(from));
  return out;
}

/** Splits one paragraph into sentences, trimmed, never empty. */
export function splitSentences(paragraph: string): string[] {
  const segments = chunks(paragraph).flatMap((chunk) => [...segmenter.segment(chunk)].map((s) => s.segment));
  const out: string[] = [];
  let pending = "";
  segments.forEach((segment, i) => {
    pending += segment;
    const next = segments[i + 1];
    if (next !== undefined && isFalseBreak(pending, next)) return;
    if (pending.trim()) out.push(pending.trim());
    pending = "";
  });
  return out;
}

/** Splits text into paragraphs at line breaks (wire copy uses single or blank lines). */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line.length > 0);
}
