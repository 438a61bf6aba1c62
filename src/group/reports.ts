// Cutting an article into incident reports. A round-up describes several incidents, each in its
// own run of passages; a new run starts where a passage with incident evidence (a casualty
// figure or an incident word) moves somewhere else (a location that cannot be the current
// incident's place) or to another kind of event (a territorial claim after a strike). Tallies
// ("47 settlements since the start of the year") and recollections of earlier events never open
// a report, and their figures are not the incident's.
import type { ArticleFacts, CasualtyClaim, IncidentReport, IncidentType, MeansClaim, Place, PlaceMention } from "../model.js";
import { isWeakCue, reportEventDate } from "../facts/dates.js";
import { decideIncidentType } from "../facts/incident-types.js";
import type { FurnitureTest } from "./furniture.js";
import { NEAR_KM } from "./features.js";
import { isAreaPlace, placesCompatible } from "./geo.js";
import { namesIn, withoutPlaceNames } from "./names.js";
import { aimsAt, attackCountClause, type ClauseKind, type PassageReading, namesOneStrike, namesPartOfCountry, namesSiteInArea, namesTownAndSurroundings, namesVictimsAsPersons, opensWithDay, showsFootage, spansDays, tellsPastDay } from "../facts/clauses.js";
import { addsToCount, isRecall, isTally } from "./passage-kinds.js";
import { countsIn } from "../facts/numbers.js";

/** Two mentions closer than this may be neighbouring names for one spot (a suburb and its city). */
const SAME_SPOT_KM = NEAR_KM;

type Kind = "claim" | "violence";

/** The headline (paragraph 0) and the first paragraph: what a report says it is about. */
const LEAD_PARAGRAPHS = 1;
/** The first passages that say anything (page furniture says nothing): a tally there makes the report one. */
const LEAD_SAYINGS = 3;

function kindOf(type: IncidentType): Kind | null {
  if (type === "territorial claim") return "claim";
  return type === "other" ? null : "violence";
}

interface Run {
  passages: number[];
  /** Passages kept out of the report: tallies and recollections. */
  excluded: Set<number>;
  /** Recollections, kept apart so a report made only of them can take them back. */
  recalled: Set<number>;
  evidence: boolean;
  kind: Kind | null;
  locations: PlaceMention[];
  date: string | null;
}

/** A report's id: its article's id and its place among the article's reports ("<article>/0" is the primary one). */
export function reportId(articleId: string, index: number): string {
  return `${articleId}/${index}`;
}

