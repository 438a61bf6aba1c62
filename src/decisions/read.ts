// Reading <content>/decisions.yml: an editor's corrections to grouping and facts. Every entry is
// checked for shape here (ids, dates, figures, types); references to articles and incidents are
// checked against the build in apply.ts. A bad entry becomes a rejection naming the file, its
// line and the reason; it is never silently ignored.
//
//   same:        # these describe one incident
//     - articles: [article-id, article-id]      (or incidents: [incident-id, ...], or both)
//       note: why (optional, shown on the incident page)
//   different:   # these are different incidents (splits an incident the build made)
//     - articles: [article-id, article-id]
//   hide:        # leave these articles out of every incident
//     - article: article-id
//       note: why
//   set:         # correct an incident's facts; name it by incident id or by one of its articles
//     - incident: incident-id                   (or article: article-id, its primary incident)
//       type: shelling
//       date: 2024-06-07
//       place: Nikopol, Ukraine                 (a place the gazetteer or places.yml knows)
//       killed: 1
//       injured: 0
//       note: why
// Short forms: `same: [[a, b]]`, `different: [[a, b]]`, `hide: [a]`.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import type { IncidentType, Rejection } from "../model.js";
import { isValidIncidentId } from "../lock/index.js";
import { cleanText } from "../text/hygiene.js";
import { describeYamlError } from "../text/parse-errors.js";

export const DECISIONS_FILE = "decisions.yml";

export const INCIDENT_TYPES: readonly IncidentType[] = [
  "missile strike", "drone strike", "airstrike", "shelling", "shooting", "explosion", "armed clash", "territorial claim", "strike", "other",
];

interface Located {
  line: number;
  note: string | null;
}

export interface LinkDecision extends Located {
  articles: string[];
  incidents: string[];
}

export interface HideDecision extends Located {
  article: string;
}

export interface SetDecision extends Located {
  target: { article: string } | { incident: string };
  type?: IncidentType;
  date?: string;
  place?: string;
  killed?: number;
  injured?: number;
}

export interface Decisions {
  same: LinkDecision[];
  different: LinkDecision[];
  hide: HideDecision[];
  set: SetDecision[];
}

export const NO_DECISIONS: Decisions = { same: [], different: [], hide: [], set: [] };

const SECTIONS = ["same", "different", "hide", "set"] as const;
/** No single incident has ever been counted in millions of people; a larger figure is a typo (or 1e308). */
const MAX_FIGURE = 1_000_000;
const SET_FIELDS = new Set(["incident", "article", "type", "date", "place", "killed", "injured", "note"]);

export function readDecisions(contentDir: string): { decisions: Decisions; rejected: Rejection[] } {
  const path = join(contentDir, DECISIONS_FILE);
  if (!existsSync(path)) return { decisions: NO_DECISIONS, rejected: [] };
  return parseDecisions(readFileSync(path, "utf8"));
}

export function parseDecisions(text: string): { decisions: Decisions; rejected: Rejection[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const rejected: Rejection[] = [];
  const reject = (line: number | null, reason: string) => rejected.push({ file: DECISIONS_FILE, line, reason });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const decisions: Decisions = { same: [], different: [], hide: [], set: [] };

  if (doc.errors.length > 0) {
    for (const error of doc.errors) reject(lines.linePos(error.pos[0]).line, describeYamlError(error));
    return { decisions, rejected };
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return { decisions, rejected }; // comments only
  if (!isMap(doc.contents)) {
    reject(lineOf(doc.contents), `expected sections ${SECTIONS.join(", ")}`);
    return { decisions, rejected };
  }

  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    const keyLine = lineOf(pair.key as Node);
    if (!(SECTIONS as readonly string[]).includes(key)) {
      reject(keyLine, `unknown section "${key}" (expected ${SECTIONS.join(", ")})`);
      continue;
    }
    if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) continue; // empty section
    if (!isSeq(pair.value)) {
      reject(keyLine, `"${key}" must be a list of entries`);
      continue;
    }
    for (const item of pair.value.items) {
      const line = lineOf(item as Node);
      const value = (item as Node).toJSON() as unknown;
      const error = (reason: string) => reject(line, `${key}: ${reason}`);
      if (key === "same" || key === "different") {
        const parsed = parseLink(value, error);
        if (parsed) decisions[key].push({ ...parsed, line });
      } else if (key === "hide") {
        const parsed = parseHide(value, error);
        if (parsed) decisions.hide.push({ ...parsed, line });
      } else {
        const parsed = parseSet(value, error);
        if (parsed) decisions.set.push({ ...parsed, line });
      }
    }
  }
  return { decisions, rejected };
}

type Fail = (reason: string) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function noteOf(value: Record<string, unknown>, fail: Fail): string | null | undefined {
  if (value.note === undefined || value.note === null) return null;
  if (typeof value.note !== "string") {
    fail("note must be text");
    return undefined;
  }
  return cleanText(value.note).trim() || null;
}

