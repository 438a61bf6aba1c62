// Incident locations and mentions: each resolved name becomes a Place (a gazetteer row, or a
// place from what the text says of a name the gazetteer lacks) with its role in the article.
import type { Passage, Place, PlaceMention } from "../../model.js";
import { haversineKm } from "../distance.js";
import { PlaceLevel } from "../gazetteer/tables.js";
import type { Usage } from "../roles.js";
import { textPlace } from "../text-places.js";
import { type Found, isScene, type ScanIndex } from "./found.js";
import { type ArticleContext, articleCountry, resolveArticle } from "./resolve.js";

const NEAR_BEFORE = /\b(?:near|outside|just outside|suburbs? of|outskirts of|(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of|miles from|km from|kilometres from|kilometers from)\s+(?:the\s+)?(?:city of\s+)?(?:metro\s+)?$/i;

// Between a town and the landmark that places it: "Irpin near Kyiv", "Bucha, just outside Kyiv".
const LANDMARK_GAP = /^\s*,?\s+(?:near|just outside|outside|on the outskirts of)\s+(?:the\s+)?(?:city of\s+)?$/i;

// Between a town and its region, a facility named after the town: "<town> Coke Plant in the ",
// "Kremenchuk oil refinery in the ".
const FACILITY_IN = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,4}(?:plant|factory|refinery|oil depot|depot|works|mine|airport|airfield|railway station|station|bridge|dam|port)\s+in\s+(?:the\s+)?$/iu;

// Usages a name may stand for the scene with when the text names none.
const FALLBACK_USAGES: ReadonlySet<Usage> = new Set(["plain", "attributive", "destination", "outlet"]);

function placeOf(found: Found, index: ScanIndex, countryRow: number | null): Place | null {
  const g = index.gazetteer;
  if (found.candidates.length > 0) return g.toPlace(found.candidates[found.chosen]!.row);
  // The stated region or state: the first reading that is a region or district.
  // The reading the article gave the stated region ("Jackson County" read in Kansas), else the first.
  const stated = found.qualifiedBy && found.qualifiedBy.chosen >= 0 ? found.qualifiedBy.candidates[found.qualifiedBy.chosen]!.row : -1;
  const regionRow = found.qualifiers.includes(stated) && g.level(stated) !== PlaceLevel.Country ? stated : (found.qualifiers.find((q) => g.level(q) !== PlaceLevel.Country) ?? null);
  return textPlace(g, {
    surface: found.surface,
    distance: found.distance,
    regionRow,
    countryRow: regionRow === null ? (found.qualifiers.find((q) => g.level(q) === PlaceLevel.Country) ?? countryRow) : null,
  });
}

// A scene this near the dateline's town is the same story's place either way; one farther than
// a station's area is more likely a misreading than the story's scene.
const DATELINE_NEAR_KM = 25;
const DATELINE_AREA_KM = 150;
const AREA_AFTER = /^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:suburbs?|area|metro|metropolitan|region)\b/i;