/** `isFurniture` (furniture.ts) drops page furniture before anything else looks at a passage. */
export function cutReports(facts: ArticleFacts, isFurniture: FurnitureTest = () => false): IncidentReport[] {
  const { article } = facts;
  const passages = facts.passages.filter((p) => !isFurniture(p.text));
  const text = new Map(passages.map((p) => [p.index, p.text]));
  const published = article.publishedDay;
  const byPassage = <T extends { passage: number }>(items: T[]) => {
    const map = new Map<number, T[]>();
    for (const item of items) (map.get(item.passage) ?? map.set(item.passage, []).get(item.passage)!).push(item);
    return map;
  };
  const claimsAt = byPassage(facts.claims);
  const typesAt = byPassage(facts.typeCues);
  const placesAt = byPassage(facts.places);
  const datesAt = byPassage(facts.dates);

  // What each passage tells (facts/clauses.ts): an event, or talk about one (a reaction, a forecast,
  // a trial, aid, a live page), or a tally. Only an event's passages are evidence of an incident.
  const readings = new Map(passages.map((passage) => [passage.index, facts.readings[passage.index]!]));
  // A headline (or its copy opening the body) whose every count the lead repeats as a running tally
  // ("Nine killed, 60 wounded in the region" over "nine people died and 60 were wounded since the
  // start of the invasion") is that tally's headline.
  const lead = passages.filter((p) => p.paragraph <= LEAD_PARAGRAPHS);
  const runningInLead = lead.filter((p) => readings.get(p.index)!.tally === "running").map((p) => ({ passage: p, counts: countsIn(p.text) }));
  for (const passage of runningInLead.length ? lead : []) {
    if (readings.get(passage.index)!.kind === "tally") continue;
    const counts = countsIn(passage.text);
    const repeated = counts.size > 0 && runningInLead.find((running) => [...counts].every((n) => running.counts.has(n)));
    if (repeated) readings.set(passage.index, readings.get(repeated.passage.index)!);
  }
  // A casualty count in a passage no talk heads ("Three people went to hospital after a
  // shooting") tells the event too.
  // (An incident type's cue alone in a passage nothing heads is in a clause set apart: "people
  // hiding under the plant, which missiles have targeted".)
  // A count over a day at one settlement ("fired on the city 24 times last night", "shelled the
  // town five times in a day, there are dead") is that place's day: one event, as monitors code a
  // place and a day; over a region or several towns it stays a tally.
  // An event aimed at a whole region ("shelled the Donetsk region 40 times", "rocket attack on the
  // region") is the region's, whatever town a sentence of it names.
  const aimsAtRegion = (p: number) => (placesAt.get(p) ?? []).some((m) => m.place.precision === "region" && aimsAt(text.get(p) ?? "", m.surface, article.lang));
  // So is a day counted over a town and its surroundings ("shelled Kharkiv and the region").
  const settlementDay = (p: number) => {
    const reading = readings.get(p)!;
    // What the count's clause tells must be an event ("shelled", or dead counted), not a plan or a call.
    if (reading.kind !== "tally" || reading.tally !== "period" || !(reading.tallyHead === "event" || (reading.tallyHead === null && claimsAt.has(p)))) return false;
    // A count over weeks at one settlement ("five died at the checkpoint in a week") is its weeks' tally.
    if (spansDays(text.get(p) ?? "", article.lang)) return false;
    // (Read after the cheap test above: settlementDay is asked of every passage several times.)
    if (aimsAtRegion(p) || namesTownAndSurroundings(text.get(p) ?? "", article.lang)) return false;
    // (The places after the first of a list read as mere mentions: every one counts.)
    const towns = (placesAt.get(p) ?? []).filter((m) => namesSettlement(m.place));
    return new Set(towns.map((m) => m.place.name)).size === 1 && towns.some((m) => m.role === "location");
  };
  const tellsEvent = (p: number) => readings.get(p)?.kind === "event" || settlementDay(p) || (readings.get(p)?.kind === "none" && claimsAt.has(p));
  const counts = (p: number) => (claimsAt.get(p) ?? []).some((c) => c.value > 0);
  // A passage whose main clause reports an event: incident words, or an event verb heading it.
  // An event named with no verb heading it is a headline's noun phrase ("Missile strike on
  // Kremenchuk"), the opening sentence's subject where there is no headline ("An airstrike on the
  // depot caused a fire"), or an event told at a place ("a gunman who shot an officer in Milltown
  // remains barricaded"); named later with no place it is talk's object ("said that by using
  // missiles on civilian targets ...").
  const opening = passages[0]?.index;
  const namesHeadline = (p: number) =>
    readings.get(p)!.headed || facts.passages[p]?.isTitle === true || p === opening || (placesAt.get(p) ?? []).some((m) => m.role === "location");
  const isEvidence = (p: number) => tellsEvent(p) && (claimsAt.has(p) || ((typesAt.has(p) || readings.get(p)!.named) && namesHeadline(p)));
  // A passage with a word heading it that is not an event: a reaction, a forecast, a case, a tally.
  const isTalk = (p: number) => readings.get(p)!.headed && !tellsEvent(p) && readings.get(p)!.kind !== "none";
  // An incident needs an event told in a clause of its own, or a noun-phrase headline of one
  // ("Missile strike on Kremenchuk") that nothing in the report turns into talk ("Shelling of
  // Kremenchuk" over "the ambassador commented on the attacks").
  const inLead = (p: number) => (facts.passages[p]?.paragraph ?? Infinity) <= LEAD_PARAGRAPHS;
  // A lead that is a tally and tells no event ("421 children died due to the aggression") makes the
  // report a tally, whatever single strikes its later sentences list.
  const tallyLead = (passages: number[]) => {
    const lead = passages.filter((p) => readings.get(p)!.kind !== "none").slice(0, LEAD_SAYINGS);
    return lead.some((p) => readings.get(p)!.kind === "tally") && !lead.some(isEvidence);
  };
  const tellsIncident = (passages: number[]) =>
    !tallyLead(passages) &&
    (passages.some((p) => isEvidence(p) && (readings.get(p)!.headed || counts(p))) || (passages.some(isEvidence) && !passages.some((p) => inLead(p) && isTalk(p))));

  const runs: Run[] = [];
  for (const [position, passage] of passages.entries()) {
    const p = passage.index;
    // A count over a period or over many places is left out of the report; a running total
    // ("since the start of the war") only loses its figures (facts/claims.ts) and is no evidence.
    const reading = readings.get(p)!;
    const mentions = placesAt.get(p) ?? [];
    const locations = mentions.filter((m) => m.role === "location");
    // A list of many settlements hit ("shelled A, B, C, D and E") is a day's round-up of a front,
    // told without any one event's detail; so is the past day told over two or more settlements
    // ("over the past day the enemy fired on A, B and C"): one event is told at one place.
    // (The places after the first of a list read as mere mentions: every one counts.)
    // (A plant or a district in its city is one spot: "the steelworks in Mariupol" is one place.)
    const settlements = [...new Map(mentions.filter((m) => namesSettlement(m.place)).map((m) => [m.place.name, m.place])).values()];
    const apart = settlements.some((a, i) => settlements.slice(i + 1).some((b) => !placesCompatible(a, b, SAME_SPOT_KM)));
    const listsPlaces = settlements.length >= PLACE_LIST || (apart && tellsPastDay(passage.text, article.lang));
    // "Four more were hurt" after a tally's sentence adds to that tally.
    const previous = passages[position - 1];
    const addsToTally = previous !== undefined && readings.get(previous.index)!.kind === "tally" && addsToCount(passage) && mentions.length === 0;
    const tally = (reading.kind === "tally" && reading.tally !== "running" && !settlementDay(p)) || isTally(passage) || listsPlaces || addsToTally;
    const evidence = !tally && tellsEvent(p) && (claimsAt.has(p) || typesAt.has(p));
    const kind = (typesAt.get(p) ?? []).map((t) => kindOf(t.type)).find((k) => k !== null) ?? null;
    const current = runs.at(-1);
    // Only a passage with incident words can recall another incident; background ("annexed in
    // 2022") stays with the report it explains.
    // A headline's own day is its story's day ("Town shelling on 25 September: a body found"), however
    // long before publication: only a recall phrase or an earlier year makes it a recollection.
    const recall = evidence && isRecall(passage, passage.isTitle ? [] : facts.dates, current?.date ?? published, published);

    // A round-up moves to its next incident with a new paragraph ("In the central city of Nikopol, ...");
    // a dateline ("HERKIMER, N.Y. —") starts the story's own body, never another incident.
    const startsParagraph = passage.index === 0 || facts.passages[passage.index - 1]?.paragraph !== passage.paragraph;
    // The first paragraph after a headline tells the headline's story.
    const afterHeadlineOnly = current !== undefined && current.passages.every((q) => facts.passages[q]?.isTitle);
    const mayOpen = startsParagraph && !afterHeadlineOnly && !DATELINE.test(passage.text);
    // Where victims were taken ("... Hospital in Kansas City") is not where anything happened.
    const scenes = locations.filter((m) => !namedAsDestination(passage.text, m.surface) && !namesFacility(passage.text, m.surface));
    if (!current || (evidence && !recall && current.evidence && mayOpen && opensNewIncident(current, mentions, scenes, kind))) {
      runs.push({ passages: [], excluded: new Set(), recalled: new Set(), evidence: false, kind: null, locations: [], date: null });
    }
    const run = runs.at(-1)!;
    run.passages.push(p);
    if (tally) run.excluded.add(p);
    if (recall) run.recalled.add(p);
    if (recall || tally) continue;
    run.evidence ||= evidence;
    if (evidence) run.kind ??= kind;
    run.locations.push(...locations);
    run.date ??= datesAt.get(p)?.find((c) => !isWeakCue(c))?.date.date ?? null;
  }

  rejoinRunsSharingNames(runs, text, facts.places);
  // A report placed in a region or nowhere finer is a tally when its lead is one ("over the past
  // day", "near 7 settlements"); in a region, also when it counts several dead or hurt without
  // naming one event ("Invaders kill three civilians in Donetsk region").
  // Placed in a whole country ("kill 231 children in Ukraine"), not a part of it ("eastern
  // Ukraine"), a report is a country's tally.
  const countsRegionAttacks = (p: number) => {
    if (!readings.get(p)!.countsAttacks) return false;
    const clause = attackCountClause(text.get(p) ?? "", article.lang);
    const named = (placesAt.get(p) ?? []).filter((m) => clause?.includes(m.surface));
    return named.some((m) => m.place.precision === "region" && !namesSettlement(m.place)) && !named.some((m) => namesSettlement(m.place));
  };
  const countsSeveral = (claims: CasualtyClaim[]) => claims.some((c) => (c.kind === "killed" || c.kind === "injured") && c.value >= 2);
  const namesOneEvent = (passages: number[]) =>
    passages.some((p) => (typesAt.get(p) ?? []).some((t) => t.type !== "shelling") || namesOneStrike(text.get(p) ?? "", article.lang) || namesVictimsAsPersons(text.get(p) ?? "", article.lang));
  const isSpecific = (place: PlaceMention | null, mentions: PlaceMention[], passages: number[], claims: CasualtyClaim[], means: MeansClaim[]) => {
    // A region's count of attacks ("the region was shelled 24 times on May 6: damage in A, B and
    // C") is its day's round-up, whatever settlement it then lists (and so places the report), unless
    // someone was killed: the count is over the region named in its own clause, naming no settlement.
    if (passages.filter(inLead).some(countsRegionAttacks) && !claims.some((c) => c.kind === "killed" && c.value > 0)) return false;
    if (place && namesSettlement(place.place)) return true;
    if (passages.filter(inLead).some((p) => readings.get(p)!.kind === "tally" && readings.get(p)!.tally !== "running")) return false;
    // A count of attacks with no settlement named and no one killed ("carried out 15 shellings of
    // the region", "the air force launched 10 strikes") is a day's tally of a region or a front.
    if (passages.filter(inLead).some((p) => readings.get(p)!.countsAttacks) && !claims.some((c) => c.kind === "killed" && c.value > 0)) return false;
    // Air defence's score of aerial targets downed ("shot down 12 drones overnight", "downs 79% of
    // drones") placed nowhere finer than a country is its tally of a night or of the war, not one
    // engagement; over a region or a town it stays one.
    const countryWide = place === null || (place.place.precision === "country" && !mentions.some((m) => m.place.precision !== "country"));
    if (countryWide && passages.filter(inLead).some((p) => readings.get(p)!.countsTargets) && !claims.some((c) => c.kind === "killed" && c.value > 0)) return false;
    // So is a region's day told without a settlement ("over the past day, the enemy attacked the
    // region's border"), counted or not.
    if (passages.filter(inLead).some((p) => readings.get(p)!.overPeriod)) return false;
    // A lead that opens with a tally ("Since the aggression began, 307 hospitals were damaged")
    // before any event is told; a tally said after the event ("47 settlements since the start of
    // the year, the president said") is background.
    const sayings = passages.filter((p) => readings.get(p)!.kind !== "none").slice(0, LEAD_SAYINGS);
    const firstEvent = sayings.findIndex(isEvidence);
    if (sayings.slice(0, firstEvent < 0 ? sayings.length : firstEvent).some((p) => readings.get(p)!.kind === "tally")) return false;
    // A bombing or a blast placed in a whole country ("car bomb kills six in Somalia") is one event
    // all the same: a country's tally counts the dead of a war, not of a blast.
    if (place?.place.precision === "country" && !mentions.some((m) => m.place.precision !== "country")) {
      const passageText = text.get(place.passage) ?? "";
      return namesPartOfCountry(passageText, passageText.indexOf(place.surface), place.surface.length, article.lang) || passages.some((p) => (typesAt.get(p) ?? []).some((t) => t.type === "explosion"));
    }
    // Several dead or hurt placed nowhere at all, counted for a calendar day with no one strike nor
    // victims as persons ("On May 18, 12 people were found dead, another 20 injured") is a
    // country's count of that day, as a region's below. (A headline's count with no day, "Six
    // soldiers killed in the rebel east", stays an event: monitors code it so.)
    if (place === null) return !(countsSeveral(claims) && passages.filter(inLead).some((p) => opensWithDay(text.get(p) ?? "", article.lang))) || namesOneEvent(passages);
    // A country named before its region ("in Ukraine's Donetsk region") places the report in the region.
    if (place.place.precision === "country") place = mentions.find((m) => m.role === "location" && m.place.precision === "region") ?? place;
    if (place.place.precision !== "region") return true;
    // A region's name before a settlement's role ("open fire at a DPR town") places the event in one
    // place of it, though unnamed.
    const placeText = text.get(place.passage) ?? "";
    if (namesSiteInArea(placeText, placeText.indexOf(place.surface), place.surface.length, article.lang)) return true;
    // The whole region hit with several kinds of weapons ("hit the region with rockets and
    // artillery", "attacked the region with aircraft, S-300 missiles and rocket launchers") is its
    // day of attacks told at once: one strike is told with what hit, and where. ("Shelling" names
    // the fire, no weapon: a rubric's "Shelling of the region" over "an airstrike on a community"
    // tells one kind.)
    const weapons = new Set(means.map((m) => m.means).filter((label) => label !== SUSTAINED_FIRE_MEANS));
    if (passages.filter(inLead).some(aimsAtRegion) && weapons.size >= 2) return false;
    // Several dead or hurt in a region, with no settlement named, told with sustained fire alone
    // ("three civilians killed in shelling of the region", "Russians kill four residents of the
    // region") is the region's daily toll; a strike, an attack or a blast named is one event
    // ("15 injured in the region in today's missile attack"), and so are victims told as persons
    // ("two women killed in shelling of the region"): a day's toll counts a category.
    return !countsSeveral(claims) || namesOneEvent(passages);
  };
  // A lead made only of recollections is an article about that earlier event (a trial, an
  // anniversary): it keeps them rather than losing the article.
  const firstEvidenceRun = runs.findIndex((run) => run.passages.some((p) => !run.excluded.has(p) && isEvidence(p)));
  const reports: IncidentReport[] = [];
  runs.forEach((run, r) => {
    let kept = run.passages.filter((p) => !run.excluded.has(p) && !run.recalled.has(p));
    // Such a report tells of a past event: it follows it up (joins its incident, never makes one).
    // A headline over a body that only recalls that event tells of it too ("Vinnytsia strike toll
    // revised" over last month's strike).
    const toldInBody = kept.some((p) => isEvidence(p) && !facts.passages[p]?.isTitle);
    const recollection = (!kept.some(isEvidence) || (run.recalled.size > 0 && !toldInBody)) && r === firstEvidenceRun;
    if (recollection) kept = run.passages.filter((p) => !run.excluded.has(p));
    // A headline whose news is a find or burial of the dead ("Bodies of civilians discovered in
    // the liberated town") follows the event up, whatever its body retells, unless a label names
    // the event itself ("Missile strike on the city: bodies pulled from the rubble"). (A court's
    // headline is left to the body: local news tells a shooting under "Man charged in ...".)
    const headlineFollowsUp = run.passages.some((p) => facts.passages[p]?.isTitle && readings.get(p)!.kind === "aftermath" && !readings.get(p)!.named);
    const told = kept.some(isEvidence) && tellsIncident(run.passages) && !headlineFollowsUp;
    // A court's report about an event (a trial, a plea, a verdict) follows the incident up: it may
    // join the incident other reports tell, but never makes one (group/follow-ups.ts).
    // So does a find or a burial of the dead of an earlier event (an exhumation, a funeral).
    // A feature's headline ("Interview with a defender: ...", "How the strike unfolded") makes the
    // report an outlet's piece about an event: it may join the incident other reports tell, never
    // makes one (as a court's report).
    const feature = run.passages.some((p) => facts.passages[p]?.isTitle && readings.get(p)!.kind === "analysis");
    const followUp = recollection || (!told && run.passages.some((p) => inLead(p) && FOLLOW_UP_KINDS.has(readings.get(p)!.kind)) && run.passages.some((p) => !run.excluded.has(p) && (claimsAt.has(p) || typesAt.has(p))));
    if (!told && !followUp) return;
    if (followUp) kept = run.passages.filter((p) => !run.excluded.has(p));
    const inRun = new Set(kept);
    const pick = <T extends { passage: number }>(items: T[]) => items.filter((x) => inRun.has(x.passage));
    // A statement: the report opens with someone's words ("condemns the strike on ...", "warns the
    // dead will be many more", "told about ...") and counts no one. It tells of an event only as
    // what the words are about, and is no report of it: at one town on one day its words meet
    // those of whatever attack or killing is told there (a president's words on a town's dead
    // joined one witness's account of one killing). A statement that gives the toll tells the
    // event too, and stays a report of it.
    const firstSaying = kept.find((p) => readings.get(p)!.kind !== "none");
    if (firstSaying !== undefined && isStatement(readings.get(firstSaying)!) && !kept.some(counts)) return;
    const mentions = pick(facts.places);
    const place = mainPlace(mentions, isEvidence);
    if (!isSpecific(place, mentions, run.passages, pick(facts.claims), pick(facts.means))) return;
    const date = reportEventDate(pick(facts.dates), facts.dates.filter((d) => run.recalled.has(d.passage)), published);
    // Footage an outlet posts ("Soldiers destroy a column in the region. VIDEO") with no town and no
    // day told is of an engagement at some earlier time: it may join the incident other reports
    // tell, never makes one.
    const footage = (place === null || !namesSettlement(place.place)) && date.cue === null && run.passages.some((p) => inLead(p) && showsFootage(text.get(p) ?? "", article.lang));
    reports.push({
      id: reportId(article.id, reports.length),
      articleId: article.id,
      index: reports.length,
      passages: kept,
      // One passage a line: a headline has no full stop, and its last word must not make the next
      // sentence's first word look like a name inside a sentence (names.ts).
      text: kept.map((p) => text.get(p)!).join("\n"),
      place,
      places: mentions,
      date,
      // The most named type; a territorial claim only when no strike or shooting is named (facts/incident-types.ts).
      type: decideIncidentType(pick(facts.typeCues)),
      claims: pick(facts.claims),
      means: pick(facts.means),
      damage: pick(facts.damage),
      ...(followUp || feature || footage ? { followUp: true } : {}),
    });
  });
  return reports;
}

