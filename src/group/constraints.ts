// What can never be one incident, whatever the pair model says (docs/design.md, "One incident, one
// page"). The clustering (cluster.ts) treats these as cannot-links: a cluster never merges with
// another while any report of one is kept apart from any report of the other, so a region-level
// or placeless report that fits two towns' clusters cannot bridge them.
//   - place: two reports whose towns all lie more than SAME_SPOT_KM apart, unless one shares a rare
//     name or word with the other's incident (then a place is misread);
//   - time: each report gives the days its event may lie in (eventWindow); two clusters join only
//     where most of their reports' windows meet, or when a report of one refers to the other's
//     event (refersTo: a rare name or word both use, the same named target at one place, or the
//     same named ship anywhere);
//   - the text keeps two reports of one place apart: one tells a new attack after the other's day,
//     they give event times of day that cannot meet (a morning strike, an evening shelling), or
//     each tells of "last night" and they were published on different days (two nights);
//   - a territorial claim and an attack are different kinds of event.
// The thresholds come from the candidate pairs of gva-dev, ucdp-dev and the labelled RUWA windows
// (README, "Which reports are one incident").
import type { FigureKind, Place } from "../model.js";
import { en } from "../facts/lexicon/en.js";
import { wordBoundaryPattern, alternation } from "../facts/lexicon/words.js";
import { foldName } from "../places/fold.js";
import { haversineKm } from "../places/distance.js";
import { isAreaPlace, regionKeys } from "./geo.js";
import { sharesAny } from "./text.js";
import { isCommonWord } from "./background.js";

/** Towns farther apart than this are different scenes: war reports of one incident never name two towns 10-100 km apart. */
export const SAME_SPOT_KM = 25;
/** Two reports that each date their event by a weekday or "last night" join across at most this many days without a reference (0 when both give the calendar day). */
export const DATED_GAP_DAYS = 1;
/**
 * A report that gives no day joins an event at most this many days before its publication without
 * a reference (local news; war news uses its own lag, domain.ts UNDATED_LAG).
 */
export const UNDATED_LAG_DAYS = 3;

/** What the constraints read of a report, with its casualty figures when known. */
type FiguredFacts = ConstraintFacts & { figures?: Partial<Record<FigureKind, number[]>> };

/** A settlement a report names as where something happened. */
export interface Scene {
  place: Place;
  /** The folded name as written, so two readings of one name (namesakes) never count as two places. */
  name: string;
}

/** What the constraints read of a report (computed once, in features.ts). */
export interface ConstraintFacts {
  scenes: Scene[];
  /** Settlements the report names only in passing (not where anything happened: "a rally in Kherson"). */
  mentionedTowns?: Scene[];
  /** The settlement the report says its event happened in (its own place), when it is one. */
  ownScene: Scene | null;
  /** The regions (oblasts, states) of the report's location mentions, settlements' and regions' alike. */
  regions: string[];
  /** The folded names of those mentions, as written. */
  placeNames: string[];
  /** The countries of the report's location mentions, a country's own mention too ("in central Ukraine"). */
  countries?: string[];
  first: number;
  last: number;
  published: number;
  dated: boolean;
  /** How many days before its publication an undated report's event may lie (default UNDATED_LAG_DAYS; war news: domain.ts UNDATED_LAG). */
  undatedLag?: number;
  /** The report tells what came after an event (a toll's rise, bodies found: tellsAftermath). */
  aftermath?: boolean;
  /** The report tells a figure rising ("the death toll rises to 30": a claim read as a revision). */
  tollRises?: boolean;
  /** Days on which reports of the build tell a new attack at this report's one settlement (freshAttackDays). */
  freshAttackDays?: Set<number>;
  /** Of those, the days told by reports that give their day (markFreshAttackDays). */
  datedAttackDays?: Set<number>;
  /** For each target named at this report's one settlement, the first day a report of the build names it there (markFreshAttackDays). */
  targetFirstDays?: Map<string, number>;
  /** Dated by the calendar day itself ("on 29 March"), not a weekday or "last night". */
  calendarDay: boolean;
  /** Ids of names few enough reports use to tie a late report to its event (features.ts). */
  referenceNames: Int32Array;
  /** Ids of words few reports use that are not places or incident words (features.ts). */
  rareTerms: Int32Array;
  /** Named targets the report speaks of ("mall", "theatre", "prison"). */
  targets: Set<string>;
  /** Folded names of the ships the report names ("the cruiser Moskva": "moskva"). */
  vessels: Set<string>;
  /** Times of day the report gives its event, as quarters (0 night, 1 morning, 2 afternoon, 3 evening). */
  partsOfDay: Set<number>;
  /** The folded names of a city's parts the report names ("the Podilskyi district of Kyiv"). */
  cityParts: Set<string>;
  /** The report tells a new attack ("another strike", "attacked again"). */
  newAttack: boolean;
  /** The report tells its event in the night before its publication ("last night", "overnight", "at night"). */
  lastNight: boolean;
  /** "claim" for a territorial claim, "violence" for an attack, null when the type is unknown. */
  kind: "claim" | "violence" | null;
}

