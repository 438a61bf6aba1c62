// Stage 3, group: reports that describe the same real-world incident go together.
//   1. profile every report (TF-IDF vectors, dates, place, figures, type): features.ts
//   2. candidate pairs by blocking on place, region and words within date windows: blocking.ts
//   3. a probability per candidate pair from its features: pair-model.ts
//   4. average-link clustering with the editor's must-link / cannot-link decisions and the
//      constraints' cannot-links (constraints.ts): cluster.ts
//   5. reasons for every link (with the features that decided it: explain.ts) and near misses
//      between incidents (their notes are written after merge, from the incidents' own dates and
//      places: merge/related.ts)
import type { GroupingReason, IncidentGroup, IncidentReport, NearMiss } from "../model.js";
import { candidatePairs, DEFAULT_BLOCKING, type BlockingOptions } from "./blocking.js";
import { averageLinkClusters, type Edge } from "./cluster.js";
import { decidingFeatures, describePair } from "./explain.js";
import { apartForGood, daysBetween, eventWindow, mayJoin, neverTogether, placedByTarget, refersTo, samePlaceDay, sameTarget, sameTargetUnplaced, sharesRareWord, tollFollowUp, tooLittleInCommon } from "./constraints.js";
import { crossLanguageProbability, groupingPairFeatures, profileReports, type ArticleInfo, type PairFacts, type Profiles } from "./features.js";
import { newsDomain, TARGET_LINKS, UNDATED_LAG, type NewsDomain } from "./domain.js";
import { PAIR_MODELS, pairProbability, type PairModel } from "./pair-model.js";
import { sharedTerms } from "./text.js";

/** An editor's decisions about reports (decisions/ resolves articles and incidents to reports). */
export interface GroupingConstraints {
  /** Reports that are one incident, with the note the page shows. */
  same: { reports: string[]; note: string }[];
  /** Pairs of reports that are different incidents. */
  different: { a: string; b: string; note: string }[];
}

export interface GroupOptions {
  /** An article's publication day, headline and outlet (a report without a date cue may be a late report). */
  article?: (articleId: string) => ArticleInfo;
  /** Publication day alone, when `article` is not given. */
  publishedDay?: (articleId: string) => string;
  constraints?: GroupingConstraints;
  /** The pair model; by default the one of the build's kind of news (domain.ts). */
  model?: PairModel;
  blocking?: BlockingOptions;
}

/**
 * Pairs below this probability are dropped before clustering: far below the merge threshold,
 * they barely move an average (measured on gva-dev: 0.01 and 0.05 give the same clusters), and
 * dropping them halves the clustering work on a corpus of short items.
 */
const EDGE_FLOOR = 0.05;
const NEAR_MISSES_PER_INCIDENT = 3;
const SHARED_TERMS_SHOWN = 6;