function idList(value: unknown, what: string, fail: Fail): string[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((x) => typeof x === "string" || typeof x === "number")) {
    fail(`${what} must be a list of ids`);
    return null;
  }
  return value.map(String);
}

function parseLink(value: unknown, fail: Fail): Omit<LinkDecision, "line"> | null {
  const entry = Array.isArray(value) ? { articles: value } : value;
  if (!isRecord(entry)) return fail("expected a list of article ids or {articles: [...], incidents: [...], note}"), null;
  const unknown = Object.keys(entry).filter((k) => !["articles", "incidents", "note"].includes(k));
  if (unknown.length) return fail(`unknown field ${unknown.map((k) => `"${k}"`).join(", ")}`), null;
  const articles = idList(entry.articles, "articles", fail);
  const incidents = idList(entry.incidents, "incidents", fail);
  const note = noteOf(entry, fail);
  if (!articles || !incidents || note === undefined) return null;
  const bad = incidents.find((id) => !isValidIncidentId(id));
  if (bad !== undefined) return fail(`"${bad}" is not an incident id (a-z, 0-9 and hyphens)`), null;
  if (new Set([...articles.map((a) => `a:${a}`), ...incidents.map((i) => `i:${i}`)]).size < 2) {
    return fail("name at least two articles or incidents"), null;
  }
  return { articles, incidents, note };
}

function parseHide(value: unknown, fail: Fail): Omit<HideDecision, "line"> | null {
  const entry = typeof value === "string" || typeof value === "number" ? { article: String(value) } : value;
  if (!isRecord(entry) || (typeof entry.article !== "string" && typeof entry.article !== "number")) {
    return fail("expected an article id or {article: id, note}"), null;
  }
  const unknown = Object.keys(entry).filter((k) => !["article", "note"].includes(k));
  if (unknown.length) return fail(`unknown field ${unknown.map((k) => `"${k}"`).join(", ")}`), null;
  const note = noteOf(entry, fail);
  return note === undefined ? null : { article: String(entry.article), note };
}

function parseSet(value: unknown, fail: Fail): Omit<SetDecision, "line"> | null {
  if (!isRecord(value)) return fail("expected {incident: id or article: id, and the fields to set}"), null;
  const unknown = Object.keys(value).filter((k) => !SET_FIELDS.has(k));
  if (unknown.length) return fail(`unknown field ${unknown.map((k) => `"${k}"`).join(", ")} (can set type, date, place, killed, injured)`), null;
  const hasIncident = value.incident !== undefined;
  const hasArticle = value.article !== undefined;
  if (hasIncident === hasArticle) return fail("name the incident by exactly one of incident: or article:"), null;
  if (hasIncident && !isValidIncidentId(value.incident)) return fail(`"${String(value.incident)}" is not an incident id (a-z, 0-9 and hyphens)`), null;
  if (hasArticle && typeof value.article !== "string" && typeof value.article !== "number") return fail("article must be an article id"), null;
  const result: Omit<SetDecision, "line"> = {
    target: hasIncident ? { incident: value.incident as string } : { article: String(value.article) },
    note: null,
  };
  if (value.type !== undefined) {
    if (!INCIDENT_TYPES.includes(value.type as IncidentType)) return fail(`type "${String(value.type)}" is not one of ${INCIDENT_TYPES.join(", ")}`), null;
    result.type = value.type as IncidentType;
  }
  if (value.date !== undefined) {
    // The yaml library keeps 2024-06-07 as text (YAML 1.2 core schema): parse it strictly.
    const date = typeof value.date === "string" ? DateTime.fromISO(value.date, { zone: "utc" }) : null;
    if (!date?.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(value.date as string)) return fail(`date "${String(value.date)}" is not a calendar date (YYYY-MM-DD)`), null;
    result.date = value.date as string;
  }
  if (value.place !== undefined) {
    if (typeof value.place !== "string" || !value.place.trim()) return fail("place must be a place name"), null;
    result.place = cleanText(value.place).trim();
  }
  for (const kind of ["killed", "injured"] as const) {
    if (value[kind] === undefined) continue;
    const figure = value[kind];
    if (!Number.isSafeInteger(figure) || (figure as number) < 0 || (figure as number) > MAX_FIGURE) {
      return fail(`${kind} must be a whole number of people from 0 to ${MAX_FIGURE.toLocaleString("en-GB")}`), null;
    }
    result[kind] = value[kind] as number;
  }
  if (["type", "date", "place", "killed", "injured"].every((k) => value[k] === undefined)) return fail("nothing to set (type, date, place, killed or injured)"), null;
  const note = noteOf(value, fail);
  if (note === undefined) return null;
  result.note = note;
  return result;
}
