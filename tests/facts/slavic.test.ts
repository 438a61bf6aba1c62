// The Ukrainian and Russian grammar on sentences written for the test: casualty claims with number
// words in their case forms, types, means, attribution and dates.
import { describe, expect, it } from "vitest";
import type { Passage } from "../../src/model.js";
import { findSlavicAttribution } from "../../src/facts/slavic/attribution.js";
import { findSlavicCasualtyClaims } from "../../src/facts/slavic/claims.js";
import { findSlavicDateCues } from "../../src/facts/slavic/dates.js";
import { findSlavicMeans } from "../../src/facts/slavic/means.js";
import { decideIncidentType, findTypeCues } from "../../src/facts/incident-types.js";

const passage = (text: string, index = 0): Passage => ({ index, paragraph: index, text, isTitle: index === 0 });
const claims = (text: string, lang: "uk" | "ru") =>
  findSlavicCasualtyClaims(passage(text), lang).map((c) => `${c.kind} ${c.qualifier === "exact" ? "" : `${c.qualifier} `}${c.value}${c.revision ? " (revision)" : ""}`);

describe("casualty claims", () => {
  it.each([
    ["uk", "Ракетний удар по Луганську: загинули четверо людей", ["killed 4"]],
    ["uk", "Унаслідок атаки 43 людини отримали поранення", ["injured 43"]],
    ["uk", "Кількість поранених у Луганську зросла до 46", ["injured 46 (revision)"]],
    ["uk", "Загинули сорок шість людей, ще двоє зникли безвісти", ["killed 46", "missing 2"]],
    ["uk", "Серед загиблих чотирьох людей є дитина", ["killed 4"]],
    ["uk", "У Нікополі загинула 71-річна жінка", ["killed 1"]],
    ["uk", "Щонайменше 12 людей поранені внаслідок обстрілу", ["injured at least 12"]],
    ["ru", "Погибли 4 человека, ранены более 40", ["killed 4", "injured over 40"]],
    ["ru", "В результате удара погибли четыре человека", ["killed 4"]],
    ["ru", "В Никополе погибла 71-летняя женщина", ["killed 1"]],
    ["ru", "За медицинской помощью обратились 46 человек", ["injured 46"]],
    ["ru", "Число раненых возросло до 15", ["injured 15 (revision)"]],
    ["uk", "Жертвами нічної атаки стали четверо мешканців", ["killed 4"]],
  ] as const)("%s: %s", (lang, text, expected) => {
    expect(claims(text, lang)).toEqual(expected);
  });

  it.each([
    // Dates, ages, weapons and years are not counts of people.
    ["uk", "7 червня окупанти випустили 5 ракет по місту", []],
    ["ru", "Удар 2023 года по складу", []],
    // A war's tally is not an incident's figure.
    ["uk", "З початку вторгнення загинули 540 дітей", []],
    ["ru", "За сутки погибли 12 военных", []],
  ] as const)("no claim: %s: %s", (lang, text, expected) => {
    expect(claims(text, lang)).toEqual(expected);
  });
});

describe("types and means", () => {
  const typeOf = (text: string, lang: "uk" | "ru") => decideIncidentType(findTypeCues(passage(text), lang));
  it.each([
    ["uk", "Ракетний удар по Луганську", "missile strike"],
    ["uk", "Окупанти обстріляли Нікополь з артилерії", "shelling"],
    ["uk", "Дрони-камікадзе «Шахед» атакували Одесу", "drone strike"],
    ["uk", "Ворог вдарив КАБами по Харкову", "airstrike"],
    ["uk", "Вибухи у Мелітополі", "explosion"],
    ["uk", "Удар по нафтобазі в Дубні", "strike"],
    ["ru", "Ракетный удар по Луганску", "missile strike"],
    ["ru", "Обстрел Никополя из артиллерии", "shelling"],
    ["ru", "БПЛА атаковали нефтебазу", "drone strike"],
    ["ru", "Армия РФ атаковала аэродром под Киевом", "strike"],
    // Drones shot down are no drone strike.
    ["uk", "Над Києвом збили 12 дронів", "other"],
  ] as const)("%s: %s -> %s", (lang, text, type) => {
    expect(typeOf(text, lang)).toBe(type);
  });

  it("names means in the site's words, the specific one hiding its generic kin", () => {
    expect(findSlavicMeans(passage("Росія атакувала місто «Шахедами» і балістичними ракетами"), "uk").map((m) => m.means)).toEqual(["ballistic missile", "Shahed drone"]);
    expect(findSlavicMeans(passage("Обстрел из РСЗО «Град»"), "ru").map((m) => m.means)).toEqual(["MLRS"]);
  });

  // Known gap: the Slavic grammar names means but does not count a salvo (the English one does).
  it.fails("counts a salvo: 'випустила п'ять ракет ATACMS' is five ATACMS missiles", () => {
    expect(findSlavicMeans(passage("ЗСУ випустили п'ять ракет ATACMS по Луганську"), "uk").map((m) => m.count)).toEqual([5]);
  });
});

describe("attribution", () => {
  it.each([
    ["uk", "У Харкові поранені троє людей, повідомив голова ОВА Олег Синєгубов", "голова ОВА Олег Синєгубов"],
    ["uk", "За даними ДСНС, пожежу ліквідовано", "ДСНС"],
    ["ru", "Об этом заявили в Минобороны РФ", "Минобороны РФ"],
    ["ru", "Погибли 4 человека, сообщил глава республики Леонид Пасечник.", "глава республики Леонид Пасечник"],
    ["uk", "Росія вдарила по аеродрому – Генштаб", "Генштаб"],
  ] as const)("%s: %s", (lang, text, who) => {
    expect(findSlavicAttribution(text, lang)).toBe(who);
  });
});

describe("dates, relative to publication on Saturday 8 June 2024", () => {
  const dateOf = (text: string, lang: "uk" | "ru") => findSlavicDateCues([passage(text)], "2024-06-08", lang)[0]?.date.date ?? null;
  it.each([
    ["uk", "У п'ятницю ракета влучила в будинок", "2024-06-07"],
    ["uk", "Вчора ввечері пролунали вибухи", "2024-06-07"],
    ["uk", "7 червня окупанти обстріляли місто", "2024-06-07"],
    ["ru", "В ночь на 7 июня беспилотники атаковали город", "2024-06-07"],
    ["ru", "Сегодня ночью прогремели взрывы", "2024-06-08"],
    // Sunday is the coming day: the report means the last one.
    ["uk", "У неділю ворог атакував село", "2024-06-02"],
    // A date ahead of publication is no event date.
    ["ru", "Суд назначен на 20 июня", null],
  ] as const)("%s: %s -> %s", (lang, text, date) => {
    expect(dateOf(text, lang)).toBe(date);
  });
});
