// Place reading on a war corpus, apart from grouping: for every article a gold event cites, the
// place of the article's primary report (what grouping starts from) against the event's place,
// by half of the gold file, with each miss and the words it came from. Each article is also split
// by whether its text names a settlement near its event at all (ceiling.ts): the share of those
// placed within 25 km is what reading places decides; the others are placed only through their
// incident's other reports.
//   npx tsx src/places/eval/reports.ts ../shared/corpus/viina-dev [--half 0|1] [--precise] [--misses]
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { readReports } from "../../pipeline.js";
import { contentFolderFor, readGold } from "../../eval/corpus.js";
import type { GoldIncident } from "../../eval/metrics.js";
import { foldAdmin1 } from "../../eval/reports.js";
import { goldHalves, preciseEvents } from "../../eval/splits.js";
import { haversineKm } from "../distance.js";
import { loadPlaceIndex } from "../index.js";
import { namesPlaceNear, NAMES_EVENT_KM } from "./ceiling.js";
import type { IncidentReport } from "../../model.js";

interface Miss {
  article: string;
  half: number;
  /** Does the article's text name a settlement near one of its events (ceiling.ts)? */
  named: boolean;
  kind: "no report" | "no place" | "far" | "near, other oblast";
  gold: string;
  found: string;
  surface: string;
  km: number | null;
  title: string;
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { half: { type: "string" }, precise: { type: "boolean", default: false }, misses: { type: "boolean", default: false } } });
const corpus = resolve(positionals[0] ?? join("..", "shared", "corpus", "viina-dev"));
let gold = readGold(join(corpus, "gold.jsonl"));
if (values.precise) gold = preciseEvents(gold);
const halves = goldHalves(gold);
const halfOf = new Map<string, number>();
halves.forEach((events, h) => events.forEach((e) => halfOf.set(e.event_id, h)));
const titles = new Map<string, string>();
const texts = new Map<string, string>();
for (const line of readFileSync(join(corpus, "articles.jsonl"), "utf8").split("\n")) {
  if (!line.trim()) continue;
  const a = JSON.parse(line) as { id: string; title?: string; text?: string };
  titles.set(String(a.id), a.title ?? "");
  texts.set(String(a.id), a.title && a.text?.startsWith(a.title) ? a.text : [a.title, a.text].filter(Boolean).join("\n"));
}
const lookupIndex = loadPlaceIndex();

const started = process.cpuUsage();
const { reports } = await readReports({ contentDir: contentFolderFor(corpus), now: DateTime.fromISO("2026-01-01T00:00:00Z", { zone: "utc" }) });
const cpu = process.cpuUsage(started);
const primary = new Map<string, IncidentReport>();
for (const r of reports) if (r.id.endsWith("/0")) primary.set(r.articleId, r);

const eventsOf = new Map<string, GoldIncident[]>();
for (const e of gold) for (const a of e.articles) (eventsOf.get(String(a)) ?? eventsOf.set(String(a), []).get(String(a))!).push(e);

const tally = [0, 1].map(() => ({ n: 0, reported: 0, placed: 0, near: 0, admin1: 0, named: 0, namedNear: 0, unnamedNear: 0 }));
const misses: Miss[] = [];
for (const [article, events] of eventsOf) {
  const half = halfOf.get(events[0]!.event_id)!;
  if (values.half !== undefined && String(half) !== values.half) continue;
  const t = tally[half]!;
  t.n++;
  const report = primary.get(article);
  const goldText = events.map((e) => `${(e as GoldIncident & { place?: string }).place ?? "?"} (${e.admin1 ?? "?"})`).join(" | ");
  const named = events.some((e) => e.lat != null && e.lon != null && namesPlaceNear(texts.get(article) ?? "", { lat: e.lat, lon: e.lon }, lookupIndex));
  if (named) t.named++;
  const base = { article, half, named, gold: goldText, title: titles.get(article) ?? "" };
  if (!report) {
    misses.push({ ...base, kind: "no report", found: "-", surface: "", km: null });
    continue;
  }
  t.reported++;
  const place = report.place?.place;
  if (!place || place.lat === null || place.lon === null) {
    misses.push({ ...base, kind: "no place", found: "-", surface: "", km: null });
    continue;
  }
  t.placed++;
  const km = Math.min(...events.filter((e) => e.lat != null).map((e) => haversineKm(e.lat!, e.lon!, place.lat!, place.lon!)));
  const predicted = foldAdmin1(place.admin1);
  const sameAdmin1 = !!predicted && events.some((e) => { const g = foldAdmin1(e.admin1); return g !== "" && (g.includes(predicted) || predicted.includes(g)); });
  if (km <= 25) {
    t.near++;
    if (named) t.namedNear++;
    else t.unnamedNear++;
  }
  if (sameAdmin1) t.admin1++;
  if (km > 25 || !sameAdmin1) {
    misses.push({ ...base, kind: km > 25 ? "far" : "near, other oblast", found: `${place.name} (${place.admin1 ?? "?"}, ${place.country ?? "?"}, ${place.precision}, ${place.origin})`, surface: report.place!.surface, km: Math.round(km) });
  }
}
const pct = (k: number, n: number) => (n ? ((100 * k) / n).toFixed(1) : "-");
tally.forEach((t, h) => {
  if (!t.n) return;
  console.log(`half ${h}: ${t.n} articles; reported ${pct(t.reported, t.n)}%; placed ${pct(t.placed, t.n)}%; within 25 km ${pct(t.near, t.n)}% (${pct(t.near, t.reported)}% of reported); oblast ${pct(t.admin1, t.n)}% (${pct(t.admin1, t.reported)}% of reported)`);
  console.log(`  naming a settlement within ${NAMES_EVENT_KM} km of the event: ${t.named} (${pct(t.named, t.n)}%), of them within 25 km ${t.namedNear}; naming none: ${t.n - t.named}, of them within 25 km ${t.unnamedNear}`);
});
console.log(`readReports CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`);
const kinds = new Map<string, number>();
for (const m of misses) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
console.log([...kinds].map(([k, n]) => `${k}: ${n}`).join("; "));
if (values.misses) for (const m of misses) console.log(`${m.half} ${m.kind}${m.named ? " (named)" : ""} ${m.article} gold ${m.gold} | found ${m.found}${m.km === null ? "" : ` ${m.km} km`} from "${m.surface}" | ${m.title.slice(0, 140)}`);