export function groupReports(reports: IncidentReport[], options: GroupOptions = {}): IncidentGroup[] {
  const domain = newsDomain(reports);
  const model = options.model ?? PAIR_MODELS[domain];
  const byReport = new Map(reports.map((r) => [r.id, r]));
  const firstDate = new Map<string, string>();
  for (const r of reports) if (!firstDate.has(r.articleId)) firstDate.set(r.articleId, r.date.date);
  const publishedDay = options.publishedDay ?? ((articleId: string) => firstDate.get(articleId)!);
  const articleOf = options.article ?? ((articleId: string): ArticleInfo => ({ publishedDay: publishedDay(articleId), title: "", source: null }));
  const profiled = profileReports(reports, articleOf, UNDATED_LAG[domain]);
  const { profiles, vocabulary } = profiled;
  const index = new Map(reports.map((r, i) => [r.id, i]));

  const edges: Edge[] = [];
  const n = reports.length;
  for (const { a, b, pair } of linkablePairs(reports, profiled, domain, options.blocking ?? DEFAULT_BLOCKING)) {
    // Reports in two languages share no words: agreement on everything else decides (features.ts).
    const p = crossLanguageProbability(profiles[a]!, profiles[b]!, pair, pairProbability(pair.features, model));
    if (p < EDGE_FLOOR) continue;
    edges.push({ a, b, p });
  }

  const constraints = options.constraints ?? { same: [], different: [] };
  const known = (id: string) => index.get(id) ?? null;
  const mustLink = constraints.same.map((s) => s.reports.map(known).filter((i): i is number => i !== null)).filter((g) => g.length > 1);
  const cannotLink = constraints.different.flatMap((d): [number, number][] => {
    const a = known(d.a);
    const b = known(d.b);
    return a !== null && b !== null ? [[a, b]] : [];
  });
  const labels = averageLinkClusters(n, edges, {
    threshold: model.threshold,
    mustLink,
    cannotLink,
    apart: (i, j) => {
      const verdict = neverTogether(profiles[i]!, profiles[j]!, TARGET_LINKS[domain]);
      return verdict === null ? null : verdict.unlessVouched ? "unless vouched" : verdict.unlessPlaced ? "unless placed" : "never";
    },
    vouches: (i, j) => sharesRareWord(profiles[i]!, profiles[j]!),
    placedBy: (i, j) => placedByTarget(profiles[i]!, profiles[j]!),
    window: (i) => eventWindow(profiles[i]!),
    refers: (i, j) => refersTo(profiles[i]!, profiles[j]!),
    decisive: TARGET_LINKS[domain] ? (i, j) => sameTarget(profiles[i]!, profiles[j]!) || sameTargetUnplaced(profiles[i]!, profiles[j]!) || samePlaceDay(profiles[i]!, profiles[j]!) || tollFollowUp(profiles[i]!, profiles[j]!) : undefined,
  });

  // Groups in order of their first report (reports arrive in article order).
  const groupOf = new Map<number, number>();
  const members: number[][] = [];
  labels.forEach((label, i) => {
    let g = groupOf.get(label);
    if (g === undefined) {
      g = members.push([]) - 1;
      groupOf.set(label, g);
    }
    members[g]!.push(i);
  });
  const groupIndex = labels.map((label) => groupOf.get(label)!);

  const editorNote = new Map<number, string>();
  for (const s of constraints.same) for (const id of s.reports) if (index.has(id)) editorNote.set(index.get(id)!, s.note);
  // Pair facts are recomputed for the few pairs the page explains, rather than kept for every edge.
  const edgeP = new Map<number, number>();
  for (const edge of edges) edgeP.set(edge.a * n + edge.b, edge.p);
  const pairOf = (a: number, b: number): (PairFacts & { p: number }) | undefined => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const p = edgeP.get(x * n + y);
    return p === undefined ? undefined : { ...groupingPairFeatures(profiles[x]!, profiles[y]!, TARGET_LINKS[domain]), p };
  };
  // Edges between different groups that are likely enough to mention, listed under both groups.
  const crossing = new Map<number, Edge[]>();
  for (const edge of edges) {
    const [x, y] = [groupIndex[edge.a]!, groupIndex[edge.b]!];
    if (x === y || edge.p < model.nearMiss) continue;
    for (const g of [x, y]) (crossing.get(g) ?? crossing.set(g, []).get(g)!).push(edge);
  }
  // Incidents the constraints keep apart (two towns, a new attack) are not "possibly the same".
  const keptApart = (g: number, h: number) => members[g]!.some((i) => members[h]!.some((j) => apartForGood(profiles[i]!, profiles[j]!, TARGET_LINKS[domain]) !== null));

  return members.map((group, g): IncidentGroup => {
    const reasons: GroupingReason[] = group.map((i, k) => {
      const report = reports[i]!;
      if (k === 0) return { report: report.id, article: report.articleId, linkedTo: null, linkedArticle: null, score: 1, daysApart: 0, distanceKm: null, sharedTerms: [], editor: false, note: "first report", decidedBy: [] };
      // The strongest link to a report listed before it, else to any other member.
      const strongest = (from: number, to: number) => {
        let found = -1;
        let foundP = -1;
        for (let m = from; m < to; m++) {
          const j = group[m]!;
          const p = edgeP.get(Math.min(i, j) * n + Math.max(i, j));
          if (p !== undefined && p > foundP) [found, foundP] = [j, p];
        }
        return found < 0 ? null : { j: found, pair: pairOf(i, found)! };
      };
      const best = strongest(0, k) ?? strongest(k + 1, group.length);
      const note = editorNote.get(i);
      if (!best) {
        const first = reports[group[0]!]!;
        return { report: report.id, article: report.articleId, linkedTo: first.id, linkedArticle: first.articleId, score: 1, daysApart: null, distanceKm: null, sharedTerms: [], editor: true, note: note ?? "an editor decided", decidedBy: [] };
      }
      const other = reports[best.j]!;
      const days = daysBetween(profiles[i]!, profiles[best.j]!);
      return {
        report: report.id,
        article: report.articleId,
        linkedTo: other.id,
        linkedArticle: other.articleId,
        score: round(best.pair.p),
        daysApart: days,
        distanceKm: best.pair.distanceKm === null ? null : Math.round(best.pair.distanceKm),
        sharedTerms: sharedTerms(profiles[i]!.text, profiles[best.j]!.text, vocabulary, SHARED_TERMS_SHOWN),
        editor: note !== undefined,
        note: note ?? describePair(best.pair, days, report.place?.place.name ?? null, model),
        decidedBy: decidingFeatures(best.pair.features, model).map((c) => ({ feature: c.feature, part: round(c.part) })),
      };
    });
    return { reports: group.map((i) => byReport.get(reports[i]!.id)!), reasons, nearMisses: nearMisses(g), editorOverrides: { notes: [] } };
  });

  /** The most likely other incidents of group g, from the edges that cross its border. */
  function nearMisses(g: number): NearMiss[] {
    const best = new Map<number, Edge>();
    for (const edge of crossing.get(g) ?? []) {
      const other = groupIndex[edge.a] === g ? groupIndex[edge.b]! : groupIndex[edge.a]!;
      const current = best.get(other);
      if (!current || edge.p > current.p) best.set(other, edge);
    }
    return [...best]
      .sort(([x, a], [y, b]) => b.p - a.p || x - y)
      .filter(([other]) => !keptApart(g, other))
      .slice(0, NEAR_MISSES_PER_INCIDENT)
      .map(([other, edge]) => ({ otherGroup: other, score: round(edge.p) }));
  }
}