// The town's own officials or a facility in it ("Kharkiv official says missiles hit ...", "Odesa
// Airport's runway destroyed", "Donetsk's city administration building hit"): read as a speaker
// or an organisation, but where the news happened when the report names no other place.
const LOCAL_BODY_AFTER = /^(?:['’]s)?\s+(?:city\s+|regional\s+|local\s+)?(?:officials?|authorities|administration|mayor|governor|council|airport|railway station|train station|bridge|dam|power plant|thermal power plant|port|zoo|stadium)\b/i;

// A region's own forces named as people ("DPR servicemen", "LPR artillerymen"), which the roles
// read as an organisation (roles.ts UNIT_WORDS); "a DPR militiaman" is a plain name already.
const REGION_UNIT_AFTER = /^(?:['’]s)?\s+(?:servicem[ae]n|artillerym[ae]n|gunners|paratroopers|marines)\b/i;

function namesLocalBody(found: Found, passages: Passage[], index: ScanIndex): boolean {
  if (found.usage !== "metonymy" && found.usage !== "organisation") return false;
  // A facility named whole ("Odesa Airport's runway") is the town's own.
  if (found.candidates.length > 0 && index.gazetteer.partOf(found.candidates[found.chosen]!.row) >= 0) return true;
  const after = (passages.find((p) => p.index === found.passage)?.text ?? "").slice(found.end, found.end + 40);
  // A region's authorities speak of their region ("seven civilians died, the Donetsk People's
  // Republic says"), and its own forces fight and fall in it ("three DPR servicemen killed in
  // shelling"); a country or its capital speaks of anywhere.
  if (found.candidates.length > 0 && index.gazetteer.level(found.candidates[found.chosen]!.row) === PlaceLevel.Region && (found.usage === "metonymy" || REGION_UNIT_AFTER.test(after))) return true;
  return LOCAL_BODY_AFTER.test(after);
}

/** Incident locations and mentions, in text order. */
export function scanMentions(passages: Passage[], index: ScanIndex, context: ArticleContext = {}): PlaceMention[] {
  const resolved = resolveArticle(passages, index, context);
  const countryRow = articleCountry(resolved, index.gazetteer, index.collection);
  const mentions: PlaceMention[] = [];
  const sources: Found[] = [];
  for (const found of resolved) {
    const place = placeOf(found, index, countryRow);
    if (!place) continue;
    const role = isScene(found.usage) && !found.qualifies ? "location" : "mention";
    mentions.push({
      place,
      passage: found.passage,
      surface: found.surface,
      role,
      score: Math.round(found.score * 100) / 100,
      ...(role === "mention" && !found.qualifies && (FALLBACK_USAGES.has(found.usage) || namesLocalBody(found, passages, index)) ? { fallback: true } : {}),
    });
    sources.push(found);
  }
  // "in Katy, near Houston", "in Snellville, just outside Atlanta": the second is a landmark. Not
  // after a region ("in Donbas near Shumy village", "in the Donetsk region near Avdiivka"): the
  // town is the closer of the two.
  mentions.forEach((m, i) => {
    if (m.role !== "location") return;
    const start = sources[i]!.start;
    const before = passages.find((p) => p.index === m.passage)?.text.slice(Math.max(0, start - 60), start) ?? "";
    if (!NEAR_BEFORE.test(before)) return;
    const isTown = (o: PlaceMention) => o.place.slug !== m.place.slug && o.place.precision !== "region" && o.place.precision !== "country";
    const townBefore = (o: PlaceMention, j: number) => j < i && o.passage === m.passage && o.role === "location" && isTown(o);
    if (mentions.some(townBefore)) {
      m.role = "mention";
      return;
    }
    // "while defending Irpin near Kyiv": the town the landmark follows is the scene, whatever
    // its own cue.
    const previous = mentions[i - 1];
    if (previous && previous.passage === m.passage && !sources[i - 1]!.qualifies && isTown(previous) && LANDMARK_GAP.test(passages.find((p) => p.index === m.passage)?.text.slice(sources[i - 1]!.end, start) ?? "")) {
      previous.role = "location";
      delete previous.fallback;
      m.role = "mention";
    }
  });
  // A dateline says where the reporter files from; a town the same sentence puts the incident in
  // is the scene ("COLUMBUS, Ohio — Detectives in Lancaster are looking into a shooting").
  sources.forEach((f, i) => {
    if (f.usage !== "dateline" || mentions[i]!.role !== "location") return;
    const from = mentions[i]!.place;
    const text = passages.find((p) => p.index === mentions[i]!.passage)?.text ?? "";
    // A town itself, not a state's name read as a town nor "the Atlanta suburbs".
    const isTown = (j: number) =>
      (mentions[j]!.place.precision === "city" || mentions[j]!.place.precision === "approximate") &&
      !sources[j]!.candidates.some((c) => index.gazetteer.level(c.row) !== PlaceLevel.Populated) &&
      !AREA_AFTER.test(text.slice(sources[j]!.end, sources[j]!.end + 30));
    const scene = mentions.find((o, j) => j > i && o.passage === mentions[i]!.passage && o.role === "location" && sources[j]!.usage === "location" && isTown(j));
    if (!scene || from.lat === null || scene.place.lat === null) return;
    const km = haversineKm(from.lat, from.lon!, scene.place.lat, scene.place.lon!);
    if (km > DATELINE_NEAR_KM && km <= DATELINE_AREA_KM) mentions[i]!.role = "mention";
  });
  // A headline names what readers know ("Atlanta"); the dateline says where the story is
  // ("SNELLVILLE, Ga. -"): when they differ, the dateline is the scene.
  const dateline = sources.findIndex((f, i) => f.usage === "dateline" && !f.isTitle && mentions[i]!.role === "location");
  if (dateline >= 0) {
    sources.forEach((f, i) => {
      if (f.isTitle && mentions[i]!.role === "location" && mentions[i]!.place.slug !== mentions[dateline]!.place.slug) mentions[i]!.role = "mention";
    });
  }
  // "Two die in army assault on rebel-held Northport", "shelling of Ukraine rebel stronghold
  // Donetsk": a sentence whose only scene is a country, and which names a town of that country
  // without a cue, happened in that town.
  for (const passage of new Set(mentions.map((m) => m.passage))) {
    const here = mentions.filter((m) => m.passage === passage);
    const countries = here.filter((m) => m.role === "location" && m.place.precision === "country");
    if (countries.length === 0 || here.some((m) => m.role === "location" && m.place.precision !== "country")) continue;
    const town = here.find((m) => m.fallback && (m.place.precision === "city" || m.place.precision === "approximate") && countries.some((c) => c.place.country === m.place.country));
    if (town) {
      town.role = "location";
      delete town.fallback;
    }
  }
  // "hit the <town> coke plant in the Donetsk region": a plant or works named after its town,
  // placed in that town's region, is in the town, the scene the region frames.
  mentions.forEach((m, i) => {
    if (m.role !== "mention" || sources[i]!.qualifies || m.place.precision !== "city") return;
    const text = passages.find((p) => p.index === m.passage)?.text ?? "";
    const region = mentions.find((o, j) => j > i && o.passage === m.passage && o.role === "location" && o.place.precision === "region" && o.place.country === m.place.country && o.place.admin1 === m.place.admin1 && FACILITY_IN.test(text.slice(sources[i]!.end, sources[j]!.start)));
    if (!region) return;
    m.role = "location";
    delete m.fallback;
  });
  // "In Harris County ... in Cypress", "in the Donetsk region ... in Avdiivka": the town is the
  // scene, the division around it only frames it.
  const towns = mentions.filter((m) => m.role === "location" && (m.place.precision === "city" || m.place.precision === "approximate"));
  for (const m of mentions) {
    if (m.role !== "location") continue;
    // "in Ukraine's Bucha", "shelling in eastern Ukraine ... in Kramatorsk": a country is not the
    // scene when the article names a town.
    if (m.place.precision === "country") {
      if (towns.length > 0) m.role = "mention";
      continue;
    }
    if (m.place.precision !== "region") continue;
    // A region spanning several divisions ("Donbas") gives way to any narrower scene in its country.
    if (m.place.admin1 === null) {
      if (mentions.some((o) => o !== m && o.role === "location" && o.place.country === m.place.country && o.place.admin1 !== null)) m.role = "mention";
      continue;
    }
    // A county gives way to a town of its state ("Lauderdale County deputies ... in Huntsville").
    if (m.place.admin2 !== null && m.place.name === m.place.admin2 && towns.some((t) => t.place.country === m.place.country && t.place.admin1 === m.place.admin1)) {
      m.role = "mention";
      continue;
    }
    const inside = towns.some((t) => t.place.country === m.place.country && t.place.admin1 === m.place.admin1 && (m.place.admin2 === null || t.place.admin2 === m.place.admin2 || m.place.name !== m.place.admin2));
    if (inside) m.role = "mention";
  }
  // An article that never says "in X" may still say where, by naming the local police or
  // putting the place in its headline: the first such plain or attributive name is the scene.
  if (!mentions.some((m) => m.role === "location")) {
    // Only a name the article's other places or the collection vouch for (not a stray word).
    // Not a common word ("White House") nor an acronym ("EU"), which only a cue makes a place.
    const wordLike = (f: Found) => !!f.span && (f.span.lookup.commonWord || (f.surface.length <= 4 && f.surface === f.surface.toUpperCase()));
    const vouched = (f: Found) =>
      f.candidates.length === 0 ||
      f.qualifiers.some((q) => index.gazetteer.level(q) !== PlaceLevel.Country) ||
      (!wordLike(f) && (f.confident || f.qualifiers.length > 0 || (index.collection?.get(index.gazetteer.countryRow(f.candidates[f.chosen]!.row)) ?? 0) >= 0.2));
    const promotable = (usages: Usage[], where: (f: Found, i: number) => boolean = () => true) =>
      sources.findIndex((f, i) => usages.includes(f.usage) && where(f, i) && !f.qualifies && mentions[i]!.place.precision !== "country" && vouched(f));
    // "Terrell police", "a Garland man" say where more surely than a bare name (often a surname),
    // and a headline's bare name more surely than one in the body.
    let promoted = promotable(["attributive"]);
    if (promoted < 0) promoted = promotable(["plain"], (f) => f.isTitle);
    if (promoted < 0) promoted = promotable(["plain"]);
    // Where the wounded were taken is near the scene: better than no place at all.
    if (promoted < 0) promoted = promotable(["destination"]);
    // A local outlet's own city, named after the headline, is where its stories mostly are.
    if (promoted < 0) promoted = promotable(["outlet"]);
    if (promoted >= 0) mentions[promoted]!.role = "location";
  }
  return mentions;
}