/**
 * Does the mention name a settlement? A town of the gazetteer, or a village it lacks, placed by
 * what the text says (its stated region: "in Orikhovo, Zaporizhzhia region"), which is as
 * specific a scene as a known town, though only its region is known.
 */
function namesSettlement(place: Place): boolean {
  return !isAreaPlace(place) || place.origin === "text";
}

/** The means label (facts/means.ts) of fire named with no weapon ("shelling"). */
const SUSTAINED_FIRE_MEANS = "shelling";

/** Settlements named in one passage that make it a list rather than one event's report. */
const PLACE_LIST = 5;

// What a statement opens with: someone's words about an event (a reaction, a warning), not the
// event. (Diplomacy's words head event reports too often: "shell an evacuation base", "hit a supply
// depot".)
function isStatement(reading: PassageReading): boolean {
  return reading.kind === "reaction" || (reading.kind === "outlook" && reading.spoken === true);
}

/** What a report that follows an event up is about: a court's case, a find or burial of its dead. */
const FOLLOW_UP_KINDS = new Set<ClauseKind>(["legal", "aftermath"]);

const DESTINATION = /\b(?:hospital|medical cent(?:er|re)|trauma cent(?:er|re)|clinic|taken to|transported to|rushed to|airlifted to|flown to|treated at)\b/i;