/** The settlements among a report's location mentions (regions and countries say "somewhere in here"), or with `role` "mention" those named in passing. */
export function reportScenes(mentions: { place: Place; surface: string; role: string }[], role = "location"): Scene[] {
  const scenes: Scene[] = [];
  for (const m of mentions) {
    if (m.role !== role || isAreaPlace(m.place) || m.place.lat === null || m.place.lon === null) continue;
    if (scenes.some((s) => s.place.slug === m.place.slug)) continue;
    scenes.push({ place: m.place, name: foldName(m.place.name) });
  }
  return scenes;
}

/** The report's own place when it is a settlement with coordinates (a region or country is no scene). */
export function ownScene(place: Place | null): Scene | null {
  if (!place || isAreaPlace(place) || place.lat === null || place.lon === null) return null;
  return { place, name: foldName(place.name) };
}

/** The region keys and names of a report's location mentions finer than a country (a region spanning several, as Donbas, has no key), and the countries of all of them. */
export function reportRegions(mentions: { place: Place; surface: string; role: string }[]): Pick<ConstraintFacts, "regions" | "placeNames" | "countries"> {
  const regions = new Set<string>();
  const placeNames = new Set<string>();
  const countries = new Set<string>();
  for (const m of mentions) {
    if (m.role !== "location") continue;
    if (m.place.country) countries.add(m.place.country);
    if (m.place.precision === "country") continue;
    // Donbas is in the Donetsk and the Luhansk region: a report of it shares a region with either's.
    for (const key of regionKeys(m.place)) regions.add(key);
    placeNames.add(foldName(m.place.name));
  }
  return { regions: [...regions], placeNames: [...placeNames], countries: [...countries] };
}

function sameSpot(a: Scene, b: Scene): boolean {
  if (a.place.slug === b.place.slug || a.name === b.name) return true;
  return haversineKm(a.place.lat!, a.place.lon!, b.place.lat!, b.place.lon!) <= SAME_SPOT_KM;
}

/** Both name settlements and none of one's lies within SAME_SPOT_KM of any of the other's. */
export function differentPlaces(a: ConstraintFacts, b: ConstraintFacts): boolean {
  if (a.scenes.length === 0 || b.scenes.length === 0) return false;
  return !a.scenes.some((x) => b.scenes.some((y) => sameSpot(x, y)));
}

/**
 * War news: the settlements where the two say their events happened lie more than SAME_SPOT_KM
 * apart, whatever other towns they also name. A report of one town's strike that mentions another
 * ("strikes Kremenchuk, explosions heard in Poltava") shares a scene with the other town's report,
 * so differentPlaces lets it join that report, and then keeps it from its own town's event.
 * (Local news is left out: a shooting is told from the court's or the victim's home town as often
 * as from the scene; gva-dev's candidate pairs above the threshold whose own places lie more than
 * 25 km apart are 181 of 193 the same incident, the RUWA windows' and ucdp-dev's 0 of 1.)
 */
export function differentOwnPlaces(a: ConstraintFacts, b: ConstraintFacts): boolean {
  return a.ownScene !== null && b.ownScene !== null && !sameSpot(a.ownScene, b.ownScene);
}

/**
 * Both say where their events happened, and no country of one is a country of the other: a
 * railway station shelled "in central Ukraine" is no part of a subway shooting in New York,
 * whatever words the two share. (A country holds its towns, so a report placed in Ukraine alone
 * and one placed at a Ukrainian town still meet.)
 */
export function differentCountries(a: ConstraintFacts, b: ConstraintFacts): boolean {
  const [x, y] = [a.countries ?? [], b.countries ?? []];
  return x.length > 0 && y.length > 0 && !x.some((country) => y.includes(country));
}

/**
 * One names only a region ("in Kharkiv Oblast"), the other a place, and no region of one is a
 * region of the other ("in Novodruzhesk, Luhansk Oblast"). Two reports that name towns are kept
 * apart by distance alone (differentPlaces: neighbouring towns across a border may be one scene),
 * and a name both use is one place read as two namesakes (Pike County, Mississippi and Pennsylvania).
 */
export function differentRegions(a: ConstraintFacts, b: ConstraintFacts): boolean {
  if (a.regions.length === 0 || b.regions.length === 0 || (a.scenes.length > 0 && b.scenes.length > 0)) return false;
  return !a.regions.some((region) => b.regions.includes(region)) && !a.placeNames.some((name) => b.placeNames.includes(name));
}

/**
 * The two tell events of their own by their days: both give the day of their event ("on 18
 * September", "yesterday") and the days cannot meet, or one was published before the other's
 * event. A place attacked again and again (an airport, a port, a refinery) is named by reports of
 * each attack, while a follow-up of one strike gives that strike's day or none, and is published
 * after it.
 */
function ownDays(a: ConstraintFacts, b: ConstraintFacts): boolean {
  const publishedBefore = (x: ConstraintFacts, y: ConstraintFacts) => 4 * x.published + 3 < eventWindow(y)[0] && !firstStrikeFollowUp(y, x);
  return (a.dated && b.dated && !windowsMeet(a, b)) || publishedBefore(a, b) || publishedBefore(b, a);
}

