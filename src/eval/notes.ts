// Event notes written from coded events: for every event of a gold file known to the day and to
// within 25 km (UCDP's precise events, VIINA's place-days), one short note in the style of coded
// conflict-event notes ("On 3 May 2022, Russian forces shelled near <village>, <oblast>. 2
// civilians were killed."), with the event's own place name, oblast and toll. Each note is a
// separate event: together they test that villages are placed, that oblasts are read as oblasts
// and not as their capitals, that tolls are read, and that same-day notes of different villages
// stay apart. The wording varies by a seeded choice among templates (nothing is tuned per event);
// no corpus text is used, only the coded fields.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { scratchFolder } from "./scratch.js";
import { DateTime } from "luxon";
import { buildDigest } from "../pipeline.js";
import { exportDigest } from "../site/export.js";
import { fnv1a, readGold } from "./corpus.js";
import type { GoldIncident, ScoredExport } from "./metrics.js";
import { type ReportScores, scoreReports } from "./reports.js";
import { goldHalves } from "./splits.js";

export interface Note {
  id: string;
  title: string;
  text: string;
  published: string;
  source: string;
}

type Coded = GoldIncident & { place?: string | null; where_description?: string | null; geonameid?: number | string | null };

const ACTORS = ["Russian forces", "Russian military forces", "Russian armed forces", "Ukrainian forces", "Unidentified armed groups"];
const OPPONENT = (actor: string) => (actor.startsWith("Ukrainian") ? "Russian forces" : "Ukrainian forces");
const ATTACKS = [
  (p: string) => `shelled ${p}`,
  (p: string) => `shelled near ${p}`,
  (p: string) => `fired artillery at ${p}`,
  (p: string) => `carried out a missile strike on ${p}`,
  (p: string) => `attacked ${p} with drones`,
  (p: string) => `carried out an airstrike near ${p}`,
];
const CLASH = (opponent: string, p: string) => `clashed with ${opponent} near ${p}`;
const TOLLS: ((n: number) => string)[] = [
  (n) => `${n} ${n === 1 ? "civilian was" : "civilians were"} killed.`,
  (n) => `${n} ${n === 1 ? "person was" : "people were"} killed.`,
  (n) => `Fatalities: ${n}.`,
  (n) => `The attack killed ${n} ${n === 1 ? "person" : "people"}.`,
];
const NO_TOLL = ["No casualties were reported.", "Casualties unknown.", ""];

// UCDP names its places "Avdiivka town", "Shyrokyne village"; an oblast "Donetsk oblast", VIINA "Donets'k".
const PLACE_SUFFIX = /\s+(?:town|village|vilage|city|settlement)$/i;
const OBLAST_SUFFIX = /\s+(?:oblast|obl\.?|region)$/i;