/** Is the place named after a hospital or "taken to" in the passage, within a few words? */
function namedAsDestination(text: string, surface: string): boolean {
  const at = text.indexOf(surface);
  if (at < 0) return false;
  return DESTINATION.test(text.slice(Math.max(0, at - 60), at));
}

// A town's name that is part of a facility's or street's name ("Winchester Greens Apartments",
// "Frederick Douglass High School", "University of Louisville Hospital", "Elgin Street").
const FACILITY_AFTER = /^(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*){0,3}\s+(?:Apartments?|Hospital|Medical|Health|Clinic|High|Middle|Elementary|School|College|University|Academy|Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Lane|Highway|Club|Bar|Lounge|Mall|Church|Plaza|Hotel|Motel|Inn|Homes|Courts?)\b/u;

function namesFacility(text: string, surface: string): boolean {
  const at = text.indexOf(surface);
  return at >= 0 && FACILITY_AFTER.test(text.slice(at + surface.length, at + surface.length + 80));
}

// "HERKIMER, N.Y. —", "CHICAGO (STMW) —", "KANSAS CITY, Mo. -": the place a story was filed from.
const DATELINE = /^[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)?\s*(?:\([^)]*\))?\s*[—–-]{1,2}\s/;

/**
 * A run that names a person, street or business an earlier run names is that run's incident
 * told further on ("... Kurt Myers ..." twice), whatever place the cut followed: fold it back.
 * Distinct incidents of a round-up rarely share such a name (the seeds' runs share none).
 */
