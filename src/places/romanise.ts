// Romanisations of Cyrillic place names, the way outlets write them: the Ukrainian national
// system (cyrillic-to-translit-js "uk": Луганськ -> Luhansk, Київ -> Kyiv) for Ukrainian
// spellings, and the Russian schemes newsrooms use (iuliia: Луганск -> Lugansk,
// Запорожье -> Zaporozhye / Zaporozhe, Авдеевка -> Avdeyevka / Avdeevka).
import { createRequire } from "node:module";
import { BGN_PCGN, ICAO_DOC_9303, MOSMETRO, MVD_782, translate, WIKIPEDIA, YANDEX_MAPS } from "iuliia";

// A CommonJS function export whose typings claim an ES default export: load it as what it is.
type CyrillicToTranslit = (config: { preset: "ru" | "uk" | "mn" }) => { transform(input: string): string };
const cyrillicToTranslit = createRequire(import.meta.url)("cyrillic-to-translit-js") as CyrillicToTranslit;
const ukrainian = cyrillicToTranslit({ preset: "uk" });

// Wikipedia and BGN/PCGN are what English-language wires follow; Mosmetro, Yandex Maps, ICAO
// (passports) and MVD 782 cover the "-ye"/"-e", "-iy"/"-yi", "ya"/"ia" variants.
const RUSSIAN_SCHEMES = [WIKIPEDIA, BGN_PCGN, MOSMETRO, YANDEX_MAPS, ICAO_DOC_9303, MVD_782];

/** Countries whose place names are natively Cyrillic; elsewhere a Cyrillic alternate is an exonym. */
export const CYRILLIC_COUNTRIES = new Set(["UA", "RU", "BY", "KZ", "KG", "TJ", "MN", "BG", "MD"]);

const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/;
const RUSSIAN_ONLY = /[ыэъёЫЭЪЁ]/;

/** Latin spellings of a Cyrillic name (may include the same spelling twice; callers fold and dedupe). */
export function romanise(cyrillic: string): string[] {
  const out: string[] = [];
  const ukrainianSpelling = UKRAINIAN_ONLY.test(cyrillic);
  const russianSpelling = RUSSIAN_ONLY.test(cyrillic);
  if (!russianSpelling) out.push(ukrainian.transform(cyrillic));
  if (!ukrainianSpelling) for (const schema of RUSSIAN_SCHEMES) out.push(translate(cyrillic, schema));
  return out;
}

/**
 * The romanisations GeoNames files most of Ukraine's names under, one per spelling: the national
 * system for a Ukrainian spelling, BGN/PCGN for a Russian one ("Спорное" -> Spornoye), both when
 * the letters do not tell. For looking a word up, where every scheme of romanise() would cost
 * seven times as much for the few spellings the others add.
 */
export function gazetteerRomanisations(cyrillic: string): string[] {
  const out: string[] = [];
  if (!RUSSIAN_ONLY.test(cyrillic)) out.push(ukrainian.transform(cyrillic));
  if (!UKRAINIAN_ONLY.test(cyrillic)) out.push(translate(cyrillic, BGN_PCGN));
  return out;
}
