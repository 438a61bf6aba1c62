// Ukraine from the derived GeoNames dump (derived.ts): display names in the modern Ukrainian
// romanisation, the names an oblast, raion or hromada is written with, and which rows are what.
// GeoNames still spells many names in the 1996 system ("Zaporizhzhya", "Mykolayiv",
// "Slovyansk"); outlets and Ukraine's own bodies write the 2010 national system ("Zaporizhzhia",
// "Mykolaiv", "Sloviansk"), which is the romanisation of the place's Ukrainian name.
import { createRequire } from "node:module";
import { foldName } from "../fold.js";
import { looseKey } from "../variants.js";
import type { DerivedRow } from "./derived.js";

type CyrillicToTranslit = (config: { preset: "uk" }) => { transform(input: string): string };
const ukrainianTranslit = (createRequire(import.meta.url)("cyrillic-to-translit-js") as CyrillicToTranslit)({ preset: "uk" });

const RUSSIAN_ONLY = /[ыэъёЫЭЪЁ]/;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN_NAME = /^[\p{Script=Latin}\s'’ʼ.-]+$/u;

/** The national (2010) romanisation of a Ukrainian spelling, stress marks dropped ("Караджи́"). */
export function nationalRomanisation(ukrainian: string): string {
  // Only the stress accent: й and ї carry marks that are part of the letter.
  return ukrainianTranslit.transform(ukrainian.normalize("NFC").replace(/[\u0301\u0300]/g, ""));
}

const loose = (s: string) => looseKey(foldName(s));

const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/;

/**
 * GeoNames' 1996-system spelling in the 2010 system, where the two differ only in how they write
 * я, ю, є, ї and -ий inside a word: "Makiyivka" -> "Makiivka", "Berdyanske" -> "Berdianske",
 * "Kryvyy" -> "Kryvyi". Used only to confirm a Cyrillic name without Ukrainian letters.
 */
function from1996System(name: string): string {
  return name
    .replace(/['’ʼ`]/g, "")
    .replace(/(?<=\p{L})yi/gu, "i")
    .replace(/(?<=\p{L})y([aeu])/gu, "i$1")
    .replace(/(?<=\p{L})[yi]y\b/gu, "yi");
}

/**
 * The name to show: the national romanisation of the place's Ukrainian name, when one of its
 * Cyrillic names romanises to (a variant of) GeoNames' own name; else GeoNames' own name. The
 * Cyrillic name must be Ukrainian: spelt with letters only Ukrainian has (і, ї, є, ґ), or giving
 * exactly GeoNames' spelling moved to the 2010 system ("Бердянське"; not Crimea's Russian
 * "Золотое", which would give "Zolotoe").
 */
export function ukrainianDisplayName(row: Pick<DerivedRow, "name" | "alternates">): string {
  const own = loose(row.name);
  if (own === null) return row.name;
  const moved = foldName(from1996System(row.name));
  const ukrainian = new Set<string>();
  const confirmed = new Set<string>();
  for (const alternate of row.alternates) {
    if (!CYRILLIC.test(alternate) || RUSSIAN_ONLY.test(alternate)) continue;
    const latin = nationalRomanisation(alternate);
    if (!LATIN_NAME.test(latin) || loose(latin) !== own) continue;
    if (foldName(latin) === foldName(row.name)) return row.name;
    if (UKRAINIAN_ONLY.test(alternate)) ukrainian.add(latin);
    else if (foldName(latin) === moved) confirmed.add(latin);
  }
  // Of several Ukrainian spellings ("Запоріжжя", the rarer "Запоріжя"), the one GeoNames' own
  // spelling moved to the 2010 system gives, else the first GeoNames lists.
  const inUkrainian = [...ukrainian];
  if (inUkrainian.length > 0) return inUkrainian.find((latin) => foldName(latin) === moved) ?? inUkrainian[0]!;
  return confirmed.size === 1 ? [...confirmed][0]! : row.name;
}

export const isPopulated = (row: DerivedRow) => row.featureClass === "P";
export const isAdmin = (row: DerivedRow, level: 1 | 2 | 3) => row.featureClass === "A" && row.featureCode === `ADM${level}`;
export const isFacility = (row: DerivedRow) => row.featureClass === "S";

// Feature codes GeoNames gives places that no longer stand as they were: historical, abandoned,
// destroyed. They stay matchable (destroyed villages are still news locations) but lose ties.
export const NON_CURRENT_CODES = new Set(["PPLH", "PPLQ", "PPLW"]);

// Words that say an alternate names the division, not its centre: only such alternates are filed
// for admin rows ("Donetsk Oblast", "Донецька область", "Kyivshchyna"), so a bare town name
// never reads as its raion or hromada.
const DIVISION_ALTERNATE = /\b(?:oblast|oblast'|region|raion|rayon|rajon|hromada|community|district|okrug|okruh|municipality)\b|(?:область|район|громада|округ|shchyna|chchyna|щина|ччина)/iu;

export function divisionAlternates(row: DerivedRow): string[] {
  return row.alternates.filter((a) => DIVISION_ALTERNATE.test(a));
}

// Adjective endings (on loose keys) that make an oblast's name from its centre's: Donetsk ->
// Donetska, Lviv -> Lvivska, Sumy -> Sumska, Odesa -> Odeska.
const OBLAST_ADJECTIVE = /^(?:s?ka|s?ki|a|i)?$/;

/**
 * The oblast's name as the press and Ukraine write it ("Donetsk", "Zaporizhzhia", "Odesa",
 * "Volyn", "Kyiv City", "Crimea"), from its GeoNames name ("Donetska Oblast", "Zaporizhzhya
 * Oblast", "Odeska Oblast", "Volynska Oblast", "Misto Kyiv", "Autonomous Republic of Crimea")
 * and its capital's display name: the capital's when the oblast is named after it.
 */
export function oblastDisplayName(geonamesName: string, capital: string | null): string {
  const trimmed = geonamesName.trim();
  if (/^autonomous republic of /i.test(trimmed)) return trimmed.replace(/^autonomous republic of /i, "");
  const cityRegion = /^misto\s+/i.test(trimmed) || /\s+city$/i.test(trimmed);
  const base = trimmed.replace(/^misto\s+/i, "").replace(/\s+(?:oblast|city)$/i, "");
  if (capital) {
    const capitalKey = (loose(capital) ?? "").replace(/[aeiouy]$/, "");
    const baseKey = loose(base) ?? "";
    if (cityRegion) return `${capital} City`;
    if (capitalKey.length >= 3 && baseKey.startsWith(capitalKey) && OBLAST_ADJECTIVE.test(baseKey.slice(capitalKey.length))) return capital;
  }
  if (cityRegion) return `${base} City`;
  // "Volynska" -> "Volyn": the adjective's noun, when the oblast is not named after its centre.
  return base.replace(/s?ka$/i, "") || base;
}