function rejoinRunsSharingNames(runs: Run[], text: Map<number, string>, places: PlaceMention[]): void {
  // One run has nothing to rejoin (most articles): its names are not read.
  if (runs.length < 2) return;
  const namesOf = (run: Run) => {
    const inRun = new Set(run.passages);
    const runText = run.passages.filter((p) => !run.excluded.has(p) && text.has(p)).map((p) => text.get(p)!).join("\n");
    return new Set(namesIn(withoutPlaceNames(runText, places.filter((m) => inRun.has(m.passage)))));
  };
  const names = runs.map(namesOf);
  for (let r = runs.length - 1; r > 0; r--) {
    const earlier = names.slice(0, r).findIndex((set) => [...names[r]!].some((name) => set.has(name)));
    if (earlier < 0) continue;
    const target = runs[earlier]!;
    const run = runs[r]!;
    target.passages.push(...run.passages);
    target.passages.sort((a, b) => a - b);
    for (const p of run.excluded) target.excluded.add(p);
    for (const p of run.recalled) target.recalled.add(p);
    target.evidence ||= run.evidence;
    target.locations.push(...run.locations);
    for (const name of names[r]!) names[earlier]!.add(name);
    runs.splice(r, 1);
    names.splice(r, 1);
  }
}

/**
 * Does a passage with evidence start another incident? Only when the run already has a place
 * and the passage names none compatible with it while naming a location that is not, or when
 * it switches between a territorial claim and violence without naming the run's place.
 */