/** A target's first strike at a settlement is told within this many days of the first report naming the target there. */
const FIRST_STRIKE_DAYS = 2;
/** How long after a target's first strike a report that gives no day may still tell of it. */
const FIRST_STRIKE_FOLLOW_UP_DAYS = 14;
/** A strike that killed this many is followed up for days (inquiries, lists of the dead); one that killed a few in a city shelled daily is followed by the next strike. */
const MASS_CASUALTY_DEAD = 10;

/**
 * `later` gives no day, names one settlement and a target `earlier` names there, and tells of the
 * target's first, deadly strike: `earlier` tells it (it counts at least MASS_CASUALTY_DEAD dead,
 * and its day lies within FIRST_STRIKE_DAYS of the first report naming the target there), `later`
 * was published within FIRST_STRIKE_FOLLOW_UP_DAYS of it, and no report of the build that gives
 * its day tells an attack there in between. What it tells of the target (a prison's dead counted,
 * its blast investigated) is that strike's: there was no later attack to tell. A target struck
 * again and again (a nuclear plant, an airfield) was named long before, a town shelled night after
 * night has dated reports of each night, and a strike that killed a few in a city shelled daily is
 * followed by the next strike there. On a whole-RUWA build, with any toll and without the
 * first-strike condition a school, an airfield and an airport each joined a strike days or weeks
 * later, and without the quiet days a nuclear plant's town formed incidents of 10 and 11 reports
 * over a week; with any toll, ucdp-dev's market in a city joined the next market strike 3 days on.
 */
function firstStrikeFollowUp(later: ConstraintFacts, earlier: FiguredFacts): boolean {
  if (later.dated || later.scenes.length !== 1 || !later.datedAttackDays || !later.targetFirstDays) return false;
  if (!(earlier.figures?.killed ?? []).some((dead) => dead >= MASS_CASUALTY_DEAD)) return false;
  const earlierDay = earlier.dated ? earlier.last : earlier.published;
  if (later.published - earlierDay > FIRST_STRIKE_FOLLOW_UP_DAYS) return false;
  const firstStrike = [...later.targets].some((target) => earlier.targets.has(target) && earlierDay - (later.targetFirstDays!.get(target) ?? earlierDay) <= FIRST_STRIKE_DAYS);
  if (!firstStrike) return false;
  for (let day = earlierDay + 1; day <= later.published; day++) if (later.datedAttackDays.has(day)) return false;
  return true;
}

/**
 * A report that names a ship and gives no day tells of its last event within this many days: a
 * sinking's crew, toll and causes are reported for weeks (RUWA: the Moskva's reports over 23 days).
 */
const VESSEL_FOLLOW_UP_DAYS = 30;

/**
 * At one place, both name the same target ("the mall", "the theatre"), and their dates do not tell
 * two events; or, anywhere, the same ship (a ship at sea is its own place: its sinking's reports
 * name no town, or towns far off), on days that meet, or within VESSEL_FOLLOW_UP_DAYS of an
 * undated report.
 */
export function sameTarget(a: ConstraintFacts, b: ConstraintFacts): boolean {
  if (sameVessel(a, b)) return a.dated && b.dated ? windowsMeet(a, b) : Math.abs(a.published - b.published) <= VESSEL_FOLLOW_UP_DAYS;
  if (a.scenes.length === 0 || b.scenes.length === 0 || ownDays(a, b) || differentPlaces(a, b)) return false;
  for (const target of a.targets) if (b.targets.has(target)) return true;
  return false;
}

/**
 * One names no settlement (a headline with no place: "missile strike hits shopping mall with 1,000
 * people inside"), the other names one, both name the same target, and their days meet: the
 * placeless report is of that target's event. Without the target it would join whichever
 * look-alike report of the day scores highest (another town's "missile strike hits ..."), and once
 * there never reach the event it tells.
 */
export function sameTargetUnplaced(a: ConstraintFacts, b: ConstraintFacts): boolean {
  if ((a.scenes.length === 0) === (b.scenes.length === 0) || ownDays(a, b) || !windowsMeet(a, b)) return false;
  for (const target of a.targets) if (b.targets.has(target)) return true;
  return false;
}

/**
 * `unplaced` names no place at all (no settlement, no region), `placed` names a settlement, and
 * both name the same target on days that meet (sameTargetUnplaced): the target places the report
 * at the other's settlement. The pair is scored as at one place (features.ts), and the placeless
 * report may share an incident with reports naming other targets there (neverTogether,
 * `unlessPlaced`): the attacker's version of a mall strike names the arms depot it says it hit, as
 * one report from the strike's town does, while the rest name the mall. One way only: a placed
 * report is never placed by a placeless one.
 */
export function placedByTarget(unplaced: ConstraintFacts, placed: ConstraintFacts): boolean {
  return unplaced.scenes.length === 0 && unplaced.regions.length === 0 && unplaced.placeNames.length === 0 && placed.scenes.length > 0 && sameTargetUnplaced(unplaced, placed);
}

