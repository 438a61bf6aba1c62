// Who says what a Ukrainian or Russian sentence states: "..., повідомив голова ОВА Олег Синєгубов",
// "за даними ДСНС, ...", "Об этом заявили в Минобороны РФ", "... – МВД". The words are kept as
// written, so the page can quote them.
import { alternation, stemFragments } from "../lexicon/words.js";
import { lexiconOf } from "./text.js";
import type { SlavicLang } from "./lexicons.js";

interface Patterns {
  verbFirst: RegExp;
  according: RegExp;
}

const L = String.raw`\p{L}`;
// A speaker: up to seven words (names, titles, abbreviations), stopping at punctuation.
const SPEAKER = String.raw`((?:[\p{L}\d'’ʼ.-]+\s+){0,6}?[\p{L}\d'’ʼ.-]+)`;
const STOP = String.raw`(?=\s*(?:[,.;:!?()«»"“”]|\s[–—-]\s|$))`;

const cache = new Map<SlavicLang, Patterns>();
function patterns(lang: SlavicLang): Patterns {
  let found = cache.get(lang);
  if (!found) {
    const { speech, according } = lexiconOf(lang).attribution;
    // "повідомив голова ОВА Олег Синєгубов", "заявили в Минобороны РФ", "сообщает ТАСС"
    const verbFirst = new RegExp(String.raw`(?<!${L})(?:${alternation(stemFragments(speech))})(?!${L})\s+(?:(?:в|у|во)\s+)?${SPEAKER}${STOP}`, "iu");
    const accordingTo = new RegExp(String.raw`(?<!${L})(?:${alternation(stemFragments(according))})(?!${L})\s+${SPEAKER}${STOP}`, "iu");
    found = { verbFirst, according: accordingTo };
    cache.set(lang, found);
  }
  return found;
}

// "..., - МВД", "... – ОВА": an agency's signature after a dash at the end of a headline.
const DASH_SUFFIX = /\s[–—-]\s*((?:[\p{Lu}][\p{L}'’ʼ.-]*)(?:\s[\p{L}'’ʼ.-]+){0,3})\s*\.?$/u;
// "об этом", "про це": the pronoun of the statement, not the speaker.
const NOT_A_SPEAKER = /^(?:об этом|про це|это|це|що|что|о том|про те|у|в|на)$/iu;

function clean(speaker: string): string | null {
  const text = speaker.replace(/\s+/g, " ").replace(/^(?:об этом|про це)\s+/iu, "").replace(/[.\s-]+$/u, "").trim();
  if (text.length < 2 || NOT_A_SPEAKER.test(text)) return null;
  return text;
}

/** The attribution a Ukrainian or Russian sentence states, as written, or null. */
export function findSlavicAttribution(text: string, lang: SlavicLang): string | null {
  const { verbFirst, according } = patterns(lang);
  const byAccording = according.exec(text);
  if (byAccording) {
    const who = clean(byAccording[1]!);
    if (who) return who;
  }
  const byVerb = verbFirst.exec(text);
  if (byVerb) {
    const who = clean(byVerb[1]!);
    if (who) return who;
  }
  const dash = DASH_SUFFIX.exec(text);
  return dash ? clean(dash[1]!) : null;
}
