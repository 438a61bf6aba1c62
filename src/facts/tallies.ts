// Running tallies are not an incident's figures. A war's or a year's dead ("since the start of the
// invasion"), a bulletin of an army's losses ("Russian military death toll rises to 80,210",
// "Russia lost 70 to 80 thousand soldiers"), a count over a span of dates ("from February 24 to
// June 17", "as of April 21", "in the past 24 hours", "every day"), a siege's or an occupation's
// toll ("during 12 days of blockade") or a whole war's ("Russian war kills 429 children"): a
// careful reader writes none of these down as what one strike or one shooting did. The sentence's
// claims are dropped (claims.ts), so a bulletin made only of them describes no incident.
// On RUWA, before these rules, the digest's killed total summed to 1,353,712 from such sentences.

import { en } from "./lexicon/en.js";
import { alternation } from "./lexicon/words.js";
import { rememberAnswers } from "../text/memo.js";

/** Sentences whose answer is kept (past this many, it starts afresh). */
const REMEMBERED_SENTENCES = 20_000;

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?`;
const DAY_OF_MONTH = String.raw`(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:\s+\d{4})?)`;

// A share of a town ("70% of the city", "most of the old town") is what a siege did; a share of one
// building ("destroyed half of the school") is one strike's damage, and "most of the cattle" no place's.
const NOT_A_BUILDING = String.raw`(?!(?:the |a |an |this |that |its |their )?(?:[\w'’-]+ )?(?:${[...en.damage.property].join("|")})\b)`;
const PLACE_NOUN = String.raw`(?:[\w'’-]+ )?(?:city|town|village|settlement|cent(?:re|er)|housing|housing stock|infrastructure)\b`;
const SHARE_OF_A_PLACE = String.raw`(?:\d{1,3}(?:\.\d+)?\s?(?:%|per ?cent) of ${NOT_A_BUILDING}|(?:half|most|two-thirds|a third|three-quarters|the majority) of (?:the |its |their )?${PLACE_NOUN})`;

const ALL_OF_A_PLACE = String.raw`(?:all|the entire|entire|the whole) (?:of )?(?:the |its |their |[\w'’-]+['’]s )?(?:[\w'’-]+ )?(?:houses|homes|buildings|housing|housing stock|infrastructure|transport)`;

const PATTERNS: string[] = [
  // counts since a start: of a war, a year, an invasion
  String.raw`\bsince (?:the )?(?:start|beginning|outbreak|onset)\b`,
  String.raw`\bsince (?:the )?(?:very )?(?:early|first) (?:days|weeks|months|hours)\b`,
  String.raw`\bsince (?:feb(?:ruary|\.)?\s*24|24 feb)`,
  String.raw`\bsince (?:the )?(?:full-scale |russian |russia's |russia’s |large-scale )*(?:invasion|war|aggression|conflict)\b`,
  String.raw`\bsince (?:19|20)\d\d\b`,
  String.raw`\bso far this year\b|\bthis year alone\b|\bin total since\b|\bsince the start of the year\b`,
  String.raw`\b(?:already|so far) (?:in|this) (?:(?:19|20)\d\d|year)\b`,
  String.raw`\b(?:annually|statewide|nationwide|each year|every year|per year|a year)\b`,
  String.raw`\bas (?:a )?result of (?:the )?(?:russia's |russian |russia’s )?(?:full-scale |armed |large-scale |military )*(?:invasion|aggression|war)\b`,
  String.raw`\bdue to (?:the )?(?:russian |russia's |russia’s )?(?:full-scale |armed )*(?:aggression|war|invasion)\b`,
  // what the war as a whole did ("monuments damaged by war", "killed in the war")
  String.raw`\b(?:damaged|destroyed|ruined|killed|wounded|injured|died) (?:by|in) (?:the )?(?:russian |russia's |russia’s )?war\b`,
  String.raw`\bsince (?:\w+ ){0,3}(?:began|started|begun|launched|unleashed|invaded|attacked|attacks|invades)\b|\balready kill(?:s|ed)\b|\b(?:have|has) already died\b|\bthere (?:are|were) already (?:dead|victims|casualties)\b|\bduring the (?:[\w'’-]+ ){0,3}(?:war|invasion)\b`,
  String.raw`\bafter (?:\w+ ){0,2}(?:launched|began|started|unleashed) (?:a |its |the |their )?(?:\w+ ){0,2}(?:invasion|war|offensive|aggression)\b`,
  // dead too many to count ("there are so many dead in the city that they are buried in trenches"): a siege's toll
  String.raw`\bso many (?:[\w'’-]+ ){0,3}?(?:dead|killed|died|bodies|victims|graves)\b`,
  // a span of dates, a date the count runs up to, a rate
  String.raw`\bsince ${DAY_OF_MONTH}`,
  String.raw`\b(?:from|between) ${DAY_OF_MONTH} (?:to|and|through|until|till) `,
  String.raw`\bto date\b|\bby (?:late |early |mid-?)?${MONTH}(?![\s-]*\d)`,
  String.raw`\b(?:every|per|each) day\b|\bevery (?:\w+ )?(?:hours?|days?|minutes?|weeks?|months?)\b|\ban average of\b`,
  // "Five months into the Russian invasion, ... killed 37 media workers"
  String.raw`\b(?:days|weeks|months|years) into (?:the )?(?:[\w'’-]+ ){0,2}(?:invasion|war|aggression|conflict)\b`,
  // a share of all ("80% of housing destroyed"), a count after so many days of war
  String.raw`\b\d+(?:[.,]\d+)? ?(?:%|per ?cent) of (?:the |all )?(?:[\w'’-]+ ){0,2}(?:housing|homes|houses|buildings|infrastructure|territory|schools|hospitals|population|enterprises)\b`,
  // a share of the dead or hurt ("85% of the people killed in the town had bullet wounds"): a statistic of many deaths
  String.raw`\b\d+(?:[.,]\d+)? ?(?:%|per ?cent) of (?:the |all )?(?:[\w'’-]+ ){0,4}(?:people|bodies|dead|victims|killed|wounded|injured|casualties|civilians|residents)\b`,
  String.raw`\b(?:after|in|during|over) (?:\d+|\w+) (?:days|weeks|months) of (?:the )?(?:[\w'’-]+ )?(?:war|invasion|aggression|fighting|occupation)\b`,
  // a siege's, an occupation's or a war's whole toll
  String.raw`\b(?:in|over) \d+ days of\b|\bduring (?:a|the|\d+) (?:months?|weeks?|days?) of\b`,
  // a count over a few days: several days' engagements, no one event ("150 invaders eliminated in a few days")
  String.raw`\b(?:within|in|over|during) (?:a few|several|(?:the )?(?:last|past) (?:few|several)) (?:days|weeks)\b`,
  // a feud's or a place's history over a few months or years ("two deaths on this corner in the last couple of years")
  String.raw`\b(?:within|in|over|during) (?:a few|several|a couple of|(?:the )?(?:last|past) (?:few|several|couple of)) (?:months|years)\b`,
  String.raw`\b(?:during|in|throughout) (?:the )?(?:russian |russia's |russia’s )?(?:siege|blockade|occupation)\b`,
  String.raw`\b(?:the |russia's |russia’s |russian |full-scale )*(?:war|invasion|aggression)\b (?:\w+ ){0,3}(?:has |have )?(?:already )?(?:killed|kills|claimed|left|leaves)\b`,
  String.raw`\b(?:killed|died|dead|wounded|injured) (?:\w+ ){0,3}(?:in|during) (?:the |russia's |russia’s |russian |full-scale |armed )*(?:war|invasion|aggression)\b`,
  // a share of a place destroyed, or destruction told as gradual or as the fighting's work: what a
  // siege or the war did over weeks, not one strike ("destroyed 70% of the town", "the plant has been
  // almost completely destroyed in the fighting")
  String.raw`\b${SHARE_OF_A_PLACE}\s*(?:[\w'’-]+ ){0,4}?(?:(?:has|have|had|was|were|been|is|are) )*(?:destroyed|damaged|ruined|razed|in ruins)\b`,
  String.raw`\b(?:destroy|damag|ruin|raz)\w* (?:(?:almost|nearly|about|over|up to|more than) )?${SHARE_OF_A_PLACE}`,
  // all of a place's houses or its whole infrastructure destroyed ("all the houses of the village
  // were destroyed", "destroyed almost all of the city's transport"): one strike destroys a building or a few
  String.raw`\b${ALL_OF_A_PLACE}\b[^.;]{0,80}?\b(?:destroyed|ruined|razed)\b|\b(?:destroy|ruin|raz)\w* (?:(?:almost|nearly|virtually|practically) )?${ALL_OF_A_PLACE}`,
  String.raw`\bgradually (?:destroy|ruin|raz|demolish)\w*|\b(?:destroy|ruin|raz|demolish)\w* (?:\w+ ){0,3}gradually\b`,
  String.raw`\b(?:almost|nearly|practically|virtually) (?:completely |entirely |totally )?(?:destroyed|ruined|razed)\b[^.;]{0,40}?\b(?:due to|as a result of|during|in|by) (?:the )?(?:fighting|hostilities|battles|war|siege)\b`,
  // floor area destroyed or rebuilt ("2 million square metres of housing"): a city's or a war's
  // reconstruction statistics, never one strike's damage
  String.raw`\bsquare (?:met(?:re|er)s|m)\b|\bsq\.? ?m\b|\bm²`,
  // bodies returned or exchanged: the dead of a war's months, not of one incident
  String.raw`\brepatriat\w+|\breturn(?:s|ed)? (?:the )?bodies\b|\bbodies (?:of [\w' ]{1,40})?(?:were |have been |had been )?(?:already )?(?:returned|exchanged|handed over|repatriated|transferred)\b`,
  // an army's losses
  String.raw`\b(?:military|army|troops'?|soldiers'?|personnel|combat|enemy|servicemen's) (?:death toll|losses|casualties)\b`,
  String.raw`\b(?:death toll|losses) (?:of|among) (?:the )?(?:enemy|russian|ukrainian|military|army|troops|soldiers|occupiers|invaders)\b`,
  String.raw`\b(?:update on|total) (?:the )?(?:enemy |combat |russian )?(?:losses|death toll)\b`,
  String.raw`\blost (?:about |over |more than |nearly |almost |up to |some |around )?(?:\d[\d,.]*|\w+ to \d[\d,.]*)(?: thousand)? (?:troops|soldiers|servicemen|personnel|men|killed)\b`,
];

// A count over several incidents of one round-up: its figures are no single incident's, but the
// round-up still tells incidents, each cut into its own report (group/reports.ts).
const ROUND_UP_PATTERNS: string[] = [
  // a count over several incidents: "six shot in three separate incidents", "in two separate shootings"
  // ("15 people hurt in several holiday-weekend shootings", "6 Hurt in 2 Downtown Minneapolis
  // Shootings"): the words between may name a day or a place, never the people or a preposition.
  String.raw`\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+) (?:separate |different |unrelated )?(?:(?!(?:in|on|at|by|from|after|during|people|persons|civilians|men|women|were|was|killed|wounded|injured|dead|and)\b)[\w-]+ ){0,3}(?:incidents|shootings|(?:attacks|strikes)\b(?! on\b))`,
  // several shootings across a city: a night's or a weekend's tally, not one incident
  String.raw`\b(?:shootings|attacks|incidents) (?:\w+ ){0,2}(?:across|throughout|around) (?:the )?[\w.'’-]+|\bcitywide\b`,
];

const TALLY = new RegExp(PATTERNS.join("|"), "i");
const ROUND_UP = new RegExp(ROUND_UP_PATTERNS.join("|"), "i");

/** Does the sentence give a running tally, or a round-up's total, rather than one incident's figures? */
export function isTallySentence(text: string): boolean {
  return isRunningTally(text) || ROUND_UP.test(text);
}

// A count "as of" a day runs up to it, unless the sentence names the one event it counts ("as of
// the morning, 12 killed as a result of the night shelling of Zaporizhzhia": that strike's toll then).
const AS_OF = new RegExp(String.raw`\bas of (?:today|now|(?:\d{1,2}:\d\d (?:on )?)?(?:the (?:morning|evening) of )?${DAY_OF_MONTH})`, "i");
const ONE_EVENT_NAMED = new RegExp(String.raw`\b(?:as a result of|in|from|after|during|by) the (?:[\w'’-]+ ){0,2}(?:${alternation(en.tallies.eventNouns)}) (?:of|on|in) (?:the )?\p{Lu}`, "u");

/** Does the sentence give a running tally (a war's, a year's, an army's losses, a span of dates)? */
export const isRunningTally: (text: string) => boolean = rememberAnswers(
  (text) => TALLY.test(text) || (AS_OF.test(text) && !ONE_EVENT_NAMED.test(text)),
  // An article's sentences are asked twice (claims.ts, then clauses.ts, passages apart), and
  // TALLY's thirty-odd alternatives are costly to run: each answer is kept for a while.
  REMEMBERED_SENTENCES,
);

// A hundred dead or more in one incident is rare and told with the event's name, in the singular
// ("the strike on the theatre", "the shooting"); such a count with no event noun in its sentence
// ("1,417 civilians killed", "Russians kill about 320 civilians in Bucha", "410 civilians killed in
// strikes on the region") is a tally over a place or a time.
const LARGE = 100;
/** A thousand dead or more is a war's or a disaster's toll, whatever the sentence calls it. */
const HUGE = 1000;
const EVENT_NOUN = new RegExp(`\\b(?:${alternation(en.tallies.eventNouns)})\\b(?!s)`, "i");

// A count scoped to a whole country ("Russian invaders kill 223 children in Ukraine", "killed across
// the United States") is a national tally unless the sentence names one event. Country names are
// the English CLDR names of every ISO 3166 code.
const COUNTRY_NAMES = (() => {
  const display = new Intl.DisplayNames(["en"], { type: "region" });
  const names: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = display.of(code);
      if (name && name !== code && !/\d/.test(name)) names.push(name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    }
  }
  return names.sort((x, y) => y.length - x.length);
})();
const COUNTRY_SCOPE = new RegExp(
  String.raw`\b(?:kill(?:s|ed|ing)?|dead|died|deaths?|wounded|injured|victims|toll)\b[^.;|«]{0,40}\b(?:in|across|throughout|all over|on|against) (?:the )?(?:${COUNTRY_NAMES.join("|")})(?=\s*(?:$|[.,;:!?)(–—-]|\b(?:since|amid|during|as|so|over|this|by|from|according|said|says|report|in|on)\b))`,
  "i",
);

/** Does the sentence name one incident by its noun ("the strike", "a battle"), as a large count needs? */
export function namesIncidentNoun(text: string): boolean {
  return EVENT_NOUN.test(text);
}

/** Is a figure of this size, in this sentence, a tally rather than one incident's count? */
export function isTallyFigure(value: number, text: string): boolean {
  if (value >= HUGE) return true;
  if (EVENT_NOUN.test(text)) return false;
  // One dead or hurt is no country's tally: one person is hurt once, in one place ("Rebel commander
  // killed in Ukraine" is that man's death, wherever in the country).
  return value >= LARGE || (value > 1 && COUNTRY_SCOPE.test(text));
}

// A toll's figure ("the civilian death toll passes 1,400", "the number of dead rises to 340") is a
// running tally when its size is a tally's for its sentence (isTallyFigure): one strike's rising
// toll names the strike ("the death toll from the missile strike on the station rises to 40").
const TOLL_FIGURE = /\b(?:toll|number of (?:the )?(?:dead|killed|deaths|victims|casualties))\b[^.;:!?]{0,50}?\b(\d{1,3}(?:,\d{3})+|\d+)\b/i;

/** Is the sentence's toll a running tally ("civilian death toll passes 1,400, monitors say")? */
export function isTollTally(text: string): boolean {
  const toll = TOLL_FIGURE.exec(text);
  return toll !== null && isTallyFigure(Number(toll[1]!.replace(/,/g, "")), text);
}