/**
 * Both name one settlement, the same one (not a neighbour), and tell an event of the day both were
 * published on (dated that day, or undated): war monitors code one place and one day as one event,
 * and the day's updates of a strike (a toll "as of 19:30", the mayor's first words) are that
 * event's, however differently worded. Reports of two strikes on one town that day are kept apart
 * where their text says so (neverTogether: times of day, a new attack).
 */
export function samePlaceDay(a: ConstraintFacts, b: ConstraintFacts): boolean {
  // The same settlement, not a neighbour within SAME_SPOT_KM: two villages shelled the same day
  // are two events (coded notes of villages 10 km apart joined on this link).
  if (!sameSingleScene(a, b)) return false;
  return a.published === b.published && daysBetween(a, b) === 0 && (!a.dated || a.first === a.published) && (!b.dated || b.first === b.published);
}

/**
 * The later-published of the two tells the toll of the other's event rising, days later, as a
 * strike's toll is told day after day ("death toll rises to 30"): both name one settlement, the
 * same; the later gives no day of its own, tells a figure rising, was published within its lag of
 * the earlier's day, and raises a figure the earlier gives. Such a pair is scored as told on the
 * event's day (features.ts) and may join its clusters on its own (index.ts, `decisive`): an
 * outlet's daily toll updates otherwise score as new events (RUWA: a strike's reports in four
 * incidents, one per day of its rising toll). Bodies found are not enough: in a town shelled for
 * weeks they are as often another strike's.
 */
export function tollFollowUp(a: FiguredFacts, b: FiguredFacts): boolean {
  const [later, earlier] = a.published >= b.published ? [a, b] : [b, a];
  if (!later.tollRises || later.dated || later.published === earlier.published || !sameSingleScene(later, earlier)) return false;
  const earlierDay = earlier.dated ? earlier.last : earlier.published;
  if (later.published - earlierDay > (later.undatedLag ?? UNDATED_LAG_DAYS)) return false;
  // A town attacked again since has a newer toll to raise (a city shelled every day: ucdp-dev's
  // Horlivka and Donetsk tolls "rise" each day for that day's shelling).
  for (let day = earlierDay + 1; day <= later.published; day++) if (later.freshAttackDays?.has(day)) return false;
  // The toll it raises is one the earlier report gives, and no lower: a strike's "rises to three"
  // is of the night that killed two, not of the shelling the morning before that counted none.
  const most = (values: number[] | undefined) => (values && values.length > 0 ? Math.max(...values) : null);
  const kinds = (["killed", "injured"] as const).filter((kind) => most(later.figures?.[kind]) !== null && most(earlier.figures?.[kind]) !== null);
  return kinds.length > 0 && kinds.every((kind) => most(later.figures?.[kind])! >= most(earlier.figures?.[kind])!);
}

/**
 * For each report naming one settlement, the days on which some report of the build tells a new
 * attack there: an attack (not an unknown kind of event) at that one settlement, of that day
 * (dated so, or undated and published then), not its aftermath; the days of those that give their
 * day; and the first day each target is named there (firstStrikeFollowUp).
 */
export function markFreshAttackDays(reports: (ConstraintFacts & { kind: "claim" | "violence" | null })[]): void {
  const days = new Map<string, Set<number>>();
  const datedDays = new Map<string, Set<number>>();
  const firstDays = new Map<string, Map<string, number>>();
  const add = (map: Map<string, Set<number>>, slug: string, day: number) => (map.get(slug) ?? map.set(slug, new Set()).get(slug)!).add(day);
  for (const r of reports) {
    if (r.scenes.length !== 1) continue;
    const slug = r.scenes[0]!.place.slug;
    const day = r.dated ? r.first : r.published;
    const targets = firstDays.get(slug) ?? firstDays.set(slug, new Map()).get(slug)!;
    for (const target of r.targets) targets.set(target, Math.min(targets.get(target) ?? day, day));
    if (r.kind !== "violence" || r.aftermath) continue;
    if (r.dated && r.first !== r.last) continue;
    add(days, slug, day);
    if (r.dated) add(datedDays, slug, day);
  }
  for (const r of reports) {
    if (r.scenes.length !== 1) continue;
    const slug = r.scenes[0]!.place.slug;
    r.freshAttackDays = days.get(slug);
    r.datedAttackDays = datedDays.get(slug) ?? new Set();
    r.targetFirstDays = firstDays.get(slug);
  }
}

/** Both name one settlement and no other, the same one (not a neighbour: two villages are two events). */
function sameSingleScene(a: ConstraintFacts, b: ConstraintFacts): boolean {
  if (a.scenes.length !== 1 || b.scenes.length !== 1) return false;
  const [x, y] = [a.scenes[0]!, b.scenes[0]!];
  return x.place.slug === y.place.slug || x.name === y.name;
}

/** Both name a person few reports name, or use a word few reports use (not a place or incident word). */
export function sharesRareWord(a: ConstraintFacts, b: ConstraintFacts): boolean {
  return sharesAny(a.referenceNames, b.referenceNames) || sharesAny(a.rareTerms, b.rareTerms);
}

/** One names what the other does: a rare name or word, or (at one place) the same target. */
export function refersTo(a: ConstraintFacts, b: ConstraintFacts): boolean {
  return sharesRareWord(a, b) || sameTarget(a, b);
}

