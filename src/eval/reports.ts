// Per-report figures for war corpora, by the rules of the reference scorer
// ../shared/eval/score-reports.mjs (tests/eval/reports.test.ts checks that they agree). For every
// article a gold event cites: is it in some incident (detected); does its primary incident lie
// within 25 km of one of its gold events (place); in one of their oblasts (admin1); and, for an
// article cited by exactly one event with a death toll, is its primary incident's killed.best that
// toll (null reads as 0).
import { haversineKm } from "../places/distance.js";
import type { GoldIncident, ScoredExport } from "./metrics.js";

export interface ReportScores {
  articles: number;
  detected: number | null;
  place25km: number | null;
  admin1: number | null;
  killedExact: number | null;
  placeN: number;
  admin1N: number;
  killedN: number;
}

/** The parts of an incident the per-report figures read, beyond what ScoredExport names. */
type ReportIncident = ScoredExport["incidents"][number] & { place?: { lat?: number | null; lon?: number | null; admin1?: string | null } | null };

// Admin names compared loosely, as the reference scorer does ("Kiev Special Republican city" and
// "Kyiv", "Zaporiz'ka Oblast" and "Zaporizhzhia").
export function foldAdmin1(name: string | null | undefined): string {
  return (name ?? "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\b(oblast|oblast'|region|raion|province|republic|special republican city|city|krai|kray|avtonomna respublika|autonomous)\b/g, "")
    .replace(/['’ʼ`-]/g, "")
    .replace(/zhzh/g, "zh")
    .replace(/yy/g, "yi")
    .replace(/kiev/g, "kyiv")
    .replace(/odessa/g, "odesa")
    .replace(/mykolayiv/g, "mykolaiv")
    .replace(/ya/g, "ia")
    .replace(/[^a-z]/g, "");
}

export function scoreReports(exp: ScoredExport, gold: GoldIncident[], radiusKm = 25): ReportScores {
  const byId = new Map<string, ReportIncident>(exp.incidents.map((inc) => [String(inc.id), inc as ReportIncident]));
  const primaryOf = new Map<string, ReportIncident | undefined>();
  for (const entry of exp.articles) if (entry.incidents.length) primaryOf.set(String(entry.id), byId.get(String(entry.incidents[0])));
  const eventsOf = new Map<string, GoldIncident[]>();
  for (const event of gold) for (const article of event.articles) (eventsOf.get(String(article)) ?? eventsOf.set(String(article), []).get(String(article))!).push(event);

  const c = { articles: 0, detected: 0, placeN: 0, place: 0, admin1N: 0, admin1: 0, killedN: 0, killed: 0 };
  for (const [article, events] of eventsOf) {
    c.articles++;
    const incident = primaryOf.get(article);
    if (incident) c.detected++;
    const located = events.filter((e) => e.lat != null && e.lon != null);
    if (located.length) {
      c.placeN++;
      const p = incident?.place;
      if (p?.lat != null && p.lon != null && located.some((e) => haversineKm(e.lat!, e.lon!, p.lat!, p.lon!) <= radiusKm)) c.place++;
    }
    const withAdmin = events.filter((e) => e.admin1);
    if (withAdmin.length) {
      c.admin1N++;
      const predicted = foldAdmin1(incident?.place?.admin1);
      if (predicted && withAdmin.some((e) => { const g = foldAdmin1(e.admin1); return g !== "" && (g.includes(predicted) || predicted.includes(g)); })) c.admin1++;
    }
    if (events.length === 1 && events[0]!.killed != null) {
      c.killedN++;
      if ((incident?.killed?.best ?? 0) === events[0]!.killed) c.killed++;
    }
  }
  const share = (k: number, n: number) => (n ? k / n : null);
  return {
    articles: c.articles,
    detected: share(c.detected, c.articles),
    place25km: share(c.place, c.placeN),
    admin1: share(c.admin1, c.admin1N),
    killedExact: share(c.killed, c.killedN),
    placeN: c.placeN,
    admin1N: c.admin1N,
    killedN: c.killedN,
  };
}
