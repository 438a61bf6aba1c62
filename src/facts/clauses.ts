// What a passage tells: the report of an event ("a missile hit the mall", "three killed in
// shelling"), or talk about one (a condemnation, a forecast, a trial, aid, an analysis, a tally).
// Decided by what heads the passage's clauses, read from the language's lexicon roles
// (lexicon/index.ts, DetectionRoles), never by lists of headlines:
// - A passage is cut into clauses at colons, semicolons and headline dashes. A clause with no
//   verb before a colon is a label ("Shelling of Kremenchuk: SSU opened a case"): the clause after
//   it decides, and a label alone is a headline of its event when it names one.
// - A leading subordinate clause ("After the bridge blast, Putin promised ...") and anything after
//   a subordinator ("... condemns war crime after a missile attack kills 18") is background.
// - The first head word in what is left decides: an event verb ("killed", "hit", "shot down") makes
//   the clause an event; a reaction ("condemns", "told ... about"), mood ("will", "expected",
//   "trying to"), legal ("verdict", "investigation"), diplomacy or aid ("sanctions", "provides"),
//   analysis or an ongoing activity ("continues to hit") make it talk. Reporting verbs ("said",
//   "according to") head nothing: the clause they report decides.
// - A count over a period ("over the past day", "since February") or over many places ("in 12
//   settlements", "across the region") is a tally; a live page or round-up headline ("Ukraine
//   latest:", "day 125") tells of many topics at once.
// A language without detection roles reads every passage as an event (the grouping stage then
// keeps the passages with incident words, as before detection existed).
import type { Lang } from "./lexicon/index.js";
import type { DetectionRoles } from "./lexicon/index.js";
import { en } from "./lexicon/en.js";
import { alternation, wordBoundaryPattern } from "./lexicon/words.js";
import { findTypeCues } from "./incident-types.js";
import { isRunningTally, isTollTally, namesIncidentNoun } from "./tallies.js";

export type ClauseKind = "event" | "reaction" | "outlook" | "legal" | "diplomacy" | "posture" | "front" | "aftermath" | "analysis" | "ongoing" | "live" | "tally" | "none";

export interface PassageReading {
  kind: ClauseKind;
  /** The words that decided it ("condemns", "over the past day"); null when nothing did. */
  cue: string | null;
  /**
   * Whether a word heads it. An event without one is a label or a noun-phrase headline ("Missile
   * strike on Kremenchuk"): an incident when nothing else in the report is talk about it.
   */
  headed: boolean;
  /** An event word was found (a head, an event noun, an incident type's cue). */
  named: boolean;
  /** For a tally: a running total ("since the start of the war"), or a count over a period or over many places. */
  tally?: "running" | "period" | "places";
  /** For a count over a period or many places: what heads its clause ("shelled" in "shelled the town 5 times in a day"). */
  tallyHead?: ClauseKind | null;
  /** A count of attacks ("carried out 15 shellings"): a tally where no settlement is named (group/reports.ts). */
  countsAttacks: boolean;
  /** Tells of a period ("over the past day", "during the day"), counted or not: a region's day where no settlement is named. */
  overPeriod: boolean;
  /** Air defence's score of aerial targets downed ("shot down 12 drones"): a tally where no place finer than a country is named (group/reports.ts). */
  countsTargets?: boolean;
  /** For an outlook: its head is someone's words (a warning, a threat, a promise: lexicon `spokenOutlook`). */
  spoken?: boolean;
}

type HeadRole = "event" | "reaction" | "outlook" | "legal" | "diplomacy" | "posture" | "front" | "aftermath" | "analysis" | "ongoing";

