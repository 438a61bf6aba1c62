// What one sentence cannot know about its claims, read from the whole article:
// - "Three people were shot" and, later, "One of them died": the three shot include the one who
//   died, so the article's injured figure is 3 - 1 (`diedOfThese`; the claim keeps its own words).
//   Likewise "a man was shot" in a story whose only victim died is that victim, not a second person.
// - "The condition of ten of the injured is grave, she said": "she" is the speaker named before.
import type { CasualtyClaim, Passage } from "../model.js";
import { findAttribution, isPronounAttribution } from "./attribution.js";
import { findCasualtyClaims } from "./claims.js";

/** How many passages back a pronoun may look for its speaker. */
const PRONOUN_REACH = 3;

// A body line with no closing punctuation and few words is page furniture: a related-story link
// ("Toddler, 2, hurt in accidental shooting at home"), a photo caption, a widget; so is a teaser
// cut off with "...". Their figures belong to other incidents.
const FURNITURE_MAX_WORDS = 16;
function isFurniture(passage: Passage): boolean {
  // The headline, or the lead of an item that has none (lead-only feeds end it without a full stop).
  if (passage.isTitle || passage.index === 0) return false;
  const text = passage.text.trim();
  // A video widget's label ("JUST WATCHED ... Replay More Videos") before a clipped headline: a cut-off teaser
  // inside a story (a lead cut off with "..." is how headline feeds end their items: kept).
  if (/\bReplay More Videos\b|\bJUST WATCHED\b/.test(text) || (passage.paragraph > 1 && /(?:\.\.\.|…)$/.test(text))) return true;
  return !/[.!?"'”’)]$/.test(text) && text.split(/\s+/).length <= FURNITURE_MAX_WORDS;
}

// A sentence set in an earlier year ("In 2012, 13 died", "murdered at a nightclub in 2005",
// "last year") tells of another event, however alike.
// A sentence about another event the article recalls or sets beside its own: "at the same house
// where two men were hurt in March", "In an earlier shooting ...", "In that incident, ...".
const OTHER_EVENT = /\b(?:at|on|in|near) the same (?:address|location|place|spot|intersection|block|home|house|apartment|complex|corner|street|park|bar|club|store)\b[^.]*\bwhere\b|\bin (?:an?|the) (?:earlier|previous|prior|unrelated|similar) (?:shooting|incident|attack|case)\b|^\s*in that (?:incident|shooting|case)\b/i;

// An article whose headline names that earlier year ("Three Charged In 2014 West Side Shooting") is
// about that event: its sentences set in that year are the incident's.
function isEarlierYear(passage: Passage, publishedYear: number | null, aboutYears: Set<number>): boolean {
  if (publishedYear === null) return false;
  if (/\blast year\b|\byears ago\b|\byears earlier\b/i.test(passage.text)) return true;
  const years = yearsIn(passage.text);
  return years.length > 0 && years.every((year) => year < publishedYear && year > 1900 && !aboutYears.has(year));
}

function yearsIn(text: string): number[] {
  return [...text.matchAll(/\b((?:19|20)\d\d)\b|['’](\d\d)\b/g)].map((m) => (m[1] ? Number(m[1]) : 1900 + Number(m[2]) + (Number(m[2]) < 50 ? 100 : 0)));
}

export function findArticleCasualtyClaims(passages: Passage[], publishedDay?: string): CasualtyClaim[] {
  const publishedYear = publishedDay ? Number(publishedDay.slice(0, 4)) : null;
  const aboutYears = new Set(passages.filter((p) => p.isTitle).flatMap((p) => yearsIn(p.text)));
  const claims = passages
    .filter((passage) => !isFurniture(passage) && !isEarlierYear(passage, publishedYear, aboutYears) && !OTHER_EVENT.test(passage.text) && !isEarlierEventHere(passage.text))
    .flatMap((passage) => findCasualtyClaims(passage));
  resolvePronouns(claims, passages);
  markDiedOfThese(claims);
  return claims;
}

// "a man, 40, was wounded on that same street a month before": the same place at an
// earlier time is an earlier event.
const SAME_PLACE = /\b(?:on|at|in|near|along|outside) the same (?:address|location|place|spot|intersection|block|street|road|home|house|apartment|complex|corner|park|bar|club|store|area|neighborhood|neighbourhood)\b/i;
const EARLIER_TIME = /\b(?:last (?:week|month|year|summer|spring|fall|autumn|winter)|(?:days|weeks|months|years) (?:ago|earlier|before)|earlier this (?:week|month|year)|the previous (?:week|month|year|day|night))\b/i;
function isEarlierEventHere(text: string): boolean {
  return SAME_PLACE.test(text) && EARLIER_TIME.test(text);
}

function resolvePronouns(claims: CasualtyClaim[], passages: Passage[]): void {
  for (const claim of claims) {
    if (!isPronounAttribution(claim.attribution)) continue;
    for (let p = claim.passage - 1; p >= Math.max(0, claim.passage - PRONOUN_REACH); p--) {
      const passage = passages.find((x) => x.index === p);
      const speaker = passage ? findAttribution(passage.text) : null;
      if (speaker && !isPronounAttribution(speaker)) {
        claim.attribution = speaker;
        break;
      }
    }
  }
}

const SURVIVED = /\bsurviv(?:ed|es|e|ing|or)\b|\bexpected to (?:survive|recover|live)\b|\b(?:is|was) recovering\b|\bnon[- ]?life[- ]threatening\b|\bnot (?:considered )?life[- ]threatening\b|\btreated and released\b|\breleased from the hospital\b|\bin (?:stable|good|fair|serious) condition\b/i;
// "Another 15-year-old was also shot", "A second man was wounded": someone besides the dead.
// Only as the subject: "shooting another man" names the victim beside the shooter, and "other
// residents said" no victim at all.
const ANOTHER = /\balso\b|\b(?:a|the) (?:second|third|fourth)\b(?!\s+(?:time|times|shot|shots|round|rounds|floor|day|night|bullet|gun))|(?:^|[,;:]\s*|\band\s+)(?:another|an other|one other)\b/i;

const ALSO_HURT = /\balso\s+(?:(?:were|was|been|got)\s+)?(?:shot|hit|struck|wounded|injured|hurt|grazed|suffered|sustained)\b|\b(?:were|was|got)\s+also\s+(?:shot|hit|struck|wounded|injured|hurt|grazed)\b/i;

const ALL_SURVIVED = /\b(?:all|both|each|everyone|all of them|none of them)\b[^.;]{0,20}\b(?:(?:is|are|were|was) expected to (?:survive|recover|live)|survived)\b|\bnone (?:of (?:them|the \w+) )?(?:(?:was|were|is|are) )?(?:fatally|(?:received|suffered|sustained|had) (?:life-threatening|fatal|serious))\b/i;

/** Sets `diedOfThese` on counts of people shot (and on lone victims) that include the article's dead. */
function markDiedOfThese(claims: CasualtyClaim[]): void {
  const killed = Math.max(0, ...claims.filter((c) => c.kind === "killed" && c.qualifier === "exact").map((c) => c.value));
  if (killed === 0) {
    // A report that counts no dead but says its one victim is recovering ("listed in good
    // condition", "non-life threatening injuries") tells of a survivor: merge must not take the
    // incident's dead out of it (figures.ts).
    const survived = claims.some((c) => c.kind === "injured" && SURVIVED.test(c.quote));
    if (survived) for (const claim of claims) if (claim.kind === "injured" && claim.part && claim.value === 1) claim.diedOfThese = 0;
    // "Four were hit, but none of the wounds was life-threatening": none of these died.
    for (const claim of claims) if (claim.kind === "injured" && claim.countsShot && ALL_SURVIVED.test(claim.quote)) claim.diedOfThese = 0;
    return;
  }
  for (const claim of claims) {
    if (claim.kind !== "injured" || claim.value === 0 || claim.qualifier !== "exact") continue;
    // "Dana Orlov was also hit in the arm and survived": not one of the dead.
    if (claim.part && (SURVIVED.test(claim.quote) || (claim.value === 1 && ANOTHER.test(claim.quote)))) {
      claim.diedOfThese = 0; // said outright: merge must not take the incident's dead out of it either
      continue;
    }
    if (claim.countsShot) {
      // "A man shot six people, killing four of them": the sentence says how many of these died;
      // the article's dead may hold others (the gunman who then killed himself).
      const sameSentence = claims.filter((c) => c.passage === claim.passage && c.kind === "killed" && c.qualifier === "exact" && c.value <= claim.value);
      // "were also hit by gunfire", "also suffered gunshot wounds", "all of them are
      // expected to recover": people shot besides the dead, said outright in a sentence that kills no one. (Not
      // a condition such as "in serious condition": said at the time, of people who later died.)
      // "killing three women, shooting a man": the sentence counts more dead than these shot, so its
      // dead are others; the one shot is told apart from them.
      // (Not a gunman "shooting himself" after killing them: a murder-suicide's last death.)
      const apart = sameSentence.length === 0 && !/\b(?:shoot|shoots|shooting|shot)\s+(?:him|her)self\b/i.test(claim.quote) && claims.some((c) => c.passage === claim.passage && c.kind === "killed" && c.qualifier === "exact" && c.value > claim.value);
      if (apart || (sameSentence.length === 0 && (ALSO_HURT.test(claim.quote) || ALL_SURVIVED.test(claim.quote)))) {
        claim.diedOfThese = 0;
        continue;
      }
      // "killing four of them" says it outright; else the sentence's largest count of dead.
      const shares = sameSentence.filter((c) => c.part && c.value > 1);
      const ofThese = Math.max(0, ...(shares.length ? shares : sameSentence).map((c) => c.value));
      claim.diedOfThese = Math.min(claim.value, ofThese > 0 ? ofThese : killed);
      continue;
    }
    // A lone victim "wounded" is the one who died, unless the sentence names its dead apart
    // ("killed X and wounded Y").
    const sameSentenceKilled = claims.some((c) => c.passage === claim.passage && c.kind === "killed" && c.value > 0);
    // Only where one person died: with several dead, a lone wounded is usually someone else.
    if (claim.part && !sameSentenceKilled && killed === 1) claim.diedOfThese = 1;
    // "One man died and a girl was hurt": named apart from the dead, said outright.
    else if (claim.part && sameSentenceKilled) claim.diedOfThese = 0;
  }
}
