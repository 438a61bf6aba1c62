// Places news names often that the gazetteer lacks, laid over it like an editor's places:
// a region spanning two oblasts (Donbas: "fighting in Donbas" names no single oblast), towns
// emptied below cities500's 500 inhabitants (Chornobyl, Prypiat), and a landmark reports use
// as the place itself ("the siege of Azovstal", "strikes on Snake Island"), and the names the
// Russian-installed administrations give two oblasts (DPR, LPR: reports "in the DPR" are in the
// Donetsk oblast). Coordinates are the places' centres (Donbas: between the Donetsk and Luhansk
// oblasts); an editor's places.yml can still correct them.
import type { OverlayPlace } from "./editor.js";

export const SUPPLEMENT: OverlayPlace[] = [
  {
    name: "Donbas",
    aliases: ["Donbass", "Donets Basin", "Донбас", "Донбасс"],
    lat: 48.3,
    lon: 38.6,
    admin1: null,
    country: "UA",
    region: true,
    spans: ["Donetsk Oblast", "Luhansk Oblast"],
    origin: "gazetteer",
  },
  {
    name: "Chornobyl",
    aliases: ["Chernobyl", "Chornobil", "Чорнобиль", "Чернобыль"],
    lat: 51.27,
    lon: 30.22,
    admin1: "Kyiv",
    country: "UA",
    origin: "gazetteer",
  },
  {
    name: "Prypiat",
    aliases: ["Pripyat", "Pripiat", "Прип'ять", "Припять"],
    lat: 51.4,
    lon: 30.05,
    admin1: "Kyiv",
    country: "UA",
    origin: "gazetteer",
  },
  {
    name: "Azovstal",
    aliases: ["Azovstal steelworks", "Азовсталь"],
    lat: 47.1,
    lon: 37.6,
    admin1: "Donetsk",
    country: "UA",
    origin: "gazetteer",
  },
  {
    name: "Zmiinyi Island",
    aliases: ["Snake Island", "Zmiinyi", "Zmeiny Island", "Зміїний", "острів Зміїний", "Змеиный"],
    lat: 45.255,
    lon: 30.204,
    admin1: "Odesa",
    country: "UA",
    origin: "gazetteer",
  },
  {
    name: "Donetsk People's Republic",
    aliases: ["Donetsk People’s Republic", "Donetsk republic", "DPR", "DNR", "ДНР", "Донецкая Народная Республика", "Донецька народна республіка"],
    lat: 0,
    lon: 0,
    admin1: "Donetsk",
    country: "UA",
    namesAdmin1: true,
  },
  {
    name: "Luhansk People's Republic",
    aliases: ["Lugansk People's Republic", "Luhansk People’s Republic", "Lugansk People’s Republic", "Lugansk republic", "Luhansk republic", "LPR", "LNR", "ЛНР", "Луганская Народная Республика", "Луганська народна республіка"],
    lat: 0,
    lon: 0,
    admin1: "Luhansk",
    country: "UA",
    namesAdmin1: true,
  },
];

const SPANNED_REGIONS = new Map(SUPPLEMENT.filter((p) => p.spans).map((p) => [`${p.country}|${p.name}`, p.spans!.map((region) => region.replace(/\s+Oblast$/, ""))]));

/** The regions (their admin1 names) a place of the supplement spans ("Donbas": Donetsk, Luhansk), or null. */
export function regionsSpanned(place: { name: string; country: string | null }): string[] | null {
  return SPANNED_REGIONS.get(`${place.country}|${place.name}`) ?? null;
}