interface Compiled {
  heads: [HeadRole, RegExp][];
  eventVerb: RegExp;
  /** An event verb closing the text before a count, with only quantifiers between: the count is its object. */
  verbBeforeCount: RegExp;
  claimVerb: RegExp;
  notHeadAfter: Set<string>;
  notEventAfter: Set<string>;
  degreeAdverbs: Set<string>;
  auxiliaries: Set<string>;
  /** A casualty word followed by its own verb (another role's head): the word names people. */
  casualtySubject: RegExp | null;
  /** A casualty word before a noun ("wounded defenders"): where nothing stands before it, an adjective. */
  casualtyAdjective: RegExp | null;
  /** A weapon's name as its trade's or industry's ("rocket program"): left out of what a clause is read for. */
  weaponTrade: RegExp | null;
  /** An event's or a weapon's word in a peaceful sense ("hunger strike", "moon rocket"): likewise left out. */
  peacefulSenses: RegExp | null;
  /** A damage participle before a building or property noun ("destroyed property"): where nothing stands before it, an adjective. */
  damagedPropertyAdjective: RegExp | null;
  /** Two casualty words joined before people ("killed and wounded soldiers"): adjectives, unless after an auxiliary. */
  casualtyPairBeforePeople: RegExp | null;
  /** An event participle, its phrase, then the clause's own verb: the participle describes its noun. */
  participleThenPredicate: RegExp | null;
  eventNoun: RegExp;
  /** An event noun (or else the next word) after a word that makes it hypothetical ("possible blast", "a possible detonation"). */
  hypotheticalEvent: RegExp | null;
  /** A whole type cue that only names a weapon ("Kalibr", "missiles"). */
  weaponOnly: RegExp;
  sustainedFire: RegExp;
  live: RegExp;
  analysis: RegExp;
  /** A clause opening with a question word. */
  questionOpening: RegExp | null;
  footage: RegExp;
  spokenOutlook: RegExp | null;
  /** A clause that is only an analyst's name ("British intelligence", "US analyst") or opens with one speaking ("ISW notes ..."). */
  analystSource: RegExp | null;
  /** A passage opening with its calendar day ("On October 18, ..."). */
  dayOpening: RegExp | null;
  /** Footage or photos of a strike posted ("shares photos after the missile attack on X"), read over the whole clause. */
  footageOfEvent: RegExp | null;
  leadingSubordinate: RegExp;
  subordinator: RegExp;
  /** A relative clause's opening after a comma (", who"). */
  relativeOpening: RegExp | null;
  /** A casualty participle's phrase a comma opens (", killed in the attack"). */
  describingOpening: RegExp | null;
  /** A weak subordinator ("as troops renew ..."), and the event verbs that keep its clause in the main one. */
  weakSubordinator: RegExp | null;
  eventVerbs: RegExp;
  period: RegExp;
  longPeriod: RegExp | null;
  pastDay: RegExp | null;
  area: RegExp;
  districtList: RegExp | null;
  areaNoun: RegExp;
  attackCount: RegExp;
  targetCount: RegExp | null;
  aimedAt: string | null;
  townAndSurroundings: RegExp | null;
  partOfCountry: RegExp;
  partOfCountryAfter: RegExp;
  siteAfterArea: RegExp | null;
  victimsAsPersons: RegExp | null;
}

