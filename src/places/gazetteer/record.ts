// One place's strings, stored as a single delimited record in the tables' text and decoded only
// for the few places a build actually meets.

export interface PlaceRecord {
  name: string;
  country: string;
  /** The division's display name ("Luhansk", "California"), "" when unknown. */
  admin1: string;
  admin2: string;
  featureCode: string;
  slug: string;
  /** Other spellings, Latin and Cyrillic, for display and search. */
  aliases: string[];
}

const FIELD = "\u0001";
const ITEM = "\u0002";

export function encodeRecord(record: PlaceRecord): string {
  const clean = (s: string) => (s.includes(FIELD) || s.includes(ITEM) ? s.replaceAll(FIELD, " ").replaceAll(ITEM, " ") : s);
  const fields = [record.name, record.country, record.admin1, record.admin2, record.featureCode, record.slug].map(clean);
  return [...fields, record.aliases.map(clean).join(ITEM)].join(FIELD);
}

export function decodeRecord(text: string): PlaceRecord {
  const [name = "", country = "", admin1 = "", admin2 = "", featureCode = "", slug = "", aliases = ""] = text.split(FIELD);
  return { name, country, admin1, admin2, featureCode, slug, aliases: aliases ? aliases.split(ITEM) : [] };
}
