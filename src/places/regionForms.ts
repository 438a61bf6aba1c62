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

/** Cyrillic region forms from a Cyrillic spelling of the eponymous city. */
export function cyrillicRegionForms(cyrillic: string, ukrainian: boolean): string[] {
  const adjective = ukrainian ? ukrainianRegionAdjective(cyrillic) : russianRegionAdjective(cyrillic);
  return [`${adjective} область`];
}

/** English forms of a second-level division: "Yuba County", "Nikopol district", "Nikopol raion". */
export function districtForms(fullName: string, cyrillicCountry: boolean): string[] {
  const base = divisionBaseName(fullName);
  if (/county$/i.test(fullName)) return [fullName, `${base} Co.`];
  if (/parish$/i.test(fullName)) return [fullName];
  if (cyrillicCountry) return [fullName, `${base} district`, `${base} raion`, `${base} rayon`];
  return [fullName, `${base} district`];
}