function compile(roles: DetectionRoles, script: "latin" | "cyrillic"): Compiled {
  const pattern = (fragments: string[]) => wordBoundaryPattern(alternation(fragments), script);
  const every = (fragments: string[]) => wordBoundaryPattern(alternation(fragments), script, "gi");
  return {
    // Talk before event: where both start at one word ("kills children" is generic), talk wins.
    heads: [
      ...(roles.counterClaims?.length ? [["event", every(roles.counterClaims)] as [HeadRole, RegExp]] : []),
      ["reaction", every(roles.reaction)],
      ["outlook", every(roles.outlook)],
      ["legal", every(roles.legal)],
      ["diplomacy", every(roles.diplomacy)],
      ["posture", every(roles.posture)],
      ["front", every(roles.front)],
      ["aftermath", every(roles.aftermath)],
      ["analysis", every(roles.analysis)],
      ["ongoing", every(roles.ongoing)],
      ["event", every(roles.eventVerbs)],
    ],
    notHeadAfter: new Set(roles.notHeadAfter),
    notEventAfter: new Set([...roles.notHeadAfter, ...roles.infinitive, ...(roles.notHappenedAfter ?? []), ...roles.adjectivesBeforeNoun, ...(roles.prepositionsBeforeAdjective ?? [])]),
    degreeAdverbs: new Set(roles.degreeAdverbs ?? []),
    auxiliaries: new Set(roles.auxiliaries ?? []),
    // (Finds of the dead are left out: "dead bodies" is a noun's adjective, no subject and verb.)
    casualtySubject: roles.casualtyNouns?.length
      ? new RegExp(
          String.raw`^(?:${alternation(roles.casualtyNouns)})(?:\s+(?:${alternation(roles.auxiliaries ?? [])}))*\s+(?:${alternation([...roles.reaction, ...roles.outlook, ...roles.legal, ...roles.diplomacy, ...roles.posture, ...roles.front, ...roles.ongoing])})\b`,
          "i",
        )
      : null,
    casualtyAdjective: roles.casualtyAdjectives?.length
      ? new RegExp(String.raw`^(?:${alternation(roles.casualtyAdjectives)})\s+(?!(?:${alternation(roles.casualtyVerbFollowers ?? [])})\b)\p{L}`, "iu")
      : null,
    weaponTrade: roles.weaponTrade?.length ? wordBoundaryPattern(`(?:${alternation(roles.weapons)}|missile|rocket|drone)\\s+(?:${alternation(roles.weaponTrade)})`, script, "gi") : null,
    peacefulSenses: roles.peacefulSenses?.length ? every(roles.peacefulSenses) : null,
    damagedPropertyAdjective: roles.damagedPropertyAdjectives?.length ? new RegExp(String.raw`^(?:${alternation(roles.damagedPropertyAdjectives)})\b`, "i") : null,
    casualtyPairBeforePeople: roles.casualtyPairsBeforePeople?.length ? new RegExp(String.raw`^(?:${alternation(roles.casualtyPairsBeforePeople)})\b`, "i") : null,
    // (The phrase is one of place, cause or time, with no comma or conjunction before the verb:
    // "killed in shelling, the mayor says", "killed in shelling as fighting goes on" stay events.)
    participleThenPredicate: roles.predicatesAfterParticiple?.length
      ? new RegExp(String.raw`^\s+(?:in|by|during|under)\s+(?:(?!(?:and|as|while|but|when|where)\b)[^,;:.\s]+\s+){1,8}?(?:${alternation(roles.predicatesAfterParticiple)})\b`, "i")
      : null,
    eventVerb: pattern(roles.eventVerbs),
    verbBeforeCount: new RegExp(String.raw`${pattern(roles.eventVerbs).source}\s+(?:${QUANTIFIERS}\s+)*$`, "i"),
    claimVerb: wordBoundaryPattern(alternation(roles.claimVerbs), script, "gi"),
    eventNoun: pattern(roles.eventNouns),
    hypotheticalEvent: roles.hypotheticalBeforeNoun?.length
      ? wordBoundaryPattern(`(?:${alternation(roles.hypotheticalBeforeNoun)})\\s+(?:(?:[\\w'’-]+\\s+){0,2}?(?:${alternation([...roles.eventNouns, ...roles.weapons])})|[\\w'’-]+)`, script, "gi")
      : null,
    weaponOnly: new RegExp(`^(?:${alternation(roles.weapons)})$`, "i"),
    sustainedFire: every(roles.sustainedFire),
    live: pattern(roles.liveBlog),
    analysis: pattern(roles.analysis),
    questionOpening: roles.questionWords?.length ? new RegExp(`^\\W*(?:${alternation(roles.questionWords)})\\b`, "i") : null,
    footage: pattern(roles.footage),
    spokenOutlook: roles.spokenOutlook?.length ? new RegExp(`^(?:${alternation(roles.spokenOutlook)})$`, "i") : null,
    analystSource: roles.analystSources?.length
      ? new RegExp(
          String.raw`^\W*(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,2}?(?:${alternation(roles.analystSources)})(?:\W*$|\s+(?:${alternation(roles.analystSpeech ?? [])})\b)`,
          "iu",
        )
      : null,
    dayOpening: roles.dayOpenings?.length ? new RegExp(`^\\W*(?:${alternation(roles.dayOpenings)})`, "i") : null,
    footageOfEvent: roles.footageOfEvent?.length ? every(roles.footageOfEvent) : null,
    leadingSubordinate: new RegExp(`^\\W*(?:${alternation(roles.subordinators)})\\b`, "i"),
    subordinator: pattern(roles.subordinators),
    relativeOpening: roles.relativePronouns?.length ? new RegExp(String.raw`^,\s*(?:${alternation(roles.relativePronouns)})\b`, "i") : null,
    describingOpening: roles.describingParticiples?.length ? new RegExp(String.raw`,\s*(?:${alternation(roles.describingParticiples)})\b`, "i") : null,
    weakSubordinator: roles.weakSubordinators?.length ? pattern(roles.weakSubordinators) : null,
    eventVerbs: every(roles.eventVerbs),
    partOfCountry: new RegExp(`\\b(?:${alternation(roles.partOfCountry)})\\s*(?:of\\s+)?$`, "i"),
    partOfCountryAfter: new RegExp(`^(?:['’]s)?\\s+(?:(?:${alternation(roles.partOfCountry)})\\s+)?(?:${alternation([...roles.partOfCountryAfter, ...(roles.sitesAfterArea ?? [])])})\\b`, "i"),
    siteAfterArea: roles.sitesAfterArea?.length ? new RegExp(`^(?:['’]s)?\\s+(?:${alternation(roles.sitesAfterArea)})\\b`, "i") : null,
    victimsAsPersons: roles.victimsAsPersons?.length ? pattern(roles.victimsAsPersons) : null,
    period: pattern(roles.periodScopes),
    longPeriod: roles.periodsLongerThanDay?.length ? pattern(roles.periodsLongerThanDay) : null,
    pastDay: roles.pastDay?.length ? pattern(roles.pastDay) : null,
    area: pattern(roles.areaScopes),
    districtList: roles.districtLists?.length ? pattern(roles.districtLists) : null,
    attackCount: pattern(roles.attackCounts),
    targetCount: roles.targetCounts?.length ? pattern(roles.targetCounts) : null,
    aimedAt: roles.aimedAt?.length ? alternation(roles.aimedAt) : null,
    townAndSurroundings: roles.townAndSurroundings?.length ? pattern(roles.townAndSurroundings) : null,
    areaNoun: pattern(roles.areaNouns),
  };
}

