// The evaluation's figures, by the rules of docs/design.md ("How the figures are scored"): extended
// BCubed (Amigó et al. 2009, section 5.3: items may sit in several clusters), pairwise F1 over
// primary incidents, and incident-level facts of the gold incident's best-matching prediction.
// tests/eval/metrics.test.ts checks that these agree with the reference scorer ../shared/eval/score.mjs.
import { haversineKm } from "../places/distance.js";

export interface GoldIncident {
  event_id: string;
  date?: string | null;
  city?: string | null;
  state?: string | null;
  lat?: number | null;
  lon?: number | null;
  killed?: number | null;
  injured?: number | null;
  /** War corpora: the event's oblast, and how exactly its day (1 = the day) and place (1-2 = within 25 km) are known. */
  admin1?: string | null;
  date_prec?: number | null;
  where_prec?: number | null;
  articles: string[];
}

/** The parts of data/incidents.json the scoring reads. */
export interface ScoredExport {
  incidents: {
    id: string;
    date?: string | null;
    place?: { lat?: number | null; lon?: number | null } | null;
    killed?: { low?: number; best?: number; high?: number } | null;
    injured?: { low?: number; best?: number; high?: number } | null;
    articles: string[];
  }[];
  articles: { id: string; incidents: string[] }[];
}

export interface Scores {
  bcubed: { p: number; r: number; f1: number };
  pairwise: { p: number | null; r: number | null; f1: number; tp: number; predictedPairs: number; goldPairs: number };
  killedExact: number | null;
  injuredExact: number | null;
  place25km: number | null;
  dateExact: number | null;
  matched: number;
  goldIncidents: number;
  predictedIncidents: number;
  articlesScored: number;
  /** Gold articles in no predicted incident (scored as singletons). */
  articlesMissing: number;
}

