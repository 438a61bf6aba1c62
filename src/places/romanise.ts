// Romanisations of Cyrillic place names, the way outlets write them: the Ukrainian national
// system (cyrillic-to-translit-js "uk": Луганськ -> Luhansk, Київ -> Kyiv) for Ukrainian
// spellings, and the Russian schemes newsrooms use (iuliia: Луганск -> Lugansk,
// Запорожье -> Zaporozhye / Zaporozhe, Авдеевка -> Avdeyevka / Avdeevka).
import cyrillicToTranslit from "cyrillic-to-translit-js";
import iuliia from "iuliia";

const ukrainian = cyrillicToTranslit({ preset: "uk" });

// Wikipedia and BGN/PCGN are what English-language wires follow; Mosmetro, Yandex Maps, ICAO
// (passports) and MVD 782 cover the "-ye"/"-e", "-iy"/"-yi", "ya"/"ia" variants.
const RUSSIAN_SCHEMES = [iuliia.WIKIPEDIA, iuliia.BGN_PCGN, iuliia.MOSMETRO, iuliia.YANDEX_MAPS, iuliia.ICAO_DOC_9303, iuliia.MVD_782];

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
  if (!ukrainianSpelling) for (const schema of RUSSIAN_SCHEMES) out.push(iuliia.translate(cyrillic, schema));
  return out;
}
