// The Place for a name the gazetteer lacks, from what the text says about it: a distance and
// bearing from a known place (precision "approximate"), the region or state stated with it
// (precision "region", at the region's centre), or only the article's country ("country").
import { placeSlug } from "./slug.js";
import type { Place, PlacePrecision } from "../model.js";
import { offsetPoint } from "./cues.js";
import type { Gazetteer } from "./gazetteer/gazetteer.js";
import { divisionBaseName } from "./region-forms.js";

export interface TextPlaceFacts {
  surface: string;
  /** Offset from a known place ("25 km southwest of Donetsk"). */
  distance: { fromRow: number; km: number; bearing: number } | null;
  /** The region, district or state stated with the name. */
  regionRow: number | null;
  /** The article's country, when nothing closer is known. */
  countryRow: number | null;
}

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });

/** "PARASKOVIIVKA" -> "Paraskoviivka"; mixed case is kept as written. */
function displayName(surface: string): string {
  if (surface !== surface.toUpperCase()) return surface;
  return surface.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

export function textPlace(g: Gazetteer, facts: TextPlaceFacts): Place | null {
  const name = displayName(facts.surface);
  let precision: PlacePrecision;
  let lat: number;
  let lon: number;
  let within: number;
  if (facts.distance) {
    const from = facts.distance.fromRow;
    ({ lat, lon } = offsetPoint(g.lat(from), g.lon(from), facts.distance.km, facts.distance.bearing));
    precision = "approximate";
    within = from;
  } else if (facts.regionRow !== null) {
    lat = g.lat(facts.regionRow);
    lon = g.lon(facts.regionRow);
    precision = "region";
    within = facts.regionRow;
  } else if (facts.countryRow !== null) {
    lat = g.lat(facts.countryRow);
    lon = g.lon(facts.countryRow);
    precision = "country";
    within = facts.countryRow;
  } else {
    return null;
  }
  // A stated region names the admin area even when the point comes from a distance.
  if (facts.regionRow !== null) within = facts.regionRow;
  const country = g.country(within) || null;
  const admin1Row = precision === "country" ? -1 : g.admin1Row(within);
  const admin1Record = admin1Row >= 0 ? g.record(admin1Row) : null;
  const admin1 = admin1Record ? divisionBaseName(admin1Record.name) : null;
  // A point 25 km off its reference town may lie in another district: name none.
  const admin2Row = precision === "region" ? g.admin2Row(within) : -1;
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    slug: placeSlug(name, admin1, country),
    name,
    admin1,
    admin2: admin2Row >= 0 ? g.record(admin2Row).name : null,
    country,
    countryName: country ? (countryNames.of(country) ?? country) : null,
    lat: round(lat),
    lon: round(lon),
    geonameId: null,
    precision,
    aliases: name !== facts.surface ? [facts.surface] : [],
    admin1Aliases: admin1Record ? [admin1Record.name, ...admin1Record.aliases] : [],
    origin: "text",
  };
}