/**
 * The days a report's event may lie in, in quarter days (day d is 4d..4d+3). A report that gives
 * the calendar day ("on 29 March") is that day; one dated by a weekday or "last night" may be off
 * by half a day either way, so two such reports meet across DATED_GAP_DAYS; a report that gives no
 * day tells of its publication day or earlier, up to its undatedLag (UNDATED_LAG_DAYS) before.
 */
export function eventWindow(a: ConstraintFacts): [number, number] {
  if (!a.dated) return [4 * (a.published - (a.undatedLag ?? UNDATED_LAG_DAYS)) + 2, 4 * a.published + 5];
  const slack = a.calendarDay ? 0 : 2;
  return [4 * a.first - slack, 4 * a.last + 3 + slack];
}

function windowsMeet(a: ConstraintFacts, b: ConstraintFacts): boolean {
  const [a0, a1] = eventWindow(a);
  const [b0, b1] = eventWindow(b);
  return a0 <= b1 && b0 <= a1;
}

/** Whole days between the two events' days (a report without a day: its publication day). */
export function daysBetween(a: ConstraintFacts, b: ConstraintFacts): number {
  const [af, al] = a.dated ? [a.first, a.last] : [a.published, a.published];
  const [bf, bl] = b.dated ? [b.first, b.last] : [b.published, b.published];
  return Math.max(0, af - bl, bf - al);
}

/** Quarters of the day that cannot be one event's: two apart (morning and evening, night and afternoon). */
function partsApart(a: Set<number>, b: Set<number>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) for (const y of b) if ((x - y + 4) % 4 !== 2) return false;
  return true;
}

/** Why two reports cannot be one incident whatever their days, or null. */
export interface Apart {
  reason: string;
  /**
   * Different places: unless one of them shares a rare name or word (a victim's name) with a
   * report of the other's incident. Then one of the places is a misreading (a person's name read
   * as a town, the wrong namesake, the court's town).
   */
  unlessVouched: boolean;
  /**
   * A placeless report naming another target than the other's: unless the incident the two would
   * form holds a report that places it (placedByTarget), naming its target at a settlement.
   */
  unlessPlaced?: boolean;
}

/** `targetsTie`: the build is war news, whose named targets tie a report to its event (domain.ts, TARGET_LINKS). */
export function neverTogether(a: ConstraintFacts, b: ConstraintFacts, targetsTie = false): Apart | null {
  const never = (reason: string): Apart => ({ reason, unlessVouched: false });
  if (a.kind !== null && b.kind !== null && a.kind !== b.kind) return never("a territorial claim and an attack");
  if (differentPlaces(a, b)) return { reason: `different places more than ${SAME_SPOT_KM} km apart`, unlessVouched: true };
  if (differentRegions(a, b)) return { reason: "places in different regions", unlessVouched: true };
  if (differentCountries(a, b)) return { reason: "places in different countries", unlessVouched: true };
  if (targetsTie && differentOwnPlaces(a, b)) return { reason: `events' own places more than ${SAME_SPOT_KM} km apart`, unlessVouched: true };
  // War news: a report that places nothing but names towns in passing ("force used at a rally in
  // Kherson": a rally is no event, so its town is no scene) is of those towns, not of another
  // town's attack more than SAME_SPOT_KM from all of them.
  if (targetsTie && (onlyInPassingElsewhere(a, b) || onlyInPassingElsewhere(b, a))) return { reason: `one names only towns in passing, more than ${SAME_SPOT_KM} km from the other's`, unlessVouched: true };
  // War news: a report that names no settlement is tied to its event by the target it names alone,
  // not to a report naming other targets ("missile hits a mall" and "missile hits the market in
  // X"). (Local news names hospitals and schools as where the hurt were taken or the shooter
  // studied: gva-dev BCubed F1 0.943 -> 0.936 with this rule.)
  // It may still join an incident where another report names its target at the place
  // (`unlessPlaced`, placedByTarget): reports of a big strike name the mall, and the attacker's
  // version names the arms depot it says was there, as one report at the strike's town does.
  if (targetsTie && (a.scenes.length === 0) !== (b.scenes.length === 0) && a.targets.size > 0 && b.targets.size > 0 && !sharedTarget(a, b)) {
    return { reason: "an unplaced report naming another target", unlessVouched: false, unlessPlaced: true };
  }
  // The text keeps events of one place and day apart.
  if (daysBetween(a, b) === 0 && partsApart(a.partsOfDay, b.partsOfDay)) return never("different times of day");
  // War news: one city's reports naming different parts of it (a tower block hit in the Podilskyi
  // district of Kyiv, a cottage hit in the Obolon neighbourhood in Kyiv),
  // none named by both: a city shelled all day is struck in one district and then another, and
  // each strike is an event.
  if (targetsTie && a.cityParts.size > 0 && b.cityParts.size > 0 && ![...a.cityParts].some((part) => b.cityParts.has(part))) return never("different districts of one city");
  // "Last night" in reports published on different days: two nights (a city struck night after
  // night), unless one gives its calendar day (then "overnight" need not be the last one).
  if (a.lastNight && b.lastNight && a.published !== b.published && !a.calendarDay && !b.calendarDay) return never("the nights before two different publication days");
  // War news: each dates its event to the day it was published ("on Tuesday" in Tuesday's report,
  // "today", "last night" in a morning report) and they were published on different days: two
  // days' events. (A weekday's half-day slack in eventWindow is for an outlet in another time zone
  // telling the same day; war reports tell their own day.) An evening's event is the next
  // morning's "last night".
  if (targetsTie && ownDay(a) && ownDay(b) && a.published !== b.published && !eveningThenNight(a, b)) return never("each tells of its own publication day, published on different days");
  // A new attack after the other's event ("fired at the refinery again"), however late: naming the
  // same target or a rare word does not make it the earlier event.
  const newer = a.first > b.last ? a : b.first > a.last ? b : null;
  if (newer?.newAttack) return never("one reports a new attack after the other's");
  return null;
}

