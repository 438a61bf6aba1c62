// data/incidents.csv: one row per incident (columns in rows.ts), RFC 4180 quoting by
// csv-stringify. A text cell that begins with =, +, - or @ (or a tab or carriage return) would be
// run as a formula by a spreadsheet (CSV injection, OWASP); such cells get a leading apostrophe.
// Numbers are written by the digest itself, never taken from article text, so they stay numbers
// (a negative longitude is data, not a formula).
import { stringify } from "csv-stringify/sync";
import type { Digest } from "../../model.js";
import { incidentRow, ROW_COLUMNS } from "./rows.js";

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  return neutraliseFormula(value);
}

export function incidentsCsv(digest: Digest): string {
  const rows = digest.incidents.map((incident) => {
    const row = incidentRow(incident);
    return ROW_COLUMNS.map((column) => cell(row[column]));
  });
  return stringify([[...ROW_COLUMNS], ...rows], { record_delimiter: "\r\n" });
}