function opensNewIncident(run: Run, mentions: PlaceMention[], locations: PlaceMention[], kind: Kind | null): boolean {
  // Naming a country or region ("Ukraine", "the Dnipropetrovsk region") does not continue a
  // run: a round-up names them in every paragraph. Naming the run's town or a neighbour does.
  const runPlaces = run.locations.map((m) => m.place).filter((p) => !isAreaPlace(p));
  const namesRunPlace = mentions.some((m) => !isAreaPlace(m.place) && runPlaces.some((place) => placesCompatible(place, m.place, SAME_SPOT_KM)));
  if (namesRunPlace) return false;
  const movesAway = runPlaces.length > 0 && locations.some((m) => !isAreaPlace(m.place));
  const switchesKind = kind !== null && run.kind !== null && kind !== run.kind;
  return movesAway || switchesKind;
}

/** The report's place: the first location of an evidence passage, else the first location, else null. */
function mainPlace(mentions: PlaceMention[], isEvidencePassage: (p: number) => boolean): PlaceMention | null {
  const locations = mentions.filter((m) => m.role === "location");
  const isEvidence = (m: PlaceMention) => isEvidencePassage(m.passage);
  return (
    locations.find((m) => isEvidence(m) && namesSettlement(m.place)) ??
    locations.find((m) => namesSettlement(m.place)) ??
    locations.find(isEvidence) ??
    locations[0] ??
    null
  );
}
