// Collecting an article's names: gazetteer spans sentence by sentence, what each is doing there
// (roles.ts), the region, state or country stated with it ("Pisky, Donetsk", "Tulsa, Okla."),
// names the text introduces as places the gazetteer lacks, and distance cues.
import type { Passage } from "../../model.js";
import { regionAfterNa } from "../cyrillic-lookup.js";
import { prior } from "../context.js";
import { type DistanceCue, findDistanceCues, findNamedCues } from "../cues.js";
import { haversineKm } from "../distance.js";
import { foldName } from "../fold.js";
import { NameKind, PlaceLevel } from "../gazetteer/tables.js";
import type { Candidate } from "../gazetteer/gazetteer.js";
import { usageOf, type Usage } from "../roles.js";
import { findSpans, respelledSpan, type Span, type Token, tokenize } from "../spans.js";
import { STATE_ABBREVIATION, stateCode } from "../us-states.js";
import { CALENDAR_WORDS, CITY_WITH_DISTRICTS, COMPASS_WORD, DISTRICT_WORD, DIVISION_WORD, type Found, rowsOf, type ScanIndex, SILENT, TEXT_PLACE_SCORE } from "./found.js";
import { en } from "../../facts/lexicon/en.js";
import { SLAVIC } from "../../facts/slavic/lexicons.js";
import { mapPacked, packedFrom } from "../../text/packed.js";