function onlyInPassingElsewhere(a: ConstraintFacts, b: ConstraintFacts): boolean {
  const named = a.mentionedTowns ?? [];
  return a.scenes.length === 0 && named.length > 0 && b.scenes.length > 0 && !named.some((x) => b.scenes.some((y) => sameSpot(x, y)));
}

/** The report dates its event to its publication day, or to the night before it, by a day relative to its publication. */
function ownDay(a: ConstraintFacts): boolean {
  // By a weekday, "today" or "last night": a calendar day that is the publication day is as often
  // a dateline ("June 28, 2022" under a video) as the event's. A report of the aftermath tells its
  // own day's rescue work or toll ("bodies recovered overnight"), not its event's.
  return a.dated && !a.calendarDay && !a.aftermath && ((a.first === a.published && a.last === a.published) || a.lastNight);
}

/** The earlier tells an evening or night event, the later, published the next day, a night's. */
function eveningThenNight(a: ConstraintFacts, b: ConstraintFacts): boolean {
  const [earlier, later] = a.published < b.published ? [a, b] : [b, a];
  const lateInDay = earlier.partsOfDay.has(EVENING) || earlier.partsOfDay.has(NIGHT);
  return later.published === earlier.published + 1 && lateInDay && (later.lastNight || later.partsOfDay.has(NIGHT));
}

const NIGHT = 0;
const EVENING = 3;

/** Why two reports are never one incident, even when the two alone are weighed (a shared rare word vouches for a misread place), or null. */
export function apartForGood(a: ConstraintFacts, b: ConstraintFacts, targetsTie = false): string | null {
  const apart = neverTogether(a, b, targetsTie);
  return apart && !(apart.unlessVouched && sharesRareWord(a, b)) ? apart.reason : null;
}

/** Why two reports cannot be one incident (never, or too far apart in time without a reference), or null. */
export function whyApart(a: ConstraintFacts, b: ConstraintFacts, targetsTie = false): string | null {
  const never = apartForGood(a, b, targetsTie);
  if (never) return never;
  if (!windowsMeet(a, b) && !refersTo(a, b)) {
    const days = daysBetween(a, b);
    return days === 0 ? "different days" : `${days} day${days === 1 ? "" : "s"} apart and neither names the other's event`;
  }
  return null;
}

const MONTH = alternation(en.calendar.weekdaysAndMonths.filter((word) => !word.endsWith("day")));
const CALENDAR_DAY = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH})\\b|\\b(?:${MONTH})\\.?\\s+\\d{1,2}\\b`, "i");

/** Does a date cue give the calendar day ("29 March", "June 27")? */
export function isCalendarDay(cue: string | null): boolean {
  return cue !== null && CALENDAR_DAY.test(cue);
}

const grouping = en.grouping;
// One pattern per list, a capture group per entry, so a line is read once per list.
const TARGETS = new RegExp(`\\b(?:${grouping.targets.map((t) => `(${alternation(t.cues)})`).join("|")})\\b`, "gi");
const NEW_ATTACK = wordBoundaryPattern(alternation(grouping.newAttack), "latin");
const LAST_NIGHT = wordBoundaryPattern(alternation(grouping.lastNight), "latin");
const PARTS = new RegExp(`\\b(?:${grouping.partsOfDay.map((p) => `(${alternation(p.cues)})`).join("|")})\\b`, "gi");
const EVENT = wordBoundaryPattern(alternation(en.dates.eventWords), "latin");
const CITY_PARTS = new RegExp(grouping.cityParts.map((pattern) => `\\b${pattern}`).join("|"), "gu");
const TOLLS_AND_RECOVERY = wordBoundaryPattern(alternation(grouping.tollsAndRecovery), "latin");
const ships = en.ships;
// A noun before the name is matched in lower case, or capitalised only at a line's start: a
// title-case headline's "Warship Sinks" names no ship.
const SHIP_NOUN = alternation([...ships.warships, ...ships.others]);
const CAPITALISED_SHIP_NOUN = alternation([...ships.warships, ...ships.others].map((noun) => noun[0]!.toUpperCase() + noun.slice(1)));
const NAME_WORD = String.raw`(\p{Lu}\p{Ll}+)`;
// "the cruiser Moskva", 'flagship "Moskva"', "the frigate Admiral Makarov" (a rank before the name).
const SHIP_NAMED_AFTER = new RegExp(
  String.raw`(?:(?<![\p{L}-])(?:${SHIP_NOUN})|^(?:${CAPITALISED_SHIP_NOUN}))\s+(?:(?:named|called)\s+)?(?:the\s+)?["“«']?${NAME_WORD}(?:\s+${NAME_WORD})?`,
  "gmu",
);
// "the Moskva missile cruiser", "the Vasily Bykov patrol ship".
const SHIP_NAMED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}-])(?:${NAME_WORD}\s+)?["“«']?${NAME_WORD}["”»']?\s+(?:(?:${alternation(ships.between)})\s+)?(?:${alternation([...ships.warships, ...ships.afterName])})(?![\p{L}-])`,
  "gu",
);
/** Capitalised words that are no ship's name: a country or a people ("the Ukraine frigate", "a Russian cruiser"). */
const NOT_SHIP_NAMES = new Set(["ukraine", "russia", ...en.territorialClaim.demonyms.map((w) => w.toLowerCase())]);

