// Incident types, from the words a passage uses. The taxonomy (IncidentType in model.ts):
//   missile strike     missiles and rockets fired at a place: "missile strike", "ATACMS", "rocket attack"
//   drone strike       "drone attack", "Shahed", "UAV struck", "kamikaze drone"
//   airstrike          aircraft and their bombs: "airstrike", "air raid", "guided bomb", "bombed by jets"
//   shelling           artillery, MLRS and mortars: "shelling", "shelled", "artillery fire", "Grad"
//   shooting           firearms: "shooting", "shot", "gunfire", "gunman", "opened fire" (not "shot down")
//   explosion          "explosion", "blast", "car bomb", "exploded", "detonated", "mine"
//   armed clash        fighting between armed groups: "clashes", "firefight", "battle", "ambush"
//   territorial claim  a place said to change hands: "liberated", "captured", "took control of"
//   strike             a strike whose means the report does not name: "удар по нафтобазі", "атаковали аэродром"
//   other              anything else (the default when no cue is found)
// A passage may give several cues (a missile strike with shelling nearby): each type once, in the
// order of this list, so the most specific means comes first.
import type { IncidentType, Passage, TypeCue } from "../model.js";
import { en } from "./lexicon/en.js";
import type { Lang, TypeCues } from "./lexicon/index.js";
import { alternation, stemFragments, wordBoundaryPattern } from "./lexicon/words.js";
import { isSlavic, SLAVIC, type SlavicLang } from "./slavic/lexicons.js";

/** "in" -> "[Ii]n": the first letter in either case, the rest as written (the pattern is case-sensitive). */
const eitherCase = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;

const claim = en.territorialClaim;
const WEEKDAY_MONTH_NAMES = en.calendar.weekdaysAndMonths.slice(0, 19).filter((name) => name !== "may").map((name) => name[0]!.toUpperCase() + name.slice(1));
// A place must follow: "captured on video" or "captured two soldiers" is no territorial claim.
const TERRITORIAL_CLAIM = new RegExp(
  String.raw`(?<!\b(?:${alternation(claim.notAfter.map(eitherCase))})\s)\b(?:${alternation(claim.verbs)})\s+(?:the\s+)?` +
    String.raw`(?:(?:${alternation(claim.settlementNouns)})\b|(?:of\s+)?(?!(?:${alternation(WEEKDAY_MONTH_NAMES)})\b)[A-Z][a-z]{3,}\b` +
    String.raw`(?!\s+(?:${alternation(claim.notBefore.map(eitherCase))})\b)(?<!${alternation(claim.demonyms)}))` +
    String.raw`|\b(?:${alternation(claim.occupyVerbs)})\s+the\s+(?:${alternation(claim.occupiedNouns)})\s+of\b`,
);

// Missiles traded, made or defended against are no strike: "talks on missile sales", "the Buk
// missile system in the MH17 case", "air and missile defence" (the lexicon's cues say so).
const TYPE_PATTERNS: [IncidentType, RegExp][] = [
  ["territorial claim", TERRITORIAL_CLAIM],
  ...en.types.map(({ type, cues, unlessLater }): [IncidentType, RegExp] => [
    type,
    new RegExp(String.raw`\b(?:${alternation(cues)})\b${unlessLater ? String.raw`(?![^.]*\b${unlessLater}\b)` : ""}`, "i"),
  ]),
];

const ENGLISH_PATTERNS: [IncidentType, RegExp, RegExp | null, RegExp | null][] = TYPE_PATTERNS.map(([type, pattern]) => [type, pattern, null, null]);

// Ukrainian and Russian cues are stems ("обстріл*"): whole words by letter look-arounds, case-insensitive.
// Word order is free, so "shot down" takes a cue back wherever it stands ("Над Києвом збили 12 дронів").
// Each type's cues start with plain letters ("обстріл", "ракетн"): a search for those alone (no
// look-arounds) rules most types out of a sentence before the whole pattern runs.
const SLAVIC_PATTERNS: Record<SlavicLang, [IncidentType, RegExp, RegExp | null, RegExp | null][]> = {
  uk: slavicTypePatterns(SLAVIC.uk.types),
  ru: slavicTypePatterns(SLAVIC.ru.types),
};

function slavicTypePatterns(types: TypeCues[]): [IncidentType, RegExp, RegExp | null, RegExp | null][] {
  return types.map(({ type, cues, unlessLater }) => {
    const prefixes = cues.map((cue) => /^[\p{L}\d' -]*/u.exec(cue)![0].replace(/'/g, "['’ʼ]"));
    return [
      type,
      wordBoundaryPattern(alternation(stemFragments(cues)), "cyrillic", "iu"),
      unlessLater ? wordBoundaryPattern(alternation(stemFragments(unlessLater.split("|"))), "cyrillic", "iu") : null,
      prefixes.every((p) => p.length >= 2) ? new RegExp(prefixes.join("|"), "i") : null,
    ];
  });
}

export function findTypeCues(passage: Passage, lang: Lang = "en"): TypeCue[] {
  const cues: TypeCue[] = [];
  const patterns = isSlavic(lang) ? SLAVIC_PATTERNS[lang] : ENGLISH_PATTERNS;
  for (const [type, pattern, unless, prefilter] of patterns) {
    if ((prefilter && !prefilter.test(passage.text)) || unless?.test(passage.text)) continue;
    const match = pattern.exec(passage.text);
    if (match) cues.push({ passage: passage.index, type, cue: match[0] });
  }
  return cues;
}

/**
 * The type of a run of passages (a report): the type most cues give, ties broken by the first cue,
 * with "territorial claim" only when no cue speaks of a strike or a casualty event (a claim of
 * captured villages in a strike report is background), and a strike of unnamed means only when
 * no cue names them ("удар" beside "ракетний" is a missile strike).
 */
export function decideIncidentType(cues: TypeCue[]): IncidentType {
  const named = cues.filter((cue) => cue.type !== "territorial claim" && cue.type !== "strike");
  const events = named.length > 0 ? named : cues.filter((cue) => cue.type === "strike");
  const voting = events.length > 0 ? events : cues;
  if (voting.length === 0) return "other";
  const counts = new Map<IncidentType, number>();
  for (const cue of voting) counts.set(cue.type, (counts.get(cue.type) ?? 0) + 1);
  let best: IncidentType = voting[0]!.type;
  for (const [type, n] of counts) if (n > counts.get(best)!) best = type;
  return best;
}
