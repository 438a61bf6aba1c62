// Who says what a sentence states: "..., said regional health minister Nataliya Pashchenko",
// "..., Russia-appointed officials said", "according to its Russia-appointed head, Leonid Pasechnik",
// "Police said two men were shot", "Police: Four women found dead", "... has increased to 43, - SES".
// The words are kept as written (minus a leading "the"), so the page can quote them.

import { en } from "./lexicon/en.js";
import { alternation } from "./lexicon/words.js";

const SPEECH = alternation(en.attribution.speechVerbs);

// ", said X," / "\" said X." (verb first, the speaker after it)
const VERB_FIRST = new RegExp(`(?:[,"”'’]|^)\\s*(?:${SPEECH})\\s+((?:[A-Za-z][\\w'’.-]*\\s*){1,9}?)\\s*(?:[,.;:"”]|\\s+(?:on|in|at|during|adding|after|who|when|while|via|to)\\b|$)`, "i");
// ", X said" / "\" X said" (the speaker first). X is at most nine words, without sentence punctuation.
const SPEAKER_FIRST = new RegExp(`(?:[,"”'’]|^)\\s*((?:[A-Za-z][\\w'’.-]*\\s+){0,8}?[A-Za-z][\\w'’.-]*)\\s+(?:${SPEECH})\\b`, "i");
const ACCORDING_TO = /\baccording to\s+((?:(?!the latest|latest|preliminary|initial|early|official (?:data|figures|information)|reports?\b|data\b|information\b)[^,.;:"”()]){2,80})/i;
// Headline style: "Police: Four women found dead", "PD: Nora Osman, 19, shot and killed".
const HEADLINE_PREFIX = /^((?:[A-Z][\w.'’-]*\s*){1,4}):\s/;
// Censor.NET and TASS style: "... has increased to 43, - SES" / "... climbs to 58,500 – General Staff"
// / "-TASS". Not an outlet's name after a headline ("- LEX18.com | Continuous News").
const DASH_SUFFIX = /(?:,\s*[-–—]|\s[–—]|\s-(?=[A-Z]))\s*([A-Z][\w'’-]*(?:\s[A-Za-z][\w'’-]*){0,3})\s*\.?$/;
// "The Russian defence ministry accused Ukraine of ...": the accuser speaks.
const ACCUSER = /^(?:the\s+)?((?:[A-Z][\w'’-]*|defen[cs]e|ministry|of|foreign|general|staff)(?:\s+(?:[A-Z][\w'’-]*|defen[cs]e|ministry|of|foreign|general|staff)){0,5})\s+(?:accused|accuses|blamed|blames)\s+\S[^,;]*?\s(?:of|for)\s/i;
// Censor.NET headlines end in a time stamp and the site's name: not part of what anyone said.
const SITE_TAIL = /\s*\(\d\d\.\d\d\.\d\d \d\d:\d\d\)\s*«.*$|\s*«\s*(?:War in Ukraine|Photo News|Video News)[^«]*$/;

// What a speaker phrase must not be: sentence parts the patterns above can catch by mistake.
const NOT_A_SPEAKER = /^(?:it|this|that|there|which|what|who|he|she|they|we|i|you)$|\b(?:was|were|is|are|has|have|had|been|will|would|could|that|when|after|because|if)\b/i;
const OUTLET_SIGNATURES = new RegExp(`^(?:${alternation(en.attribution.outletSignatures)})$`, "i");

function clean(speaker: string): string | null {
  let text = speaker.replace(/\s+/g, " ").trim();
  text = text.replace(/^(?:the|a|an|its|his|her|their)\s+/i, "").replace(/\s+(?:on|in)\s+(?:telegram|facebook|twitter|a statement).*$/i, "");
  text = text.replace(/[\s,.'’"”-]+$/, "");
  if (text.length < 2 || OUTLET_SIGNATURES.test(text)) return null;
  return text;
}

function isPronoun(text: string): boolean {
  return /^(?:he|she|they|it)$/i.test(text);
}

/** The attribution stated in the sentence, as written; a bare pronoun ("she said") is returned as is. */
export function findAttribution(text: string): string | null {
  const sentence = text.replace(SITE_TAIL, "");
  const according = ACCORDING_TO.exec(sentence);
  if (according) {
    const who = clean(according[1]!.replace(/\s*,\s*$/, ""));
    // "according to its Russia-appointed head, Leonid Pasechnik": keep the name with the title.
    const rest = sentence.slice(according.index + according[0].length);
    const name = /\b(?:head|leader|chief|minister|governor|mayor|spokesman|spokeswoman|spokesperson|official|commander|director)$/i.test(who ?? "")
      ? /^,\s*((?:[A-Z][\w'’.-]*\s*){1,4})(?:[,.;]|$)/.exec(rest)
      : null;
    if (who) return name ? `${who}, ${name[1]!.trim().replace(/[.,]+$/, "")}` : who;
  }
  const verbFirst = VERB_FIRST.exec(sentence);
  if (verbFirst) {
    const who = clean(verbFirst[1]!);
    if (who && !NOT_A_SPEAKER.test(who) || (who && isPronoun(who))) return who;
  }
  const speakerFirst = SPEAKER_FIRST.exec(sentence);
  if (speakerFirst) {
    const who = clean(speakerFirst[1]!);
    if (who && (isPronoun(who) || !NOT_A_SPEAKER.test(who))) return who;
  }
  const accuser = ACCUSER.exec(sentence);
  if (accuser) return clean(accuser[1]!);
  const headline = HEADLINE_PREFIX.exec(sentence);
  if (headline && !/^(?:update|updated|breaking|report|video|photos?|watch|live|exclusive|timeline)$/i.test(headline[1]!.trim())) return clean(headline[1]!);
  const dash = DASH_SUFFIX.exec(sentence);
  if (dash) return clean(dash[1]!);
  return null;
}

/** "she said" takes the speaker of an earlier sentence of the same article. */
export function isPronounAttribution(attribution: string | null): boolean {
  return attribution !== null && isPronoun(attribution);
}