export function f1(p: number | null, r: number | null): number {
  if (p === null || r === null) return 0;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/**
 * One side of extended BCubed: call with (predicted, gold) for precision and (gold, predicted)
 * for recall. For each item e, the average over items e' sharing an A-cluster with e of
 * min(|A(e)∩A(e')|, |B(e)∩B(e')|) / |A(e)∩A(e')|.
 */
export function extendedBcubedSide(aOf: number[][], aMembers: number[][], bOf: number[][], only?: boolean[]): number {
  const n = aOf.length;
  if (n === 0) return 0;
  const counts = new Int32Array(n);
  const touched: number[] = [];
  let total = 0;
  let averaged = 0;
  for (let e = 0; e < n; e++) {
    // `only`: average over these items (all other items still count as their cluster-mates).
    if (only && !only[e]) continue;
    averaged++;
    for (const c of aOf[e]!) for (const e2 of aMembers[c]!) if (counts[e2]!++ === 0) touched.push(e2);
    let sum = 0;
    for (const e2 of touched) {
      const aShared = counts[e2]!;
      const bShared = bOf[e]!.filter((x) => bOf[e2]!.includes(x)).length;
      sum += Math.min(aShared, bShared) / aShared;
      counts[e2] = 0;
    }
    total += touched.length ? sum / touched.length : 0;
    touched.length = 0;
  }
  return averaged ? total / averaged : 0;
}

/** Pairwise precision/recall of two hard clusterings given as one label per item. */
export function pairwiseScores(predicted: string[], gold: string[]) {
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const cell = new Map<string, number>();
  predicted.forEach((p, i) => {
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    goldSize.set(gold[i]!, (goldSize.get(gold[i]!) ?? 0) + 1);
    const key = `${p}\u0000${gold[i]}`;
    cell.set(key, (cell.get(key) ?? 0) + 1);
  });
  const pairs = (m: number) => (m * (m - 1)) / 2;
  const sum = (map: Map<string, number>) => [...map.values()].reduce((s, v) => s + pairs(v), 0);
  const tp = sum(cell);
  const predictedPairs = sum(predSize);
  const goldPairs = sum(goldSize);
  const p = predictedPairs ? tp / predictedPairs : null;
  const r = goldPairs ? tp / goldPairs : null;
  return { p, r, f1: f1(p, r), tp, predictedPairs, goldPairs };
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
function dayOf(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const m = DAY.exec(value);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.round(t / 86_400_000) : null;
}

function numberOrNull(x: unknown): number | null {
  if (x === null || x === undefined || x === "" || typeof x === "boolean") return null;
  const v = Number(x);
  return Number.isFinite(v) ? v : null;
}

/** Gold and predicted memberships of the gold articles ("items"), as docs/design.md's scoring reads them. */
export interface Memberships {
  items: string[];
  goldOf: number[][];
  goldMembers: number[][];
  predOf: number[][];
  predMembers: number[][];
  /** Each item's primary predicted incident (a synthetic singleton when it is in none). */
  primary: number[];
  missing: number;
}

export function memberships(exp: ScoredExport, gold: GoldIncident[]): Memberships {
  // Gold side: items are the articles named by gold incidents, in file order.
  const itemOf = new Map<string, number>();
  const goldOf: number[][] = [];
  const goldMembers: number[][] = [];
  gold.forEach((g, gi) => {
    goldMembers.push([]);
    for (const article of new Set(g.articles.map(String))) {
      let e = itemOf.get(article);
      if (e === undefined) {
        e = goldOf.push([]) - 1;
        itemOf.set(article, e);
      }
      goldOf[e]!.push(gi);
      goldMembers[gi]!.push(e);
    }
  });
  const items = [...itemOf.keys()];

  // Predicted side: articles[].incidents gives order (first = primary); incidents[].articles adds.
  const incidentIndex = new Map<string, number>();
  exp.incidents.forEach((inc, i) => {
    if (!incidentIndex.has(String(inc.id))) incidentIndex.set(String(inc.id), i);
  });
  const fromIncidents = new Map<string, number[]>();
  exp.incidents.forEach((inc, i) => {
    for (const a of inc.articles ?? []) {
      const list = fromIncidents.get(String(a)) ?? fromIncidents.set(String(a), []).get(String(a))!;
      if (!list.includes(i)) list.push(i);
    }
  });
  const fromArticles = new Map<string, number[]>();
  for (const entry of exp.articles) {
    const list: number[] = [];
    for (const id of entry.incidents ?? []) {
      const i = incidentIndex.get(String(id));
      if (i !== undefined && !list.includes(i)) list.push(i);
    }
    fromArticles.set(String(entry.id), list);
  }
  let synthetic = exp.incidents.length;
  let missing = 0;
  const predOf: number[][] = [];
  const primary: number[] = [];
  const predMembers: number[][] = [];
  items.forEach((article, e) => {
    const all = [...(fromArticles.get(article) ?? [])];
    for (const i of fromIncidents.get(article) ?? []) if (!all.includes(i)) all.push(i);
    if (all.length === 0) {
      missing++;
      all.push(synthetic++);
    }
    predOf.push(all);
    primary.push(all[0]!);
    for (const c of all) (predMembers[c] ??= []).push(e);
  });

  return { items, goldOf, goldMembers, predOf, predMembers, primary, missing };
}

export function scoreExport(exp: ScoredExport, gold: GoldIncident[], radiusKm = 25): Scores {
  const { items, goldOf, goldMembers, predOf, predMembers, primary, missing } = memberships(exp, gold);
  const p = extendedBcubedSide(predOf, predMembers, goldOf);
  const r = extendedBcubedSide(goldOf, goldMembers, predOf);
  const pairwise = pairwiseScores(primary.map(String), goldOf.map((l) => String(l[0])));

  // Facts: each gold incident against the predicted incident holding most of its articles as primary.
  const size = exp.incidents.map((inc) => inc.articles?.length ?? 0);
  const tally = { killed: [0, 0], injured: [0, 0], place: [0, 0], date: [0, 0] };
  const count = (key: keyof typeof tally, ok: boolean) => {
    tally[key][1]!++;
    if (ok) tally[key][0]!++;
  };
  let matched = 0;
  gold.forEach((g, gi) => {
    const votes = new Map<number, number>();
    for (const e of goldMembers[gi]!) if (primary[e]! < exp.incidents.length) votes.set(primary[e]!, (votes.get(primary[e]!) ?? 0) + 1);
    let best = -1;
    let bestVotes = 0;
    for (const [c, v] of votes) {
      if (v > bestVotes || (v === bestVotes && (size[c]! < size[best]! || (size[c] === size[best] && c < best)))) {
        best = c;
        bestVotes = v;
      }
    }
    const inc = best >= 0 ? exp.incidents[best]! : null;
    if (inc) matched++;
    for (const field of ["killed", "injured"] as const) {
      const goldValue = numberOrNull(g[field]);
      if (goldValue === null) continue;
      // No figure from any source reads as "none reported": it matches a gold 0.
      const predicted = numberOrNull(inc?.[field]?.best) ?? (inc ? 0 : null);
      count(field, predicted !== null && predicted === goldValue);
    }
    const glat = numberOrNull(g.lat);
    const glon = numberOrNull(g.lon);
    if (glat !== null && glon !== null) {
      const plat = numberOrNull(inc?.place?.lat);
      const plon = numberOrNull(inc?.place?.lon);
      count("place", plat !== null && plon !== null && haversineKm(glat, glon, plat, plon) <= radiusKm);
    }
    const goldDay = dayOf(g.date);
    if (goldDay !== null) {
      const predictedDay = dayOf(inc?.date);
      count("date", predictedDay !== null && predictedDay === goldDay);
    }
  });
  const share = ([k, d]: number[]) => (d ? k! / d : null);
  return {
    bcubed: { p, r, f1: f1(p, r) },
    pairwise,
    killedExact: share(tally.killed),
    injuredExact: share(tally.injured),
    place25km: share(tally.place),
    dateExact: share(tally.date),
    matched,
    goldIncidents: gold.length,
    predictedIncidents: exp.incidents.length,
    articlesScored: items.length,
    articlesMissing: missing,
  };
}