/** The ships a text names, by the uncommon words of their names ("Admiral" is a rank, "Makarov" the name). */
export function namedVessels(text: string): Set<string> {
  const vessels = new Set<string>();
  const add = (word: string | undefined) => {
    if (word === undefined || isCommonWord(word)) return;
    const key = word.toLowerCase();
    if (!NOT_SHIP_NAMES.has(key)) vessels.add(key);
  };
  for (const [, first, second] of text.matchAll(SHIP_NAMED_AFTER)) {
    // A second capitalised word is the name's only after a rank ("Admiral Makarov"); else it is
    // the sentence going on ("the cruiser Moskva Ukraine hit").
    if (isCommonWord(first!)) add(second);
    else add(first);
  }
  for (const [, first, second] of text.matchAll(SHIP_NAMED_BEFORE)) {
    add(first);
    add(second);
  }
  return vessels;
}

/**
 * The report tells what came after an event (its toll rising, bodies found, the rubble cleared), so
 * without a day it may be days late: its event window reaches UNDATED_LAG_DAYS back whatever its
 * kind of news (features.ts).
 */
export function tellsAftermath(text: string): boolean {
  return TOLLS_AND_RECOVERY.test(text);
}

/** The entries of a list whose capture group matched somewhere in the text. */
function entriesIn<T>(pattern: RegExp, text: string, entries: readonly T[]): T[] {
  const found: T[] = [];
  for (const match of text.matchAll(pattern)) {
    const k = match.findIndex((group, i) => i > 0 && group !== undefined);
    if (k > 0) found.push(entries[k - 1]!);
  }
  return found;
}

/** Targets, new-attack cues and times of day a report's text gives (one passage a line). */
export function textSigns(text: string): Pick<ConstraintFacts, "targets" | "vessels" | "partsOfDay" | "newAttack" | "lastNight" | "cityParts"> {
  const targets = new Set<string>();
  const cityParts = new Set<string>();
  for (const match of text.matchAll(CITY_PARTS)) cityParts.add(foldName(match.slice(1).find((name) => name !== undefined)!));
  const partsOfDay = new Set<number>();
  for (const target of entriesIn(TARGETS, text, grouping.targets)) targets.add(target.key);
  const newAttack = NEW_ATTACK.test(text);
  let lastNight = false;
  // A time of day dates the event only in a sentence about it ("shelled the town in the evening").
  for (const line of text.split("\n")) {
    if (!EVENT.test(line)) continue;
    for (const part of entriesIn(PARTS, line, grouping.partsOfDay)) partsOfDay.add(part.quarter);
    lastNight ||= LAST_NIGHT.test(line);
  }
  return { targets, vessels: namedVessels(text), partsOfDay, newAttack, lastNight, cityParts };
}

/**
 * A report that names no place at all has only its words to tie it to another's event: the edge
 * needs text they share (√ cosine at least PLACELESS_TEXT) or headlines sharing a word. Below
 * that, the pair model's bias alone sits near the threshold, and a fleet report or an envoy's
 * remark joined the day's strike on nothing (candidate pairs above the threshold, √ text below
 * 0.25 and no shared headline word: RUWA windows 0 same / 11 different, ucdp-dev 1 / 1, gva-dev 0 / 1).
 */
export const PLACELESS_TEXT = 0.25;
/**
 * When the other report names a region and no settlement, nothing but words ties the two: their headlines must share more than a word most headlines use ("Russian",
 * "killed"), a headline cosine of at least PLACELESS_REGION_TITLE, or the two share a rare word or
 * a named target. A wire report of a car bomb in an unnamed town joined a region's shelling
 * report of its day on "Russian" (headline cosine 0.05), a president's remark a weapon video on
 * "Russian" and "destroyed" (0.09). Candidate pairs above the threshold of this kind, headline
 * cosine below 0.1: RUWA windows 0 same / 0 different (above: 1 / 0); ucdp-dev half A 1 / 0,
 * half B 2 / 1 (above: A 6 / 0, B 4 / 3). Two tolls of the day are evidence besides words: with
 * that exception ucdp-dev pairwise F1 is 0.498 / 0.289 (halves A / B), without it 0.493 / 0.282,
 * without the rule 0.498 / 0.295. The headline cosine's IDF is the build's own, so the rule holds
 * in an archive: in a build of two days' reports the two pairs above score 0.12 and 0.19.
 */