const QUALIFIER_GAP = /^(?:\s*,\s*|\s+(?:(?:villages?|towns?|settlements?|communities|hromadas?)\s+)?in\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\s+)?|\s*\(\s*|\s+of\s+(?:the\s+)?)$/i;
const DEMONYM_LIKE = /(?:an|ese|ish|ic|ch)$/;
// A surname as it follows a first name: capitalised parts, possessive or not ("Putin's", "Kara-Murza").
const SURNAME_SHAPE = /^[\p{Lu}][\p{Ll}'’]+(?:-[\p{Lu}][\p{Ll}'’]+)?(?:['’]s)?$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
// "Russian", "Ukrainian", "Belarusian", "Chechen": adjectives of peoples, never a place's name alone.
const DEMONYM = /^[\p{Lu}][\p{Ll}]+(?:ian|ean|an|ese|ish|ic|i|en)s?$/u;
// A name followed by more names and a plural division word: "Zhytomyr[, Sumy] and Poltava regions".
const LISTED_REGIONS = /^(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)[\p{Lu}][\p{L}'’-]+)*\s+(?:regions|oblasts|provinces)\b/u;

// Peoples named like a place taken ("captured Britons"): never a village the gazetteer lacks.
const PEOPLES = new Set(en.territorialClaim.demonyms);
// Continents and parts of the world, as CLDR names the UN M49 regions ("Europe", "Eastern Europe",
// "Central Asia", "Latin America"): never a village the gazetteer lacks.
const M49_REGIONS = ["001", "002", "005", "009", "011", "013", "014", "015", "017", "018", "019", "021", "029", "030", "034", "035", "039", "053", "054", "057", "061", "142", "143", "145", "150", "151", "154", "155", "202", "419", "EU", "UN"];
const WORLD_REGIONS = new Set(M49_REGIONS.map((code) => foldName(new Intl.DisplayNames(["en"], { type: "region" }).of(code) ?? "")).filter(Boolean));

/** A capitalised word that is neither a common English word nor a demonym nor an acronym: likely a name. */
function isUnknownCapitalised(token: Token | undefined, index: ScanIndex, asSurname = false): boolean {
  if (!token || !token.capitalised || (token.text.length > 1 && token.text === token.text.toUpperCase())) return false;
  // After a name, a surname may be possessive or double-barrelled ("Vladimir Putin's war",
  // "Vladimir Kara-Murza"), and is read without the possessive.
  const text = asSurname && SURNAME_SHAPE.test(token.text) ? token.text.replace(/['’]s$/, "") : token.text;
  // "Russian-controlled", "Ukraine's": attributes, not first names.
  if ((/[-‑]/.test(text) && !(asSurname && SURNAME_SHAPE.test(text))) || /['’]s$/.test(text)) return false;
  const word = text;
  if (DEMONYM_LIKE.test(word)) return false;
  // The common-word list is English: a capitalised Ukrainian or Russian word opening a sentence
  // ("Інфраструктура Кременчуцького НПЗ") is capitalised for that alone, not a first name.
  if (token.start === 0 && /\p{Script=Cyrillic}/u.test(word)) return false;
  return !index.lookup(foldName(word))?.commonWord;
}

/**
 * Rows of `next` that qualify `found` ("Mohawk, New York", "Kyiv, Ukraine"): its divisions and
 * countries, when `next` is mainly a division or one of them contains a reading of `found`.
 */
function qualifierRows(found: Found, next: Found, index: ScanIndex): number[] {
  const g = index.gazetteer;
  const divisions = rowsOf(next.candidates.filter((c) => g.level(c.row) !== PlaceLevel.Populated));
  if (divisions.length === 0) return [];
  const mainlyDivision = g.level(next.candidates[next.firstGuess]!.row) !== PlaceLevel.Populated;
  const contains = divisions.some((d) => found.candidates.some((c) => c.row !== d && g.within(c.row, d)));
  return mainlyDivision || contains ? divisions : [];
}

// Between the names of one list: "Bilopillia, Krasnopillia and Khotyn", "Киселівкою та Чорнобаївкою".
const LIST_GAP = /^\s*(?:,|,?\s+(?:and|та|і|й|и)|&)\s*$/;
// After a name closing a list of places: "Pisky, Donetsk." ends the list, "Pisky, Donetsk and
// Avdiivka" does not.
const LIST_GOES_ON = /^\s*(?:,|\band\b|&|\bor\b)\s*[\p{Lu}]/u;
// Between a region's name in the possessive and a settlement of it: "region's ", "oblast’s city of ".
const POSSESSIVE_GAP = /^['’]s\s+(?:(?:city|town|village|settlement|urban-type settlement) of\s+)?$/;
// Before a capital's name, a settlement noun makes it the capital's region: a village lies in an
// oblast, not in a city ("fired at a village in Zaporizhia").
const SETTLEMENT_IN = /\b(?:villages?|settlements?|hamlets?|towns?|communities)\s+in\s+(?:the\s+)?$/i;
// A town this big (or a seat of a region) after which a region's name follows is a list of towns
// ("Kharkiv, Donetsk"), not a town in that region.
const LISTED_TOWN_POPULATION = 20_000;

// "<district> of <city>": the gap of a city's part and its city.
const OF_GAP = /^\s+of\s+(?:the\s+)?$/i;
// A city's districts lie within this distance of the point GeoNames gives the city (Donetsk's
// Petrovskyi district, the farthest of its own, 17 km).
const CITY_PART_KM = 20;

/**
 * "The Kalininskyi district of Donetsk": a district ("Kyivskyi district") with a reading inside a
 * city big enough to have districts, named bare after it (no region word), is that city's part,
 * and the name after it is the city, not the oblast of the same name. Both keep only those
 * readings (another "Kalininsky district" lies in Russia), and resolve.ts then folds the district
 * into the city. A rural raion named after its town ("the Bakhmut district of Donetsk") lies
 * around its own town, not inside the city: its trailing name stays the oblast. Returns whether
 * `found` was read so.
 */
function readAsCityPart(found: Found, next: Found, index: ScanIndex): boolean {
  const g = index.gazetteer;
  if (!found.span || !DISTRICT_WORD.test(found.span.key) || !next.span || DIVISION_WORD.test(next.span.key)) return false;
  const cities = next.candidates.filter((c) => g.level(c.row) === PlaceLevel.Populated && g.record(c.row).featureCode !== "PPLX" && g.population(c.row) >= CITY_WITH_DISTRICTS);
  const parts = found.candidates.filter((c) => g.level(c.row) === PlaceLevel.District || g.record(c.row).featureCode === "PPLX");
  const inside = (part: Candidate, city: Candidate) => haversineKm(g.lat(city.row), g.lon(city.row), g.lat(part.row), g.lon(part.row)) <= CITY_PART_KM;
  const city = cities.find((c) => parts.some((part) => inside(part, c)));
  if (!city) return false;
  readOnly(found, rowsOf(parts.filter((part) => inside(part, city))));
  readOnly(next, [city.row]);
  return true;
}

/**
 * The regions a name stands for when it trails a settlement ("Pisky, Donetsk", "Sofiivka,
 * Zaporizhzhya"): its own region readings, or the region of the regional capital it names.
 */
function regionRowsOf(found: Found, index: ScanIndex): number[] {
  const g = index.gazetteer;
  const rows = new Set<number>();
  for (const c of found.candidates) {
    const level = g.level(c.row);
    if (level === PlaceLevel.Region) rows.add(c.row);
    else if (level === PlaceLevel.Populated && g.record(c.row).featureCode === "PPLA" && g.admin1Row(c.row) >= 0) rows.add(g.admin1Row(c.row));
  }
  return packedFrom(rows);
}

/**
 * "X, Donetsk" names the oblast, not its capital, when Donetsk closes the list and X is a
 * settlement of that oblast, a village the gazetteer may lack, or a small namesake elsewhere.
 */
function trailingRegionRows(found: Found, next: Found, text: string, index: ScanIndex): number[] {
  if (LIST_GOES_ON.test(text.slice(next.end))) return [];
  const g = index.gazetteer;
  const rows = regionRowsOf(next, index);
  if (rows.length === 0 || found.candidates.some((c) => rows.includes(c.row))) return [];
  if (found.candidates.some((c) => rows.some((r) => g.within(c.row, r)))) return rows;
  const best = found.candidates[found.firstGuess]!.row;
  const town = g.level(best) !== PlaceLevel.Populated || g.population(best) >= LISTED_TOWN_POPULATION || /^PPL(?:A|A2|C)$/.test(g.record(best).featureCode);
  return town ? [] : rows;
}

/**
 * These rows alone are what the name means here: a qualifier's stated region ("Donetsk" the oblast,
 * "Ukraine" the country), a city after its district ("the Kyivskyi district of Donetsk").
 */
export function readOnly(found: Found, rows: number[]): void {
  const kept = mapPacked(rows, (row) => found.candidates.find((c) => c.row === row) ?? { row, kind: NameKind.Derived, adjective: false });
  found.candidates = kept;
  found.priors = mapPacked(kept, () => 0);
  found.firstGuess = 0;
  found.chosen = 0;
  found.confident = kept.length === 1;
}

/**
 * "A depot near Stepanovka was destroyed by artillerymen in the Kherson region": the one region a
 * sentence names (an oblast, "Херсонщина", "Donbas") is the region of the settlements it names
 * that have a namesake there, though not next to them. A big town elsewhere stays itself
 * ("Kharkiv was shelled, and the Sumy region too").
 */
function stateSentenceRegion(inPassage: Found[], index: ScanIndex): void {
  const g = index.gazetteer;
  const regions = inPassage.filter((f) => !SILENT.has(f.usage) && g.level(f.candidates[f.firstGuess]!.row) === PlaceLevel.Region);
  const rows = new Set(regions.map((f) => f.candidates[f.firstGuess]!.row));
  if (rows.size !== 1) return;
  const region = regions[0]!;
  const row = region.candidates[region.firstGuess]!.row;
  for (const found of inPassage) {
    if (found === region || found.qualifiers.length > 0 || found.qualifies || found.candidates.length < 2 || SILENT.has(found.usage)) continue;
    const best = found.candidates[found.firstGuess]!.row;
    if (g.level(best) !== PlaceLevel.Populated || g.within(best, row)) continue;
    if (g.population(best) >= LISTED_TOWN_POPULATION || /^PPL(?:A|A2|C)$/.test(g.record(best).featureCode)) continue;
    if (!found.candidates.some((c) => g.within(c.row, row))) continue;
    found.qualifiers = [row];
    found.qualifiedBy = region;
  }
}

export function stateRowAfter(text: string, offset: number, index: ScanIndex): number {
  // The dot of an abbreviated name comes first: "FLOYD CO., Ind.", "St. Clair Co., Mo.".
  const rest = text.slice(offset);
  const abbreviation = STATE_ABBREVIATION.exec(/^\.,/.test(rest) ? rest.slice(1) : rest);
  const code = abbreviation ? stateCode(abbreviation[1]!) : null;
  return code ? index.usStateRow(code) : -1;
}

// A word the adjective would qualify: a noun ("Торське водосховище", "Покровському напрямку"), an
// acronym ("Кременчуцький НПЗ") or a quoted name, also after another adjective sharing it
// ("Херсонському та Донецькому напрямках"); not a conjunction or preposition.
const NOUN_AFTER = /^(?:\s+(?:і|и|й|та|а|або|чи)\s+\p{Lu}\p{Ll}*(?:ськ|цьк|зьк|ск|цк|зк)\p{Ll}{1,4})?\s+(?:(?!(?:і|и|й|та|а|або|чи|но|але|в|у|на|під|под|по|з|із|с|со|до|від|от|біля|возле|около|між|между|за|над|через)(?![\p{L}]))\p{Ll}|\p{Lu}{2,}|[«"“„])/u;

/**
 * "в Торському", "між Торським і Ямполем": a name shaped like an adjective that qualifies no
 * noun is a village's own name (many Ukrainian villages are named so), not the adjective of
 * another town (Тор, the old Sloviansk): its readings as an adjective go when it has others.
 */
function ownNameReadings(span: Span, text: string): Candidate[] {
  const all = span.lookup.candidates;
  const own = all.filter((c) => !c.adjective);
  return own.length > 0 && own.length < all.length && !NOUN_AFTER.test(text.slice(span.end, span.end + 40)) ? own : all;
}

// A front's sector after the name or adjective, also after another adjective sharing it ("на
// Херсонському та Донецькому напрямках", "на бахмутском фронте", "in the Kherson direction").
const FRONT_AFTER = new RegExp(
  String.raw`^(?:\s+(?:і|и|й|та|а)\s+\p{L}+)?\s+(?:${[en, ...Object.values(SLAVIC)]
    .flatMap((lexicon) => lexicon.frontNouns)
    .join("|")})`,
  "iu",
);

const COMPASS_ADJECTIVE = new RegExp(`^(?:${Object.values(SLAVIC).flatMap((lexicon) => lexicon.compassAdjectives).join("|")})`, "u");

/** A front is named after a town at least this big, when the name is the town's own and not its adjective. */
const FRONT_TOWN_POPULATION = 10_000;

/**
 * "на Покровському напрямку": the front near Покровськ, a town's adjective; "на Запорізькому
 * напрямку" the front in the Zaporizhzhia region, a regional capital's; "на Таврійському напрямку"
 * no place (a village named Таврійське is not a front). Null when the span names no front.
 */
function frontReadings(span: Span, text: string, index: ScanIndex): Candidate[] | null {
  if (!FRONT_AFTER.test(text.slice(span.end, span.end + 60))) return null;
  if (COMPASS_ADJECTIVE.test(span.key)) return [];
  const g = index.gazetteer;
  const rows = new Set<number>();
  const readings: Candidate[] = [];
  for (const candidate of span.lookup.candidates) {
    if (!candidate.adjective && !(g.level(candidate.row) === PlaceLevel.Populated && g.population(candidate.row) >= FRONT_TOWN_POPULATION)) continue;
    const capitalOf = g.record(candidate.row).featureCode === "PPLA" ? g.admin1Row(candidate.row) : -1;
    const reading = capitalOf >= 0 ? { row: capitalOf, kind: candidate.kind, adjective: false } : candidate;
    if (!rows.has(reading.row)) readings.push(reading);
    rows.add(reading.row);
  }
  return readings;
}

function spanFound(passage: Passage, span: Span, tokens: Token[], index: ScanIndex, spans: Span[], candidates: Candidate[], readAsHeadline: boolean): Found {
  const { text } = passage;
  const namesDivision = DIVISION_WORD.test(span.key);
  const g = index.gazetteer;
  const hasTownInside = (division: number) => candidates.some((c) => c.row !== division && g.level(c.row) === PlaceLevel.Populated && g.within(c.row, division));
  const priors = mapPacked(candidates, (c) => prior(g, c, namesDivision, g.level(c.row) !== PlaceLevel.Populated && hasTownInside(c.row)));
  const order = mapPacked(priors, (_, i) => i).sort((a, b) => priors[b]! - priors[a]!);
  const margin = order.length > 1 ? priors[order[0]!]! - priors[order[1]!]! : Infinity;
  const next = tokens[span.last + 1];
  const previous = tokens[span.first - 1];
  const usage = usageOf({
    text,
    start: span.start,
    end: span.end,
    compound: span.compound,
    // In Ukrainian and Russian a neighbouring capitalised word that opens or closes another place
    // name is no surname: it is the oblast in the genitive ("Райське Херсонської області"). (In
    // English, "Jackson Washington" may well be a person.)
    nextWordCapitalisedUnknown: !!next && /^ $/.test(text.slice(span.end, next.start)) && !(CYRILLIC.test(next.text) && spans.some((s) => s.start === next.start)) && isUnknownCapitalised(next, index, true),
    previousWordCapitalisedUnknown: !!previous && /^ $/.test(text.slice(previous.end, span.start)) && !(CYRILLIC.test(previous.text) && spans.some((s) => s.end === previous.end)) && isUnknownCapitalised(previous, index),
    isTitle: readAsHeadline,
    speakerSized: candidates.some((c) => g.population(c.row) >= 100_000 || g.level(c.row) !== PlaceLevel.Populated),
    country: candidates.every((c) => g.level(c.row) === PlaceLevel.Country),
  });
  return {
    passage: passage.index,
    isTitle: passage.isTitle,
    start: span.start,
    end: span.end,
    surface: span.surface,
    span,
    usage,
    qualifiers: [],
    qualifies: false,
    qualifiedBy: null,
    candidates,
    priors,
    firstGuess: order[0]!,
    confident: margin > 1.5,
    chosen: order[0]!,
    score: priors[order[0]!]!,
    distance: null,
    needsRegion: false,
  };
}

function textFound(passage: Passage, start: number, end: number, usage: Usage, qualifiers: number[]): Found {
  return {
    passage: passage.index,
    isTitle: passage.isTitle,
    start,
    end,
    surface: passage.text.slice(start, end),
    span: null,
    usage,
    qualifiers,
    qualifies: false,
    qualifiedBy: null,
    candidates: [],
    priors: [],
    firstGuess: -1,
    confident: false,
    chosen: -1,
    score: TEXT_PLACE_SCORE,
    distance: null,
    needsRegion: false,
  };
}

export interface Collected {
  founds: Found[];
  distances: { passage: number; cue: DistanceCue; reference: Found }[];
}

const MAX_NAMES_READ = 2000;

export function collect(passages: Passage[], index: ScanIndex): Collected {
  const g = index.gazetteer;
  const founds: Found[] = [];
  const distances: Collected["distances"] = [];
  // A body that repeats its headline word for word (a feed of headlines alone, a lead that echoes
  // it) is read as the headline: "...: Kiev" closing it is the source quoted there too.
  const headline = passages.find((p) => p.isTitle)?.text;
  for (const passage of passages) {
    const { text } = passage;
    const readAsHeadline = passage.isTitle || text === headline;
    const tokens = tokenize(text);
    const spans = mapPacked(
      findSpans(text, tokens, (key) => {
        if (COMPASS_WORD.test(key)) return null;
        const found = index.lookup(key);
        return found && found.candidates.length > 0 ? found : null;
      }, index.isPlaceAcronym),
      (span) => regionAfterNa(text, span, index.lookup),
    );
    // "the Zhytomyr and Poltava regions", "Kharkiv, Sumy and Chernihiv oblasts": each is a region.
    for (let k = 0; k < spans.length; k++) {
      const rest = text.slice(spans[k]!.end);
      if (!LISTED_REGIONS.test(rest)) continue;
      const region = index.lookup(`${spans[k]!.key} region`);
      if (region && region.candidates.length > 0) spans[k] = respelledSpan(spans[k]!, `${spans[k]!.key} region`, region);
    }
    // A front named by no town's adjective names no place: its span goes.
    const readings = new Map(spans.map((span) => [span, frontReadings(span, text, index) ?? ownNameReadings(span, text)]));
    for (let k = spans.length - 1; k >= 0; k--) if (readings.get(spans[k]!)!.length === 0) spans.splice(k, 1);
    const inPassage = mapPacked(spans, (span) => spanFound(passage, span, tokens, index, spans, readings.get(span)!, readAsHeadline));
    // Stated qualifiers: "Tulsa, Okla.", "Kyiv, Ukraine", "Nikopol in the Dnipropetrovsk region".
    inPassage.forEach((found, i) => {
      const stateRow = stateRowAfter(text, found.end, index);
      if (stateRow >= 0) {
        found.qualifiers = [stateRow];
        return;
      }
      const next = inPassage[i + 1];
      const gap = next ? text.slice(found.end, next.start) : "";
      // "Райське Херсонської області", "Покровськ Донецької области": the oblast in the genitive.
      const genitiveRegion = !!next && /^\s+$/.test(gap) && CYRILLIC.test(next.surface) && DIVISION_WORD.test(next.span!.key);
      // "the Petrovskyi district of Donetsk": a city's own district is followed by its city, not its oblast.
      if (next && OF_GAP.test(gap) && readAsCityPart(found, next, index)) return;
      if (next && (QUALIFIER_GAP.test(gap) || genitiveRegion)) {
        let rows = qualifierRows(found, next, index);
        if (rows.length === 0 && /^\s*,\s*$/.test(gap)) rows = trailingRegionRows(found, next, text, index);
        const ownLevel = g.level(found.candidates[found.firstGuess]!.row);
        // A country qualifies nothing here, and a region is not inside another region ("Zhytomyr, Poltava regions").
        const sameLevel = ownLevel !== PlaceLevel.Populated && rows.every((r) => g.level(r) <= ownLevel);
        if (rows.length > 0 && ownLevel !== PlaceLevel.Country && !sameLevel) {
          found.qualifiers = rows;
          found.qualifiedBy = next;
          next.qualifies = true;
          readOnly(next, rows);
        }
      }
    });
    // "the Donetsk region's Bakhmut", "Zaporizhzhia Oblast's city of Tokmak": the region before, in the possessive.
    inPassage.forEach((found, i) => {
      const region = inPassage[i - 1];
      if (!region || found.qualifiers.length > 0 || !DIVISION_WORD.test(region.span!.key) || !POSSESSIVE_GAP.test(text.slice(region.end, found.start))) return;
      if (g.level(found.candidates[found.firstGuess]!.row) !== PlaceLevel.Populated) return;
      const rows = rowsOf(region.candidates.filter((c) => g.level(c.row) === PlaceLevel.Region));
      if (rows.length === 0) return;
      found.qualifiers = rows;
      found.qualifiedBy = region;
      region.qualifies = true;
      readOnly(region, rows);
    });
    for (const found of inPassage) {
      if (found.qualifies || found.qualifiers.length > 0 || !SETTLEMENT_IN.test(text.slice(Math.max(0, found.start - 40), found.start))) continue;
      if (g.record(found.candidates[found.firstGuess]!.row).featureCode !== "PPLA") continue;
      const rows = regionRowsOf(found, index);
      if (rows.length > 0) readOnly(found, rows);
    }
    // "Bilopillia, Krasnopillia and Khotyn communities in Sumy region", "Pisky and Opytne, Donetsk
    // region": the region stated after a list holds every name of the list.
    for (let i = inPassage.length - 1; i > 0; i--) {
      const last = inPassage[i]!;
      if (last.qualifiers.length === 0 || !last.qualifiedBy) continue;
      // Pushed, not filtered: a qualifier list stays an array of small integers (see text/packed.ts).
      const rows: number[] = [];
      for (const q of last.qualifiers) if (g.level(q) !== PlaceLevel.Country) rows.push(q);
      for (let j = i - 1; j >= 0 && rows.length > 0; j--) {
        const item = inPassage[j]!;
        if (!LIST_GAP.test(text.slice(item.end, inPassage[j + 1]!.start)) || item.qualifiers.length > 0 || item.qualifies) break;
        if (g.level(item.candidates[item.firstGuess]!.row) !== PlaceLevel.Populated) break;
        const inside = item.candidates.some((c) => rows.some((r) => g.within(c.row, r)));
        const best = item.candidates[item.firstGuess]!.row;
        if (!inside && (g.population(best) >= LISTED_TOWN_POPULATION || /^PPL(?:A|A2|C)$/.test(g.record(best).featureCode))) break;
        item.qualifiers = rows;
        item.qualifiedBy = last.qualifiedBy;
      }
    }
    stateSentenceRegion(inPassage, index);
    // Names the gazetteer lacks, introduced as places by the text.
    const isRegion = (k: number) => g.level(inPassage[k]!.candidates[inPassage[k]!.firstGuess]!.row) !== PlaceLevel.Populated;
    const cues = findNamedCues({
      text,
      tokens,
      spans,
      // "the Donetsk region", or a region's name closing a list after an unknown name ("Zzz, Donetsk.").
      isRegionSpan: (k) => (isRegion(k) && DIVISION_WORD.test(spans[k]!.key)) || (/^\s*,\s*$/.test(text.slice(Math.max(0, spans[k]!.start - 2), spans[k]!.start)) && !LIST_GOES_ON.test(text.slice(spans[k]!.end)) && regionRowsOf(inPassage[k]!, index).length > 0),
      isCommonWord: (word) => !!index.lookup(foldName(word))?.commonWord || CALENDAR_WORDS.test(word.toLowerCase()) || COMPASS_WORD.test(word.toLowerCase()) || DEMONYM.test(word) || PEOPLES.has(word),
      isWorldRegion: (name) => WORLD_REGIONS.has(foldName(name)),
      stateAfter: (offset) => (stateRowAfter(text, offset, index) >= 0 ? "state" : null),
    });
    for (const cue of cues) {
      const usage = usageOf({ text, start: cue.start, end: cue.end, compound: false, nextWordCapitalisedUnknown: false, previousWordCapitalisedUnknown: false, isTitle: readAsHeadline });
      if (usage === "person" || usage === "street" || usage === "thing" || usage === "vessel" || usage === "organisation") continue;
      let qualifiers: number[] = [];
      if (cue.regionSpan !== null) {
        const region = inPassage[cue.regionSpan]!;
        qualifiers = DIVISION_WORD.test(region.span!.key) ? rowsOf(region.candidates.filter((c) => g.level(c.row) !== PlaceLevel.Populated)) : regionRowsOf(region, index);
        region.qualifies = true;
        readOnly(region, qualifiers);
      } else {
        const stateRow = stateRowAfter(text, cue.end, index);
        if (stateRow >= 0) qualifiers = [stateRow];
      }
      const found = textFound(passage, cue.start, cue.end, usage, qualifiers);
      found.needsRegion = cue.cue === "scene";
      inPassage.push(found);
    }
    for (const cue of findDistanceCues(text, spans)) distances.push({ passage: passage.index, cue, reference: inPassage[cue.referenceSpan]! });
    inPassage.sort((a, b) => a.start - b.start);
    founds.push(...inPassage.slice(0, MAX_NAMES_READ - founds.length));
    // A text naming thousands of places is a list, not a report of an incident: its first names
    // are read, the rest are not (judging every name against every other would take minutes).
    if (founds.length >= MAX_NAMES_READ) break;
  }
  return { founds, distances };
}
