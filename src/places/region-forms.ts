// How region names are written: "Luhansk Oblast" in GeoNames, "Lugansk region" at Reuters,
// "Luhansk oblast" at Ukrinform, "Луганська область" in Ukrainian, "Луганская область" in
// Russian. These rules derive the forms from a region's base name and its eponymous city's
// spellings; they are grammar, not a list of regions.

// Words GeoNames appends to first- and second-level division names.
const DIVISION_WORDS = /\s+(oblast|oblast'|region|province|kray|krai|republic|city|governorate|voivodeship|raion|rayon|district|county|parish|borough|municipality|municipio|prefecture|state|territory|okrug|autonomous okrug)$/i;

/** "Luhansk Oblast" -> "Luhansk", "Yuba County" -> "Yuba", "Kyiv City" -> "Kyiv". */
export function divisionBaseName(name: string): string {
  let base = name.trim();
  for (let i = 0; i < 2 && DIVISION_WORDS.test(base); i++) base = base.replace(DIVISION_WORDS, "");
  return base || name;
}

/** English forms of a first-level division from one Latin spelling of its name. */
export function regionForms(spelling: string, cyrillicCountry: boolean): string[] {
  const forms = [`${spelling} region`, `${spelling} province`];
  if (cyrillicCountry) forms.push(`${spelling} oblast`);
  else forms.push(`${spelling} state`);
  return forms;
}

/** Ukrainian feminine adjective of a place name, as in "Луганська область", "Харківська область". */
export function ukrainianRegionAdjective(name: string): string {
  if (/[сц]ьк$/.test(name)) return `${name}а`; // Луганськ, Донецьк
  if (/іжж[яа]$/.test(name)) return name.replace(/іжж[яа]$/, "ізька"); // Запоріжжя
  if (/[ая]$/.test(name)) {
    const stem = name.slice(0, -1);
    if (/ц$/.test(stem)) return `${stem}ька`; // Вінниця
    if (/с$/.test(stem)) return `${stem}ька`; // Одеса
    return `${stem}ська`; // Полтава
  }
  if (/и$/.test(name)) return `${name.slice(0, -1)}ська`; // Суми
  return `${name}ська`; // Харків, Київ, Херсон
}

/** Russian feminine adjective of a place name, as in "Луганская область", "Харьковская область". */
export function russianRegionAdjective(name: string): string {
  if (/[сц]к$/.test(name)) return `${name}ая`; // Луганск, Донецк
  if (/с$/.test(name)) return `${name}кая`; // Одесс
  if (/ье$/.test(name)) return `${name.slice(0, -2)}ская`; // Запорожье
  if (/[ая]$/.test(name)) {
    const stem = name.slice(0, -1);
    if (/[сц]$/.test(stem)) return `${stem}кая`; // Одесса
    return `${stem}ская`; // Полтава
  }
  if (/ы$/.test(name)) return `${name.slice(0, -1)}ская`; // Сумы
  if (/ь$/.test(name)) return `${name.slice(0, -1)}ская`; // Мариуполь
  return `${name}ская`; // Харьков, Киев, Херсон
}

/**
 * The region's noun made from its adjective, as both languages name an oblast by its centre:
 * Харківська -> Харківщина, Донецька -> Донеччина (Ukrainian); Харьковская -> Харьковщина,
 * Донецкая -> Донетчина (Russian). Null where the adjective takes no such noun.
 */
export function regionNoun(adjective: string, ukrainian: boolean): string | null {
  if (ukrainian) {
    if (/цька$/.test(adjective)) return adjective.replace(/цька$/, "ччина");
    if (/[^зц]ська$/.test(adjective)) return adjective.replace(/ська$/, "щина");
    return null;
  }
  if (/цкая$/.test(adjective)) return adjective.replace(/цкая$/, "тчина");
  if (/[^з]ская$/.test(adjective)) return adjective.replace(/ская$/, "щина");
  return null;
}

// Case endings of a feminine noun in -а: на Харківщині, з Харківщини, на Харьковщине.
const NOUN_CASES = { ukrainian: ["а", "и", "і", "у", "ою"], russian: ["а", "ы", "е", "у", "ой"] };

/** Cyrillic region forms from a Cyrillic spelling of the eponymous city: "Харківська область", "Харківщина". */
export function cyrillicRegionForms(cyrillic: string, ukrainian: boolean): string[] {
  const adjective = ukrainian ? ukrainianRegionAdjective(cyrillic) : russianRegionAdjective(cyrillic);
  const noun = regionNoun(adjective, ukrainian);
  return noun ? [`${adjective} область`, noun] : [`${adjective} область`];
}

/** The region noun's other case forms ("на Харківщині", "з Харківщини"), for finding it in text. */
export function cyrillicRegionCases(cyrillic: string, ukrainian: boolean): string[] {
  const noun = regionNoun(ukrainian ? ukrainianRegionAdjective(cyrillic) : russianRegionAdjective(cyrillic), ukrainian);
  return noun ? NOUN_CASES[ukrainian ? "ukrainian" : "russian"].slice(1).map((ending) => noun.slice(0, -1) + ending) : [];
}

/** English forms of a second-level division: "Yuba County", "Nikopol district", "Nikopol raion". */
export function districtForms(fullName: string, cyrillicCountry: boolean): string[] {
  const base = divisionBaseName(fullName);
  if (/county$/i.test(fullName)) return [fullName, `${base} Co.`];
  if (/parish$/i.test(fullName)) return [fullName];
  if (cyrillicCountry) return [fullName, `${base} district`, `${base} raion`, `${base} rayon`];
  return [fullName, `${base} district`];
}
