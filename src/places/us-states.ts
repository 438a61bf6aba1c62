// US state abbreviations as news copy writes them after a town ("Tulsa, Okla.", "Durham, N.C.",
// "Reno, NV"): AP style and USPS codes. GeoNames files US states under the USPS code.

/** AP-style abbreviations (folded: no dots, lower case) to USPS codes. */
const AP_STYLE: Record<string, string> = {
  ala: "AL", ariz: "AZ", ark: "AR", calif: "CA", cal: "CA", colo: "CO", conn: "CT", del: "DE", fla: "FL", ga: "GA",
  ill: "IL", ind: "IN", kan: "KS", kans: "KS", ky: "KY", la: "LA", md: "MD", mass: "MA", mich: "MI", minn: "MN",
  miss: "MS", mo: "MO", mont: "MT", neb: "NE", nebr: "NE", nev: "NV", nh: "NH", nj: "NJ", nm: "NM", ny: "NY",
  nc: "NC", nd: "ND", okla: "OK", ore: "OR", oreg: "OR", pa: "PA", penn: "PA", ri: "RI", sc: "SC", sd: "SD",
  tenn: "TN", tex: "TX", vt: "VT", va: "VA", wash: "WA", wva: "WV", wis: "WI", wisc: "WI", wyo: "WY", dc: "DC",
};

const USPS = new Set(
  "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split(" "),
);

// An abbreviation as it follows a comma: "Okla.", "N.C.", "W.Va.", or a two-letter code "OK";
// in a dateline also without its dot ("ROBERTSON COUNTY, Ky (LEX 18)").
export const STATE_ABBREVIATION = /^,\s*((?:[A-Z][a-z]{1,4}\.)|(?:[A-Z]\.\s?[A-Z][a-z]?\.)|(?:W\.\s?Va\.)|(?:[A-Z]{2})(?![\w.])|(?:[A-Z][a-z]{1,4})(?=\s*\(|\s*[—–]|\s+-\s))/;

/** USPS code for an abbreviation as written ("Okla." -> "OK", "N.C." -> "NC", "TX" -> "TX"), or null. */
export function stateCode(abbreviation: string): string | null {
  const compact = abbreviation.replace(/[.\s]/g, "");
  if (compact.length === 2 && compact === compact.toUpperCase() && USPS.has(compact)) return compact;
  return AP_STYLE[compact.toLowerCase()] ?? null;
}
