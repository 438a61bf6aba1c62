// Incident types, from the words a passage uses. The taxonomy (IncidentType in model.ts):
//   missile strike     missiles and rockets fired at a place: "missile strike", "ATACMS", "rocket attack"
//   drone strike       "drone attack", "Shahed", "UAV struck", "kamikaze drone"
//   airstrike          aircraft and their bombs: "airstrike", "air raid", "guided bomb", "bombed by jets"
//   shelling           artillery, MLRS and mortars: "shelling", "shelled", "artillery fire", "Grad"
//   shooting           firearms: "shooting", "shot", "gunfire", "gunman", "opened fire" (not "shot down")
//   explosion          "explosion", "blast", "car bomb", "exploded", "detonated", "mine"
//   armed clash        fighting between armed groups: "clashes", "firefight", "battle", "ambush"
//   territorial claim  a place said to change hands: "liberated", "captured", "took control of"
//   other              anything else (the default when no cue is found)
// A passage may give several cues (a missile strike with shelling nearby): each type once, in the
// order of this list, so the most specific means comes first.
import type { IncidentType, Passage, TypeCue } from "../model.js";

const TYPE_PATTERNS: [IncidentType, RegExp][] = [
  // A place must follow: "captured on video" or "captured two soldiers" is no territorial claim.
  ["territorial claim", /(?<!\b(?:[Ii]n|[Oo]f|[Tt]he|[Nn]ewly|[Rr]ecently|[Tt]emporarily|[Ff]rom|[Tt]o)\s)\b(?:liberated|liberating|liberation of|captured|capturing|capture of|took control (?:of|over)|taken control (?:of|over)|seized|retook|recaptured|regained control (?:of|over)|gained control (?:of|over))\s+(?:the\s+)?(?:(?:village|town|settlement|city|hamlet|locality|settlements|villages|towns)\b|(?:of\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\b)[A-Z][a-z]{3,}(?!\s+(?:[Pp]olice|[Oo]fficers?|[Dd]eputies|[Ss]oldiers|[Tt]roops|[Rr]egiment|[Bb]attalion|[Bb]rigade|[Mm]embers|[Ff]ighters)\b)(?<!Britons|Russians|Ukrainians|Americans))|\b(?:occupied|entered)\s+the\s+(?:village|town|settlement|city)\s+of\b/],
  // Missiles traded, made or defended against are no strike: "talks on missile sales", "the Buk
  // missile system in the MH17 case", "air and missile defence".
  ["missile strike", /\b(?:missiles?(?!\s+(?:sales?|supply|supplies|deliver\w*|purchases?|production|contracts?|exports?|shipments?|programm?es?|stockpiles?|treaty|systems?|defen[cs]es?|tests?|launch(?:ers?)? sites?)\b)|rocket (?:attack|strike)s?|rockets? (?:hit|struck|attack\w*)|atacms|himars|iskander|kalibr|kh-?\d{2,3}|s-?300|storm shadow)\b(?![^.]*\bshot down\b)/i],
  ["drone strike", /\b(?:drone (?:attack|strike)s?|drones? (?:hit|struck|attack\w*)|kamikaze drones?|shahed\w*|uav (?:attack|strike)s?)\b(?![^.]*\bshot down\b)/i],
  ["airstrike", /\b(?:air ?strikes?|air raids?|aerial bomb\w*|guided (?:aerial )?bombs?|bombed|bombing raids?|warplanes?|bombers)\b/i],
  ["shelling", /\b(?:shelling|shelled|shells? (?:hit|struck|landed)|artillery|mlrs|grad|smerch|uragan|mortars?|howitzers?|cannon fire)\b/i],
  ["explosion", /\b(?:explosions?|exploded|blasts?|car bomb|detonat\w*|improvised explosive|ied|landmine|land mine|grenade)\b/i],
  ["armed clash", /\b(?:clash(?:es|ed)?|firefights?|gunfights?|skirmish\w*|ambush\w*|fierce fighting|battles? (?:for|near|in))\b/i],
  ["shooting", /\b(?:shootings?|shootout|gunfire|gunman|gunmen|gunshots?|opened fire|shot(?! down)|shoots|fatally shot)\b/i],
];

export function findTypeCues(passage: Passage): TypeCue[] {
  const cues: TypeCue[] = [];
  for (const [type, pattern] of TYPE_PATTERNS) {
    const match = pattern.exec(passage.text);
    if (match) cues.push({ passage: passage.index, type, cue: match[0] });
  }
  return cues;
}

/**
 * The type of a run of passages (a report): the type most cues give, ties broken by the first cue,
 * with "territorial claim" only when no cue speaks of a strike or a casualty event (a claim of
 * captured villages in a strike report is background).
 */
export function decideIncidentType(cues: TypeCue[]): IncidentType {
  const events = cues.filter((cue) => cue.type !== "territorial claim");
  const voting = events.length > 0 ? events : cues;
  if (voting.length === 0) return "other";
  const counts = new Map<IncidentType, number>();
  for (const cue of voting) counts.set(cue.type, (counts.get(cue.type) ?? 0) + 1);
  let best: IncidentType = voting[0]!.type;
  for (const [type, n] of counts) if (n > counts.get(best)!) best = type;
  return best;
}