/**
 * The pairs grouping scores, with their features: candidate pairs (blocking) of two articles that
 * the constraints let join and that share enough to be linked. The pair models are fitted on these
 * same pairs (src/eval/fit.ts), so a model weighs what grouping asks it.
 */
export function* linkablePairs(reports: IncidentReport[], profiled: Profiles, domain: NewsDomain, blocking: BlockingOptions = DEFAULT_BLOCKING): Generator<{ a: number; b: number; pair: PairFacts }> {
  const { profiles } = profiled;
  for (const [a, b] of candidatePairs(profiled, blocking)) {
    // Two reports of one article were cut apart as different incidents: no edge between them, so
    // they count as a 0 in any average that would join their clusters (a soft cannot-link; a hard
    // one would let one wrong cut keep a whole cluster apart).
    if (reports[a]!.articleId === reports[b]!.articleId) continue;
    if (!mayJoin(profiles[a]!, profiles[b]!, TARGET_LINKS[domain])) continue;
    // War news: a report naming the other's target at its place is a report of that event, however
    // late, or wherever it does not say (TARGET_LINKS, domain.ts; groupingPairFeatures).
    const pair = groupingPairFeatures(profiles[a]!, profiles[b]!, TARGET_LINKS[domain]);
    if (tooLittleInCommon(profiles[a]!, profiles[b]!, pair.text, pair.title, TARGET_LINKS[domain])) continue;
    yield { a, b, pair };
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
