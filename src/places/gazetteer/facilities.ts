// Facilities reports name as the scene, and the forms outlets write them in: "Zaporizhia Nuclear
// Power Plant" (GeoNames) is also "the Zaporizhzhia nuclear plant", "Zaporizhzhia NPP", "the
// ZNPP"; "Kharkiv International Airport" is "Kharkiv airport". Grammar over GeoNames' own names,
// not a list of facilities.

export type FacilityKind = "nuclear plant" | "hydroelectric plant" | "airport" | "dam" | "bridge";

/** The kind of a facility row, or null for the kinds reports do not name as a scene (substations, stations). */
export function facilityKind(featureCode: string, name: string): FacilityKind | null {
  if (/^(?:PS|PSN)$/.test(featureCode) && /\bnuclear\b/i.test(name) && !/switchyard|block/i.test(name)) return "nuclear plant";
  if (featureCode === "PSH" || (featureCode === "PS" && /\bhydro/i.test(name))) return "hydroelectric plant";
  if (/^AIR[PBF]$/.test(featureCode)) return "airport";
  if (featureCode === "DAM") return "dam";
  if (featureCode === "BDG" && !/\(historical\)/i.test(name)) return "bridge";
  return null;
}

const KIND_WORDS: Record<FacilityKind, RegExp> = {
  "nuclear plant": /\s+nuclear\s+power\s+(?:plant|station)$/i,
  "hydroelectric plant": /\s+(?:hydroelectric\s+)?(?:hydro\s*)?(?:power\s+)?(?:plant|station)$/i,
  airport: /\s+(?:international\s+)?(?:airport|airfield|air\s+base)$/i,
  dam: /\s+dam$/i,
  bridge: /\s+bridge$/i,
};

const FORMS: Record<FacilityKind, string[]> = {
  // Wires call a nuclear plant by its town's name and "power plant" alone ("the Zaporizhzhia power
  // plant"): the forms are filed only under the names of towns a nuclear plant is named after.
  // ... and "nuclear station", "nuclear facility", or "atomic" for "nuclear" as Russian-based copy writes it.
  "nuclear plant": ["nuclear power plant", "nuclear plant", "nuclear power station", "nuclear station", "nuclear facility", "atomic power plant", "atomic plant", "power plant", "power station", "NPP"],
  "hydroelectric plant": ["hydroelectric power plant", "hydroelectric plant", "hydropower plant", "HPP", "dam"],
  airport: ["airport", "international airport", "airfield"],
  dam: ["dam"],
  bridge: ["bridge"],
};

/** The lower-case words of every facility form ("nuclear", "station", "hydropower"): they continue a place name in the text (spans.ts). */
export const FACILITY_FORM_WORDS: ReadonlySet<string> = new Set(
  Object.values(FORMS)
    .flat()
    .flatMap((form) => form.split(" "))
    .filter((word) => word === word.toLowerCase()),
);

/**
 * The name a facility is called after ("Zaporizhia" in "Zaporizhia Nuclear Power Plant"; the town
 * in "Kyiv Boryspil International Airport" is its first word), the forms to file it under, and
 * the acronym's tail ("NPP": the ZNPP).
 */
export function facilityForms(kind: FacilityKind, name: string): { base: string | null; forms: string[]; acronym: string | null } {
  const stripped = name.replace(KIND_WORDS[kind], "").replace(/\s*\/.*$/, "").trim();
  const base = stripped && stripped !== name ? stripped : null;
  return { base, forms: FORMS[kind], acronym: kind === "nuclear plant" ? "NPP" : null };
}
