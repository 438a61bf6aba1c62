// The scanner's shared vocabulary: what it needs of the place index, the record it keeps of every
// name it meets (a Found), and the word classes every phase consults. The phases: collect.ts
// (names and what the sentence says of them), resolve.ts (readings in the light of the whole
// article), mentions.ts (incident location or mere mention), light.ts (the build-wide pass).
import type { CollectionPrior } from "../context.js";
import { foldName } from "../fold.js";
import { PlaceLevel } from "../gazetteer/tables.js";
import { divisionBaseName } from "../region-forms.js";
import type { Candidate, Gazetteer, Lookup } from "../gazetteer/gazetteer.js";
import type { OutletHomes } from "../outlets.js";
import type { Usage } from "../roles.js";
import type { Span } from "../spans.js";
import type { PlaceDensity } from "./light.js";

/** What the scanner needs from the place index. */
export interface ScanIndex {
  gazetteer: Gazetteer;
  lookup(key: string): Lookup | null;
  /** Is this folded key an acronym that names a place ("DPR")? */
  isPlaceAcronym(key: string): boolean;
  usStateRow(code: string): number;
  /** Countries the build's articles are about (see primeCollection), or null before priming. */
  collection: CollectionPrior | null;
  /** Where the build's outlets report from (see outlets.ts), or null before priming. */
  outlets: OutletHomes | null;
  /** Where the build's news happens (see PlaceDensity), or null before priming. */
  density: PlaceDensity | null;
}

// Every field is set when a Found is made (spanFound, textFound), none added later: objects of one
// shape keep V8's optimised code for the scanner's hot functions (see Candidate in gazetteer.ts).
export interface Found {
  passage: number;
  isTitle: boolean;
  start: number;
  end: number;
  surface: string;
  /** The gazetteer span; null for a name only the text's cues make a place. */
  span: Span | null;
  usage: Usage;
  /** Rows of the region, district or country stated with the name. */
  qualifiers: number[];
  /** This name is itself the qualifier of another ("Nikopol in the Dnipropetrovsk region"). */
  qualifies: boolean;
  /** The name that stated this one's region ("Jackson County" in "Delia in Jackson County"). */
  qualifiedBy: Found | null;
  candidates: Candidate[];
  priors: number[];
  firstGuess: number;
  confident: boolean;
  chosen: number;
  score: number;
  /** For text places: where the text puts them. */
  distance: { fromRow: number; km: number; bearing: number } | null;
  /** A text place with only a scene word for evidence: kept only inside the article's one region. */
  needsRegion: boolean;
}

/** The rows of these candidates: an array of small integers, as every qualifier list is (see text/packed.ts). */
export function rowsOf(candidates: readonly Candidate[]): number[] {
  const rows: number[] = [];
  for (let i = 0; i < candidates.length; i++) rows.push(candidates[i]!.row);
  return rows;
}

// Words that make a name a division's: "Donetsk region", "Yuba County", "Донецька область", and the
// region nouns of Ukrainian and Russian ("Донеччина", "Kharkivshchyna", "Харьковщина"), in any case.
export const DIVISION_WORD = /(?:^|\s)(?:region|oblast|district|raion|rayon|county|province|state|parish|krai|kray|territory|co|hromada|community|область|области|області|район|громада)$|(?:shchyn|chchyn|щин|ччин|тчин)[aiuyіеыою]{1,2}$/;
// Days, months and holidays ("a Christmas Day shooting" is not in Christmas, Florida).
export const CALENDAR_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|thanksgiving|halloween)$/;
// Compass words name parts of places ("East Oakland", "South Side"), never a place alone.
export const COMPASS_WORD = /^(?:north|south|east|west|central|northern|southern|eastern|western|northeast|northwest|southeast|southwest|middle|upper|lower|greater|inner|outer)$/;
// Usages that say nothing about the article's geography.
export const SILENT: ReadonlySet<Usage> = new Set(["person", "street", "thing", "vessel", "organisation", "neighbourhood"]);
export const TEXT_PLACE_SCORE = 5;

/** The text puts the incident here: a location cue or a dateline. */
export function isScene(usage: Usage): boolean {
  return usage === "location" || usage === "dateline";
}

// A town this big has districts of its own.
export const CITY_WITH_DISTRICTS = 50_000;
// A name read as a district: "Kyivskyi district", "Київському районі", "Шевченковский район".
export const DISTRICT_WORD = /(?:^|\s)(?:district|raion|rayon|район\p{L}{0,2})$/u;

/**
 * A district of a city (GeoNames files a city's raions as districts or sections, "Kyivskyi
 * District", "Saltivskyi district") rather than a rural raion or hromada, which is named after
 * its town ("Bakhmut Raion"): no town of its name lies in its oblast.
 */
export function isCityPart(row: number, index: ScanIndex): boolean {
  const g = index.gazetteer;
  if (g.record(row).featureCode === "PPLX") return true;
  if (g.level(row) !== PlaceLevel.District) return false;
  const base = divisionBaseName(g.record(row).name);
  const admin1 = g.admin1Row(row);
  return !index.lookup(foldName(base))?.candidates.some((c) => g.level(c.row) === PlaceLevel.Populated && g.record(c.row).featureCode !== "PPLX" && g.admin1Row(c.row) === admin1);
}
