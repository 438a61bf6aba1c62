// Small wording helpers shared by the page views: counts, ranges, plurals, quote trimming.

/** "1 source", "2 sources". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

// One formatter for the whole build: toLocaleString builds a new one on every call.
const COUNT_FORMAT = new Intl.NumberFormat("en-GB");

/** 12345 -> "12,345" (fixed locale, so output never depends on the machine). */
export function formatCount(value: number): string {
  return COUNT_FORMAT.format(value);
}

/** A low/high pair as readers say it: "4", "43 to 46". */
export function formatCountRange(low: number, high: number): string {
  return low === high ? formatCount(low) : `${formatCount(low)} to ${formatCount(high)}`;
}

/** First letter upper case: "missile strike" -> "Missile strike". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Quotation marks at the very ends of a sentence that open or close a quote the sentence does
// not finish (wire copy often cuts a quote across sentences). The page shows wording in its own
// quote style, so these stray marks would print doubled.
const QUOTE_MARKS = /^["“”„«»'‘’]+|["“”„«»'‘’]+$/g;

/** A quoted sentence without the unbalanced quote marks at its ends. */
export function trimQuote(sentence: string): string {
  const trimmed = sentence.trim();
  // Marks that pair up are the writer's ("... came under a "massive" attack"): keep them.
  if (balanced(trimmed)) return trimmed;
  const stripped = trimmed.replace(QUOTE_MARKS, "").trim();
  return balanced(stripped) ? stripped : trimmed;
}

function balanced(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length % 2 === 0;
  const curly = (text.match(/“/g) ?? []).length === (text.match(/”/g) ?? []).length;
  const guillemets = (text.match(/«/g) ?? []).length === (text.match(/»/g) ?? []).length;
  return straight && curly && guillemets;
}

/** Only web links are written as links; anything else (javascript:, data:, file:) is text. */
export function webUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
}

/** Escapes text for an HTML attribute or element built outside the template engine (SVG). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// Language names in the site's wording (English), fixed so output never depends on the machine.
const LANGUAGE_NAMES = new Intl.DisplayNames(["en"], { type: "language" });

/** "uk" -> "Ukrainian". */
export function languageName(tag: string): string {
  return LANGUAGE_NAMES.of(tag) ?? tag;
}