const COMPILED = new Map<Lang, Compiled | null>();
function rolesFor(lang: Lang): Compiled | null {
  if (!COMPILED.has(lang)) {
    const lexicon = lang === "en" ? en : null;
    COMPILED.set(lang, lexicon?.detection ? compile(lexicon.detection, lexicon.script) : null);
  }
  return COMPILED.get(lang)!;
}

// Clause breaks of headlines and leads: "Label: clause", "clause; clause", "clause - Speaker" (the
// break is kept: a clause before a colon may be a label).
const CLAUSE_BREAK = /(\s*[:;|«»]\s+|\s+[-–—]{1,2}\s+|\s*\.\.\.\s*)/;
// A count: a figure or a number word (a tally counts something; "the third shooting this week" does not).
const COUNT = /\b\d[\d,.]*\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|hundreds?|thousands?|dozens?)\b/i;

// A count in the thousands of people is a war's or an army's toll ("eliminates about 62,870 enemy
// troops", "tens of thousands died in the city"), when it is what a casualty word or an event verb
// counts: the verb's object ("killed 2,000 soldiers") or the subject of the dead ("1,500 civilians
// killed"). Thousands present at a scene ("hit a mall with a thousand shoppers inside") are no toll.
const CASUALTY = new RegExp(alternation(en.casualty.hint), "i");
const THOUSANDS = String.raw`\d{1,3}(?:,\d{3})+|\d{4,}|(?:tens|hundreds) of thousands|thousands|(?:a|one|two|three|four|five|several|\d+) thousand`;
const LARGE_COUNT = new RegExp(String.raw`\b(?:${THOUSANDS})(\s+(?:[\w-]+\s+){0,2}(?:${[...en.people.plural].join("|")}|troops|invaders|occupiers|personnel|enemy|died|killed|dead))\b`, "gi");
// Words between a verb and the count it takes as object ("killed more than 2,000", "eliminated about 62,870").
const QUANTIFIERS = String.raw`(?:about|around|over|more|than|at|least|nearly|almost|some|up|to|roughly|approximately|another|an|a|estimated|as|many|the)`;
// What may follow the counted noun and say they were the dead or hurt ("1,500 civilians were killed", "2,000 of them died").
const COUNTED_AS_CASUALTIES = new RegExp(String.raw`^(?:\s+(?:[\w'’-]+\s+){0,3})?(?:${alternation(en.casualty.hint)}|eliminat|lost|losses|perish)`, "i");
// Hundreds of dead with no one event named ("police say about 900 civilians were killed in the
// region") is a siege's or an occupation's toll, as claims read it (tallies.ts, isTallyFigure).
const HUNDREDS_DEAD = new RegExp(String.raw`\b(?:\d{1,3}(?:,\d{3})+|\d{3,}|hundreds)(\s+(?:[\w-]+\s+){0,2}(?:${[...en.people.plural].join("|")}|bodies|killed|dead|died))\b`, "gi");
// Hundreds of buildings destroyed with no one event named ("almost 600 buildings destroyed in the
// city", "about 400 post office branches damaged") is what a siege or a war did, not one strike.
const DAMAGE_TALLY = /\b(?:\d{1,3}(?:,\d{3})+|\d{3,}|hundreds|thousands)\s+(?:[\w'’-]+\s+){0,2}(?:buildings|houses|homes|apartment blocks|blocks of flats|objects|facilities|schools|hospitals|enterprises|branches|offices|churches|bridges|shops|stores|monuments)\b/i;
// Tens of schools, hospitals or churches destroyed ("64 schools and 20 kindergartens") are what a
// war did to a region, however the fire is named ("by shelling"): one strike hits one or two.
const INSTITUTION_TALLY = /\b(?:\d{2,}|dozens)\s+(?:[\w'’-]+\s+){0,2}(?:schools|kindergartens|hospitals|churches|educational institutions|medical facilities|medical institutions)\b/i;

interface Clause {
  head: HeadRole | null;
  cue: string | null;
  /** Names an event (a type cue or an event noun) where no verb heads it. */
  evidence: boolean;
  /** Opens with a live-page or analysis marker ("Ukraine latest", "Factbox"). */
  marker: "live" | "analysis" | null;
  /** A count over a period or over many places in the main clause ("killed in past day", "in 12 settlements"). */
  scope: { text: string; over: "period" | "places" } | null;
}

function readClause(text: string, r: Compiled): Clause {
  let main = text;
  const lead = r.leadingSubordinate.exec(main);
  if (lead) {
    const comma = main.indexOf(",", lead[0].length);
    main = comma < 0 ? "" : main.slice(comma + 1);
  }
  // A clause after "as" of a war going on ("refugees flee as troops renew their assault") is
  // background, unless an event verb heads it ("losses as fighting breaks out in the city").
  const weak = r.weakSubordinator?.exec(main);
  if (weak && !firstHead(main.slice(weak.index + weak[0].length), r.eventVerbs, r.notEventAfter)) main = main.slice(0, weak.index);
  // A count's scope may follow a subordinator ("... strikes on the region over the past day",
  // "... after strikes across the country"), unless a comma sets the rest apart ("..., marking the
  // second shooting in the past 24 hours").
  const sub = r.subordinator.exec(main);
  const scoped = sub && sub[0].startsWith(",") ? main.slice(0, sub.index) : main;
  // A relative clause a comma closes ("the soldier, who killed people there, has been identified")
  // describes its noun: the main clause goes on after it, up to its next comma (what follows that
  // may be another clause: "the shooting, which ..., was ruled an accident, and no one will be charged").
  const closing = sub && sub.index > 0 && r.relativeOpening?.test(sub[0]) ? main.indexOf(",", sub.index + sub[0].length) : -1;
  const predicate = closing >= 0 ? main.slice(closing + 1).split(",")[0] : "";
  if (sub && sub.index > 0) main = closing >= 0 ? `${main.slice(0, sub.index)} ${predicate}` : main.slice(0, sub.index);
  // So does a casualty participle's phrase a comma opens and closes ("defenders, killed in the
  // attack on the prison, were honoured in the capital") where talk heads the verb after it: the
  // tribute, burial or identification is the news. (An event after it keeps the whole clause:
  // "a soldier, wounded in the leg, died in hospital".)
  const describing = r.describingOpening?.exec(main);
  if (describing && describing.index > 0) {
    const closes = main.indexOf(",", describing.index + describing[0].length);
    const after = closes >= 0 ? main.slice(closes + 1).split(",")[0]! : "";
    const without = `${main.slice(0, describing.index)} ${after}`;
    const talk = r.heads.filter(([role]) => role !== "event").some(([, pattern]) => firstHead(after, pattern, r.notHeadAfter) !== null);
    if (talk && !firstHead(without, r.eventVerbs, r.notEventAfter)) main = without;
  }
  const period = r.period.exec(scoped);
  const area = r.area.exec(scoped);
  const scope: Clause["scope"] = area ? { text: area[0], over: "places" } : period && COUNT.test(scoped) ? { text: period[0], over: "period" } : null;
  let head: HeadRole | null = null;
  let cue: string | null = null;
  let at = Infinity;
  // Footage of the hit is a fact of the event (the labelled windows count it): its event follows
  // a subordinator ("shares photos after the attack on X"), so the whole clause is read.
  const footage = r.footageOfEvent ? firstHead(text, r.footageOfEvent, r.notHeadAfter) : null;
  if (footage) [head, cue, at] = ["event", footage[0], footage.index];
  for (const [role, pattern] of r.heads) {
    const match = firstHead(main, pattern, role === "event" ? r.notEventAfter : r.notHeadAfter, r.degreeAdverbs, role === "event" ? (m, before) => describesNoun(main, m, before, r) : undefined);
    if (match && match.index < at) {
      at = match.index;
      head = role;
      cue = match[0];
    }
  }
  // An event that has not happened ("the consequences of a possible blast at the dam") names none:
  // it is left out of what the clause is read for.
  // Nor is a weapon named as its trade's ("the rocket program", "drone makers"), nor an event's or
  // a weapon's word in a peaceful sense ("a hunger strike", "the moon rocket").
  const real = r.hypotheticalEvent ? main.replace(r.hypotheticalEvent, " ") : main;
  const traded = r.weaponTrade ? real.replace(r.weaponTrade, " ") : real;
  const told = r.peacefulSenses ? traded.replace(r.peacefulSenses, " ") : traded;
  // Type cues are the costly part: read only where a claim verb or a headless clause needs them.
  let types: ReturnType<typeof findTypeCues> | null = null;
  const typesOf = () => (types ??= findTypeCues({ index: 0, paragraph: 0, text: told, isTitle: false }));
  // A place said to change hands ("captured Paraskoviivka") is an event verb with a place after it
  // ("the liberation of X" names one without a verb).
  const claimVerb = firstHead(main, r.claimVerb, r.notEventAfter);
  if (claimVerb && claimVerb.index < at && typesOf().some((t) => t.type === "territorial claim")) {
    at = claimVerb.index;
    head = "event";
    cue = claimVerb[0];
  }
  // Whether the clause names an event matters where nothing heads it (a noun-phrase headline).
  // A weapon named with nothing it did ("ships with 24 Kalibr missiles on alert", "the threat is
  // Russia's missiles") is no event. Nor is a strike of unnamed means, which a statement names as
  // its occasion ("support for a zone around the plant in the wake of strikes at it").
  const evidence = head === "event" || (head === null && (r.eventNoun.test(told) || typesOf().some((t) => t.type !== "strike" && !r.weaponOnly.test(t.cue))));
  // A live page's or an analysis's marker labels the whole clause ("Ukraine latest", "Story of a
  // wounded scout"), unless a head comes first.
  let marker: Clause["marker"] = null;
  const live = r.live.exec(text);
  const analysis = r.analysis.exec(text);
  if (live && (head === null || live.index < at)) marker = "live";
  // A question ("Which rocket killed 30 people at the station?") asks about an event, whatever verb it holds.
  else if ((analysis && analysis.index === text.search(/\p{L}/u)) || ((head === null || r.questionOpening?.test(text)) && /\?\s*$/.test(text)) || r.analystSource?.test(text)) marker = "analysis";
  // Districts of a region named together are many places only where an event heads the clause.
  // So is a town named with its surroundings ("shelled Harbourtown and the region", "Shelling of
  // Harbourtown and the region"): an administration's round-up of the region's day.
  const districts = scope === null && head === "event" ? r.districtList?.exec(scoped) : null;
  const surroundings = scope === null && districts == null && (head === "event" || (head === null && evidence)) ? r.townAndSurroundings?.exec(scoped) : null;
  const places = districts ?? surroundings;
  return { head, cue, evidence, marker, scope: places ? { text: places[0], over: "places" } : scope };
}

/** The most words a rubric before a colon has ("Ferry sank", "Town shelled overnight", "Kill the occupiers in the region"). */
const RUBRIC_WORDS = 6;

const OPENING_QUOTE = /[“‘«"]/;
const QUOTED_CLAUSE = /^[“‘«"']\p{L}/u;

/**
 * The first match of a head pattern that is not an adjective or inside a relative clause ("in
 * captured X", "144 captured men", "those killed", "to the practically destroyed city"), nor a word
 * `describes` says only describes a noun.
 */
function firstHead(text: string, pattern: RegExp, notAfter: Set<string>, adverbs: Set<string> = new Set(), describes?: (match: RegExpExecArray, before: string | undefined) => boolean): RegExpExecArray | null {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    // "US-supplied HIMARS": a compound adjective; "violated “targeted harassment” rule": a quoted name.
    if (text[match.index - 1] === "-" || OPENING_QUOTE.test(text[match.index - 1] ?? "")) continue;
    // Adverbs of degree pass the question to the word before them ("the heavily damaged plant", "found almost fully destroyed").
    const words = wordsJustBefore(text, match.index);
    while (words.length > 1 && adverbs.has(words.at(-1)!)) words.pop();
    const before = words.at(-1);
    if ((before === undefined || !notAfter.has(before)) && !describes?.(match, before)) return match;
  }
  return null;
}

const WORD_LETTER = /[\p{L}\d'’]/u;
const SPACE = /\s/;

/**
 * The words running up to `end` within 60 characters, lower-cased, each followed by white space
 * ("the heavily " before "damaged": the, heavily); a mark that is neither ends the run ("killed, "
 * has none). Read backwards letter by letter: a regular expression anchored at the end would be
 * tried from every position of the 60.
 */
function wordsJustBefore(text: string, end: number): string[] {
  const start = Math.max(0, end - 60);
  const words: string[] = [];
  let at = end;
  for (;;) {
    let wordEnd = at;
    while (wordEnd > start && SPACE.test(text[wordEnd - 1]!)) wordEnd--;
    let wordStart = wordEnd;
    while (wordStart > start && WORD_LETTER.test(text[wordStart - 1]!)) wordStart--;
    if (wordEnd === at || wordStart === wordEnd) return words.reverse();
    words.push(text.slice(wordStart, wordEnd).toLowerCase());
    at = wordStart;
  }
}

/**
 * Does an event verb's form only describe a noun, the clause's own verb following it? A casualty
 * word before another role's verb names people ("600 wounded are blocked at the plant", "heavily
 * wounded evacuated"); a participle with its phrase before a modal or a state is a reduced relative
 * ("buildings damaged in shelling will be demolished", "over 500 wounded in the strike remain in
 * hospital"). A casualty word opening a clause before a noun is that noun's adjective ("Wounded
 * defenders are operated on in the plant's basement", "Wounded personnel can be admitted").
 */
function describesNoun(text: string, match: RegExpExecArray, before: string | undefined, r: Compiled): boolean {
  const from = text.slice(match.index);
  const pairFirst = before === "and" ? wordsJustBefore(text, match.index).at(-2) : undefined;
  return (
    r.casualtySubject?.test(from) === true ||
    (before === undefined && r.casualtyAdjective?.test(from) === true) ||
    (before === undefined && r.damagedPropertyAdjective?.test(from) === true) ||
    (!(before !== undefined && r.auxiliaries.has(before)) && r.casualtyPairBeforePeople?.test(from) === true) ||
    // (The pair's second word is read with its first: "killed and wounded soldiers".)
    (pairFirst !== undefined && r.casualtyPairBeforePeople?.test(`${pairFirst} and ${from}`) === true) ||
    // (After an auxiliary the participle is the clause's own passive: "the depot was attacked by
    // men of good will".)
    (!(before !== undefined && r.auxiliaries.has(before)) && r.participleThenPredicate?.test(text.slice(match.index + match[0].length)) === true)
  );
}

/**
 * Is a large count of people in the text (`counts`: a number, then the counted noun as group 1) the
 * dead or hurt, not people present somewhere ("a mall with a thousand shoppers inside")?
 */
function countsCasualties(counts: RegExp, text: string, r: Compiled): boolean {
  if (!CASUALTY.test(text) && !r.eventVerb.test(text)) return false;
  counts.lastIndex = 0;
  for (let match = counts.exec(text); match; match = counts.exec(text)) {
    const counted = match[1]!;
    const end = match.index + match[0].length;
    if (/(?:died|killed|dead|bodies)$/i.test(counted) || COUNTED_AS_CASUALTIES.test(text.slice(end, end + 60))) return true;
    if (r.verbBeforeCount.test(text.slice(Math.max(0, match.index - 80), match.index))) return true;
  }
  return false;
}

/** What the passage tells; `lang` picks the lexicon whose roles are read. */
export function readPassage(text: string, lang: Lang = "en"): PassageReading {
  const r = rolesFor(lang);
  if (!r) return { kind: "event", cue: null, headed: false, named: false, countsAttacks: false, overPeriod: false };
  const countsAttacks = r.attackCount.test(text);
  const overPeriod = r.period.test(text);
  const countsTargets = r.targetCount?.test(text) === true;
  const runningTally = isRunningTally(text) || isTollTally(text) || countsCasualties(LARGE_COUNT, text, r) || (DAMAGE_TALLY.test(text) && !r.eventNoun.test(text)) || (INSTITUTION_TALLY.test(text) && !r.eventNoun.test(text.replace(r.sustainedFire, " "))) || (CASUALTY.test(text) && !namesIncidentNoun(text) && countsCasualties(HUNDREDS_DEAD, text, r));
  if (runningTally) return { kind: "tally", cue: "a running tally", headed: true, named: true, tally: "running", countsAttacks, overPeriod, countsTargets };
  const pieces = text.split(CLAUSE_BREAK);
  const parts = pieces
    .flatMap((part, i) => (i % 2 === 0 ? [{ text: part.trim(), breakAfter: pieces[i + 1] ?? "" }] : []))
    .filter((part) => /\p{L}/u.test(part.text));
  const clauses = parts.map((part, i) => {
    const clause = readClause(part.text, r);
    // A verbless label naming an area before a colon is the page's rubric ("Shelling of the
    // border district: fighting across the district"): the clause after it decides what the
    // passage tells. A label naming a town is its event's headline ("Missile strike on Harbourtown: the toll rises").
    const rubric = clause.head === null && clause.marker === null && part.breakAfter.includes(":") && i < parts.length - 1 && r.areaNoun.test(part.text);
    if (rubric) return { ...clause, evidence: false };
    // Words quoted after a label are a witness's ("Mall strike: 'I didn't think they would hit a
    // mall'"): what they thought might happen is theirs, no forecast of the report's. (A quoted
    // demand or condemnation still makes the item a reaction.)
    const quoted = i > 0 && QUOTED_CLAUSE.test(part.text) && clause.head === "outlook";
    return quoted ? { ...clause, head: null, cue: null } : clause;
  });
  // A short label with an event verb before a colon, over a clause that talk heads ("Ferry sank:
  // its crew want to go home", "Town shelled: the mayor urges calm"), is the
  // page's rubric for a story about the event, as a verbless one is: the clause after it decides.
  for (const [i, clause] of clauses.entries()) {
    const next = clauses[i + 1];
    const label = parts[i]!.breakAfter.includes(":") && parts[i]!.text.split(/\s+/).length <= RUBRIC_WORDS;
    if (label && clause.head === "event" && next && next.head !== null && next.head !== "event") clauses[i] = { ...clause, head: null, cue: null, evidence: false };
  }
  const scoped = clauses.find((c) => c.scope !== null);
  if (scoped) return { kind: "tally", cue: scoped.scope!.text, headed: true, named: true, tally: scoped.scope!.over, tallyHead: scoped.head, countsAttacks, overPeriod, countsTargets };
  const marked = clauses.find((c) => c.marker !== null);
  if (marked) return { kind: marked.marker!, cue: null, headed: true, named: false, countsAttacks, overPeriod, countsTargets };
  const headed = clauses.filter((c) => c.head !== null);
  const event = headed.find((c) => c.head === "event");
  if (event) return { kind: "event", cue: event.cue, headed: true, named: true, countsAttacks, overPeriod, countsTargets };
  const named = clauses.some((c) => c.evidence);
  if (headed.length) {
    const { head, cue } = headed[0]!;
    const spoken = head === "outlook" && cue !== null && r.spokenOutlook?.test(cue) === true;
    return { kind: head!, cue, headed: true, named, countsAttacks, overPeriod, countsTargets, ...(spoken ? { spoken } : {}) };
  }
  return { kind: named ? "event" : "none", cue: null, headed: false, named, countsAttacks, overPeriod, countsTargets };
}

/**
 * Does the text name one strike, attack or blast ("a missile attack", "an artillery strike"), not
 * only sustained fire ("shelling", "bombardment")? Over a region, a toll told with sustained fire
 * alone is the region's day ("three civilians killed in shelling of the region").
 */
export function namesOneStrike(text: string, lang: Lang = "en"): boolean {
  const r = rolesFor(lang);
  return r === null || r.eventNoun.test(text.replace(r.sustainedFire, " "));
}

/**
 * Does the country named at `at` (`length` letters) stand for a part of it ("eastern Ukraine", "the
 * rebel-held east of Ukraine", "Ukraine's rebel east", "the Ukraine rebel hub")?
 */
export function namesPartOfCountry(text: string, at: number, length: number, lang: Lang = "en"): boolean {
  const r = rolesFor(lang);
  return r === null || r.partOfCountry.test(text.slice(Math.max(0, at - 40), at)) || r.partOfCountryAfter.test(text.slice(at + length, at + length + 40));
}

/**
 * Does a settlement's or a building's role follow the region named at `at` (`length` letters: "open
 * fire at LPR city", "shelled the region's community")? One place in the region, though unnamed.
 */
export function namesSiteInArea(text: string, at: number, length: number, lang: Lang = "en"): boolean {
  const r = rolesFor(lang);
  return r?.siteAfterArea?.test(text.slice(at + length, at + length + 40)) ?? false;
}

/**
 * Are victims told as persons ("a man was killed", "two women killed"), not as a category counted
 * ("three civilians")? Over a region, such a toll is one scene's. A language without the role says no.
 */
export function namesVictimsAsPersons(text: string, lang: Lang = "en"): boolean {
  return rolesFor(lang)?.victimsAsPersons?.test(text) ?? false;
}

/** Does the passage open with the calendar day it tells ("On October 18, ...")? A language without the role says no. */
export function opensWithDay(text: string, lang: Lang = "en"): boolean {
  return rolesFor(lang)?.dayOpening?.test(text) ?? false;
}

/** Does the passage say it shows footage ("VIDEO", "footage", "filmed")? */
export function showsFootage(text: string, lang: Lang = "en"): boolean {
  const r = rolesFor(lang);
  return r !== null && r.footage.test(text);
}

/**
 * Is an event aimed at the place named by `surface` ("shelled the Donetsk region", "rocket attack on
 * the Zaporizhzhia region", "hit Kherson region with rockets")? A language without the role says no.
 */
export function aimsAt(text: string, surface: string, lang: Lang = "en"): boolean {
  const r = rolesFor(lang);
  if (!r?.aimedAt || !surface) return false;
  const name = surface.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(String.raw`\b(?:${r.aimedAt})\s+(?:the\s+)?${name}`, "i").test(text);
}

/** Does the text name a town's surroundings beside it ("shelled Kharkiv and the region")? A language without the role says no. */
export function namesTownAndSurroundings(text: string, lang: Lang = "en"): boolean {
  return rolesFor(lang)?.townAndSurroundings?.test(text) ?? false;
}

/** Does the text count over a period longer than a day ("in a week, five died", not "over the past day")? A language without the role says no. */
export function spansDays(text: string, lang: Lang = "en"): boolean {
  return rolesFor(lang)?.longPeriod?.test(text) ?? false;
}

/** Does the text tell the past day as a round-up does ("over the past day", "during the day")? A language without the role says no. */
export function tellsPastDay(text: string, lang: Lang = "en"): boolean {
  return rolesFor(lang)?.pastDay?.test(text) ?? false;
}

/**
 * The clause of the passage that counts attacks ("the region was shelled 24 times" before a colon
 * that lists where), or null when none does: what the count is over is named there.
 */
export function attackCountClause(text: string, lang: Lang = "en"): string | null {
  const r = rolesFor(lang);
  if (!r) return null;
  return text.split(CLAUSE_BREAK).find((part, i) => i % 2 === 0 && r.attackCount.test(part)) ?? null;
}