export function placeName(event: Coded): string | null {
  const name = event.place?.replace(PLACE_SUFFIX, "").trim();
  return name && !/\b(?:oblast|raion|area|region|district|basin)\b/i.test(name) && !/\(/.test(name) ? name : null;
}

export function oblastName(event: Coded): string | null {
  const name = event.admin1?.replace(OBLAST_SUFFIX, "").trim();
  return name && !/special republican city|city$/i.test(name) ? name : null;
}

/** Events a note can be written for: known to the day, a named settlement within 25 km, and an oblast. */
export function notableEvents(gold: Coded[]): Coded[] {
  return gold.filter((e) => (e.date_prec ?? 1) === 1 && (e.where_prec ?? 1) <= 2 && e.date && placeName(e) !== null && oblastName(e) !== null && e.lat != null);
}

export function writeNote(event: Coded): Note {
  const seed = fnv1a(event.event_id);
  const pick = <T>(list: T[], salt: number) => list[(seed >>> salt) % list.length]!;
  const day = DateTime.fromISO(event.date!.slice(0, 10), { zone: "utc" });
  const name = placeName(event)!;
  const village = /\bvillage$/i.test(event.place ?? "") && (seed >>> 3) % 2 === 0;
  const where = `${village ? `the village of ${name}` : name}, ${oblastName(event)}`;
  const actor = pick(ACTORS, 13);
  const attack = (seed >>> 17) % (ATTACKS.length + 1) === ATTACKS.length ? CLASH(OPPONENT(actor), where) : pick(ATTACKS, 17)(where);
  const killed = event.killed ?? null;
  const toll = killed && killed > 0 ? pick(TOLLS, 7)(killed) : pick(NO_TOLL, 11);
  const text = `On ${day.toFormat("d MMMM yyyy")}, ${actor} ${attack}. ${toll}`.trim();
  // Notes are filed on the event's day or the next.
  return { id: `note-${event.event_id}`, title: "", text, published: day.plus({ days: seed % 2 }).toISODate()!, source: "coded-notes" };
}

/** The levels held-out coded notes must reach. */
export const NOTES_ACCEPTANCE = { place25km: 0.9, admin1: 0.97, killedExact: 0.9, distinct: 0.9 } as const;

export interface NoteScores extends ReportScores {
  /** Share of notes whose primary incident holds no note of another event (noteEvent: VIINA's duplicate place-days are one event). */
  distinct: number | null;
  /**
   * The same over the notes whose place and day no other note has: the coded events repeat some
   * place-days (VIINA codes one place-day twice when two reports name it), and notes of one place
   * and day cannot be told apart by what they say.
   */
  distinctPlaceDays: number | null;
}

export interface NotesEvaluation {
  kind: "notes";
  sources: string[];
  articles: number;
  buildSeconds: number;
  all: NoteScores;
  halves: [NoteScores, NoteScores];
  failures: string[];
}

/**
 * The event a coded note stands for. VIINA's unit is the place-day ("one event per place and day",
 * ../shared/corpus/README.md): it codes a place-day once per report that names it, so two VIINA
 * events of one place (GeoNames id) and day are one event told twice, and their notes may share an
 * incident. UCDP codes events, several to a place-day when their dyads or tolls differ: each is its own.
 */
export function noteEvent(event: Coded): string {
  return event.geonameid != null ? `place-day ${String(event.date).slice(0, 10)} ${event.geonameid}` : `event ${event.event_id}`;
}

function scoreNotes(exp: ScoredExport, gold: GoldIncident[]): NoteScores {
  const reports = scoreReports(exp, gold);
  const eventOf = new Map(gold.flatMap((g) => g.articles.map((id) => [id, noteEvent(g as Coded)] as const)));
  const primaryOf = new Map(exp.articles.filter((a) => eventOf.has(a.id) && a.incidents.length).map((a) => [a.id, a.incidents[0]!]));
  const eventsIn = new Map<string, Set<string>>();
  for (const [id, incident] of primaryOf) (eventsIn.get(incident) ?? eventsIn.set(incident, new Set()).get(incident)!).add(eventOf.get(id)!);
  // Alone: the note's incident holds no note of another event.
  const alone = (ids: string[]) => (ids.length ? ids.filter((id) => primaryOf.has(id) && eventsIn.get(primaryOf.get(id)!)!.size === 1).length / ids.length : null);
  const placeDay = (g: GoldIncident) => `${String(g.date).slice(0, 10)}|${(g as Coded).place}`;
  const perPlaceDay = new Map<string, number>();
  for (const g of gold) perPlaceDay.set(placeDay(g), (perPlaceDay.get(placeDay(g)) ?? 0) + 1);
  const unique = gold.filter((g) => perPlaceDay.get(placeDay(g)) === 1).flatMap((g) => g.articles);
  return { ...reports, distinct: alone([...eventOf.keys()]), distinctPlaceDays: alone(unique) };
}

/** A content folder (in the system's temporary folder) holding a note for each notable event of the gold files, and each note's event. */
export function writeNotesContent(goldFiles: string[]): { contentDir: string; gold: GoldIncident[] } {
  const events = goldFiles.flatMap((file) => notableEvents(readGold(file) as Coded[]));
  const notes = events.map(writeNote);
  const contentDir = scratchFolder("notes");
  mkdirSync(join(contentDir, "articles"));
  writeFileSync(join(contentDir, "articles", "notes.jsonl"), `${notes.map((n) => JSON.stringify(n)).join("\n")}\n`);
  return { contentDir, gold: events.map((e, i) => ({ ...e, articles: [notes[i]!.id] })) };
}

/**
 * The notes as one gold incident per event they stand for (noteEvent: VIINA's two codings of one
 * place-day are one incident), for fitting the war-news pair model on them.
 */
export function notesByEvent(gold: GoldIncident[]): GoldIncident[] {
  const byEvent = new Map<string, GoldIncident>();
  for (const g of gold) {
    const key = noteEvent(g as Coded);
    const known = byEvent.get(key);
    if (known) known.articles.push(...g.articles);
    else byEvent.set(key, { ...g, event_id: key, articles: [...g.articles] });
  }
  return [...byEvent.values()];
}

/** Builds notes for the notable events of the given gold files and scores them. */
export async function evaluateNotes(goldFiles: string[], exportPath: string, now = DateTime.utc()): Promise<NotesEvaluation> {
  const { contentDir, gold } = writeNotesContent(goldFiles);
  const started = performance.now();
  const digest = await buildDigest({ contentDir, now });
  const buildSeconds = Math.round((performance.now() - started) / 100) / 10;
  const exported = exportDigest(digest) as unknown as ScoredExport;
  mkdirSync(dirname(exportPath), { recursive: true });
  writeFileSync(exportPath, `${JSON.stringify(exported)}\n`);
  const [a, b] = goldHalves(gold);
  const all = scoreNotes(exported, gold);
  const failures: string[] = [];
  for (const key of ["place25km", "admin1", "killedExact", "distinct"] as const) {
    const value = all[key];
    if (value == null || value < NOTES_ACCEPTANCE[key]) failures.push(`notes ${key} ${value?.toFixed(3) ?? "n/a"} < ${NOTES_ACCEPTANCE[key]}`);
  }
  return { kind: "notes", sources: goldFiles, articles: gold.length, buildSeconds, all, halves: [scoreNotes(exported, a), scoreNotes(exported, b)], failures };
}

export function notesTable(result: NotesEvaluation, before?: NotesEvaluation): string {
  const fmt = (x: number | null | undefined) => (x == null ? "n/a" : x.toFixed(3));
  const rows: [string, keyof NoteScores, string][] = [
    ["notes in an incident", "detected", ""],
    ["place within 25 km", "place25km", `>= ${NOTES_ACCEPTANCE.place25km} held out`],
    ["oblast / admin1", "admin1", `>= ${NOTES_ACCEPTANCE.admin1} held out`],
    [`killed exact (of ${result.all.killedN})`, "killedExact", `>= ${NOTES_ACCEPTANCE.killedExact} held out`],
    ["alone in their incident", "distinct", `>= ${NOTES_ACCEPTANCE.distinct} held out`],
    ["  of notes with a place-day of their own", "distinctPlaceDays", ""],
  ];
  const value = (s: NoteScores | undefined, key: keyof NoteScores) => fmt(s ? (s[key] as number | null) : null);
  return [
    `coded notes written from the precise events of ${result.sources.length} gold file(s): ${result.articles} notes, built in ${result.buildSeconds} s`,
    "",
    `${"figure".padEnd(34)}${"digest".padStart(8)}${"half A".padStart(8)}${"half B".padStart(8)}${"before".padStart(8)}   target`,
    ...rows.map(([name, key, level]) => `${name.padEnd(34)}${value(result.all, key).padStart(8)}${value(result.halves[0], key).padStart(8)}${value(result.halves[1], key).padStart(8)}${value(before?.all, key).padStart(8)}   ${level}`),
    "",
    result.failures.length ? `BELOW TARGET: ${result.failures.join("; ")}` : "all figures at or above target",
  ].join("\n");
}