export const PLACELESS_REGION_TITLE = 0.1;

/** What the placeless-report rule reads of a report: its place and, when known, its casualty figures. */
type PlacedFacts = FiguredFacts & { place: Place | null };

/**
 * War news: one report tells an attack, the other no attack and no casualty figure (an interview,
 * a city's demolitions, an exposed agent network, a story naming a strike in passing): at one town
 * on one day the pair model links them on the place and the day alone (same place +0.56), above
 * its low threshold. Such a pair is linked only when their words meet (√ text similarity at least
 * UNTYPED_TEXT) or they share a rare word, a named target or a figure. Set from a RUWA build's
 * links at one place and day: read by hand, those with √ text below 0.3 had nearly all joined
 * another story. With the rule the RUWA windows are unchanged (pairwise P 1.000, largest story
 * 0.952), ucdp-dev too (pairwise F1 0.422, halves 0.519 / 0.335), and 10 incidents of a RUWA
 * build lose such a report (an interview, a website attack, an agent network exposed). Two
 * reports that both tell no attack are held to it too (a fighters' video, a minister's words and
 * a search for a missing man, all of Mariupol on one day, had formed an incident): every eval
 * figure unchanged, a RUWA build 1,600 -> 1,609 incidents.
 */
export const UNTYPED_TEXT = 0.3;

/** Why a report that names no place, or (war news) that tells no attack beside one that does, shares too few words with the other to be linked, or null. */
export function tooLittleInCommon(a: PlacedFacts, b: PlacedFacts, text: number, title: number, targetsTie = false): string | null {
  if (targetsTie && untypedLinkedOnPlace(a, b, text)) return `one tells no attack, and they share too few words (√ text similarity below ${UNTYPED_TEXT}, no rare word, target or figure)`;
  const placeless = (x: PlacedFacts) => x.place === null && x.scenes.length === 0;
  if (!placeless(a) && !placeless(b)) return null;
  if (title === 0 && Math.sqrt(text) < PLACELESS_TEXT) return `one names no place, and they share too few words (√ text similarity below ${PLACELESS_TEXT}, no headline word)`;
  // The other names a region and no settlement (two placeless reports: headlines of one event
  // often share nothing but "killed"; ucdp-dev's are 11 same / 2 different below the cosine).
  const regionOnly = (x: PlacedFacts) => x.place !== null && x.scenes.length === 0;
  // Two tolls of one day are evidence besides words (the pair model weighs whether they agree).
  if ((regionOnly(a) || regionOnly(b)) && title < PLACELESS_REGION_TITLE && !(countsCasualties(a) && countsCasualties(b)) && !sharesRareWord(a, b) && !sharedTarget(a, b)) {
    return `one names no place, the other only a region, and their headlines share no more than common words (headline similarity below ${PLACELESS_REGION_TITLE}, no rare word or target)`;
  }
  return null;
}

/** Does the report give a count of dead or hurt? */
function countsCasualties(x: PlacedFacts): boolean {
  return (x.figures?.killed?.length ?? 0) + (x.figures?.injured?.length ?? 0) > 0;
}

function untypedLinkedOnPlace(a: PlacedFacts, b: PlacedFacts, text: number): boolean {
  // (Two reports that both tell no attack count too: a fighters' video, a minister's words and a
  // man's search for his father, all of one city on one day, had joined each other.)
  if ((a.kind !== null && b.kind !== null) || Math.sqrt(text) >= UNTYPED_TEXT) return false;
  // One that counts dead or hurt tells of an event however its verb was read: the UCDP headlines of
  // lethal events are often typed "other" and share few words ("Two killed in Horlivka"); with them
  // in the rule ucdp-dev pairwise F1 fell 0.422 -> 0.399, without them it stays.
  if ([a, b].some((x) => x.kind === null && countsCasualties(x))) return false;
  const figureShared = (["killed", "injured"] as const).some((kind) => (a.figures?.[kind] ?? []).some((value) => (b.figures?.[kind] ?? []).includes(value)));
  return !figureShared && !sharesRareWord(a, b) && !sharedTarget(a, b);
}

function sharedTarget(a: ConstraintFacts, b: ConstraintFacts): boolean {
  for (const target of a.targets) if (b.targets.has(target)) return true;
  return sameVessel(a, b);
}

function sameVessel(a: ConstraintFacts, b: ConstraintFacts): boolean {
  for (const vessel of a.vessels) if (b.vessels.has(vessel)) return true;
  return false;
}

/** May the two reports be linked directly (an edge of the clustering)? */
export function mayJoin(a: ConstraintFacts, b: ConstraintFacts, targetsTie = false): boolean {
  return whyApart(a, b, targetsTie) === null;
}
