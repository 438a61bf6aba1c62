// One figure of an incident (killed, injured, missing, in grave condition) merged from every
// source's claims. The rule, as the page states it (FIGURE_RULE):
// 0. A claim whose sentence tells of another settlement than the incident's place (claim-places.ts)
//    is listed with that place in its note, never counted.
// 1. Copies of one syndicated text are one source: a claim whose sentence another article already
//    carried is listed, marked as a copy, and not counted again.
// 2. Superseded figures: a figure a later (or the same) report says it replaces ("raising the toll
//    from three") and an earlier report's lower exact count when a later one reports a revision
//    ("the death toll rose to five"; for the dead, one published the same day too) stay in the
//    claims and the timeline, not in low / best / high.
// 3. Each source's own figure is the largest current exact count it states: a report's total covers
//    the victims it then describes one by one ("a man was shot" in a story of four people shot).
//    For the dead, a larger count more than three sentences after the report's own total is not it.
//    People "shot" include those the same report, or the incident's killed figure, says died.
//    For the dead and the missing, a source that only names single victims sets nothing while
//    another source counts all of them.
// 4. low = the lowest source figure, high = the highest source figure or stated lower bound ("at
//    least 15"); best = the figure most sources give, ties to the latest report, then the lowest (the highest for the dead).
//    A lower bound ("over 40") narrows: exact figures below it are not candidates for best; it
//    never sets best while any exact count exists. Without exact counts, best is the largest lower
//    bound (or the stated approximate / upper figure) and the figure carries its qualifier.
//    Where one person died, a report that counts no dead and tells of one person hurt without
//    saying they recover ("a 6-year-old boy is in serious condition") tells of that victim: it
//    sets no injured figure (gva-dev gold groups: injured 84.6 -> 84.7%).
// 5. conflict: the current source figures disagree.
// Measured on gva-dev gold groups (src/eval/facts.ts): see the report there.
import type { Article, CasualtyClaim, Figure, FigureTimelineEntry, SourcedClaim } from "../model.js";

export const FIGURE_RULE =
  "Each source counts once (syndicated copies are one source). A figure a later report revised is kept in the claims and the timeline but not counted. " +
  "Each source's figure is the largest exact count it gives (for the dead and the missing, a source naming single victims counts only when no source gives a total). Low and high are the lowest and highest source figures (high also takes a stated lower bound such as \"at least 15\"); " +
  "best is the figure most sources give, ties going to the latest report, then to the lower figure (for the dead, the higher: a toll only rises). A lower bound such as \"over 40\" never sets best while an exact count exists. " +
  "People shot include those who died of it; where one person died, a report that counts no dead and tells of one person hurt, without saying they recover, tells of that victim and gives no injured figure.";

/** How many sentences after a report's own count of the dead a larger one may still revise it. */
const LEAD_REACH = 3;
const LOWER_BOUNDS = new Set(["at least", "over", "dozens", "several"]);
const UNATTRIBUTED_SOURCE = "Unattributed wire report";

export interface FigureContext {
  /** The incident's killed figure, when merging injured: people "shot" include those who died. */
  killed?: Figure | null;
}

interface Working {
  claim: CasualtyClaim;
  article: Article;
  sourced: SourcedClaim;
  /** The value after taking out those shot who died (set per article or from the incident's dead). */
  effective: number;
  /** The article whose text this claim copies, when another article carried the sentence first. */
  copyOf: Article | null;
}

function byPublished(a: Article, b: Article): number {
  return a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function normaliseQuote(quote: string): string {
  return quote.toLowerCase().replace(/[“”"'’‘]/g, "").replace(/\s+/g, " ").trim();
}

function sourceName(article: Article): string {
  return article.source ?? UNATTRIBUTED_SOURCE;
}

/**
 * One person hurt ("a 6-year-old boy is in serious condition") in an incident where one person
 * died, told by a report that counts no dead and says nothing of a recovery: the report came before
 * the death, or tells only of the victim. Such a report gives no injured figure of its own.
 */
function isTheDeadVictim(claim: CasualtyClaim, context: FigureContext): boolean {
  return claim.kind === "injured" && claim.diedOfThese === undefined && context.killed?.best === 1 && claim.qualifier === "exact" && claim.part === true && claim.value === 1;
}

/** People shot, minus those who died of it: the same article's dead, else the incident's. */
function effectiveValue(claim: CasualtyClaim, context: FigureContext): number {
  let value = claim.value - (claim.diedOfThese ?? 0);
  const killed = context.killed?.best ?? 0;
  if (claim.kind === "injured" && claim.diedOfThese === undefined && killed > 0 && claim.qualifier === "exact" && claim.countsShot) {
    value -= Math.min(value, killed);
  } else if (isTheDeadVictim(claim, context)) {
    // One person hurt ("a 6-year-old boy is in serious condition") in an incident where one
    // person died, told by a report that counts no dead: the report came before the death, or
    // tells only of the victim. The article-level rule, across the incident's reports.
    value = 0;
  }
  return Math.max(0, value);
}

export function mergeFigure(claims: { claim: CasualtyClaim; article: Article; elsewhere?: string }[], context: FigureContext = {}): Figure | null {
  if (claims.length === 0) return null;
  // 0. Another place's figure (claim-places.ts) is listed, never counted; with no other, no figure.
  if (claims.every((c) => c.elsewhere)) return null;
  const ordered = [...claims].sort((a, b) => byPublished(a.article, b.article) || a.claim.passage - b.claim.passage);

  // 1. Copies: the first article (by publication) to carry a sentence owns it.
  const firstCarrier = new Map<string, Article>();
  const work: Working[] = ordered.map(({ claim, article, elsewhere }) => {
    const key = `${claim.kind}|${claim.value}|${normaliseQuote(claim.quote)}`;
    const first = firstCarrier.get(key);
    if (!first) firstCarrier.set(key, article);
    const copyOf = first && first.id !== article.id ? first : null;
    return {
      claim,
      article,
      copyOf,
      effective: effectiveValue(claim, context),
      sourced: {
        value: claim.value,
        qualifier: claim.qualifier === "exact" ? null : claim.qualifier,
        article: article.id,
        source: sourceName(article),
        quote: claim.quote,
        lang: article.lang,
        attribution: claim.attribution,
        published: article.published,
        superseded: false,
        revisedFrom: claim.revisedFrom,
        counted: copyOf === null && !elsewhere,
        note: elsewhere ?? (copyOf ? `a copy of the text ${sourceName(copyOf)} published (${copyOf.id}); counted once` : null),
      },
    };
  });
  const original = work.filter((w) => w.copyOf === null && w.sourced.counted);

  // 2. Superseded figures.
  for (const w of original) {
    const exact = w.claim.qualifier === "exact";
    const replacedBy = original.find(
      (other) =>
        other !== w &&
        other.claim.revisedFrom === w.claim.value &&
        other.article.published >= w.article.published &&
        (other.article.id !== w.article.id || other.claim.passage !== w.claim.passage),
    );
    // For the dead, a revision published the same day counts as later: a toll only rises, so "the
    // death toll rose to 11" comes after a count of 7 that day (archives give the day, not the
    // hour). Not for the hurt, some of whom die (gva-dev injured half B 0.838 -> 0.837 with them).
    const later = (other: Working) => other.article.published > w.article.published || (w.claim.kind === "killed" && other.article.publishedDay === w.article.publishedDay);
    const revisedLater = exact
      ? original.find((other) => other.article.id !== w.article.id && other.claim.revision && later(other) && other.claim.value > w.claim.value)
      : undefined;
    const by = replacedBy ?? revisedLater;
    if (by) {
      w.sourced.superseded = true;
      w.sourced.counted = false;
      // (Its own field says superseded; the note says by what.)
      w.sourced.note = `${by.sourced.source} later gave ${by.claim.value}${by.claim.revisedFrom !== null ? ` (revised from ${by.claim.revisedFrom})` : ""}`;
    }
  }
  const current = original.filter((w) => !w.sourced.superseded);

  // 3. Each source's own figure: its largest current exact count.
  const sourceFigures = new Map<string, { article: Article; value: number; claim: Working }>();
  for (const w of current) {
    if (w.claim.qualifier !== "exact") continue;
    const held = sourceFigures.get(w.article.id);
    // The dead are counted where a report starts; a larger count of dead told well after the
    // report's own total ("On Saturday, ten people were killed at a block party ...") is another
    // incident's or a city's. (gva-dev: killed +0.3 both on gold groups and after grouping; for the
    // hurt, often counted only after the lead names the dead, it lost 0.1.)
    if (held && w.claim.kind === "killed" && !held.claim.claim.part && w.claim.passage > held.claim.claim.passage + LEAD_REACH) continue;
    if (!held || w.effective > held.value) sourceFigures.set(w.article.id, { article: w.article, value: w.effective, claim: w });
  }
  for (const w of current) {
    if (w.claim.qualifier !== "exact") continue;
    const held = sourceFigures.get(w.article.id)!;
    if (held.claim === w) {
      if (w.effective !== w.claim.value) w.sourced.note = `counted as ${w.effective}: of those shot, ${w.claim.value - w.effective} died`;
      continue;
    }
    w.sourced.counted = false;
    w.sourced.note ??= w.effective > held.value
      ? `told well after this report's own count of ${held.value}: read as another incident's`
      : `within the same report's figure of ${held.value}`;
  }

  // The dead: a source that names only single victims ("Community mourns man slain") counts one of
  // them, not the incident; while another source gives a count of all the dead, it sets nothing (a
  // later follow-up naming one victim outvoted the first report's "3 killed"). Not for the hurt:
  // local news often tells its wounded one by one, and there the rule lost more than it won
  // (gva-dev after grouping: killed 86.6% -> 86.8%; applied to injured too, injured 80.2% -> 79.7%).
  // The missing likewise: a later story of one sailor missing is not the count of a crew's 27.
  const wholeSources = new Set(current.filter((w) => w.claim.qualifier === "exact" && !w.claim.part).map((w) => w.article.id));
  const countsTheDead = ordered[0]!.claim.kind === "killed";
  const countsWholes = countsTheDead || ordered[0]!.claim.kind === "missing";
  const partOnly = (article: Article) => countsWholes && wholeSources.size > 0 && !wholeSources.has(article.id);
  for (const w of current) {
    if (w.claim.qualifier !== "exact" || !partOnly(w.article) || w.sourced.counted === false) continue;
    w.sourced.counted = false;
    w.sourced.note = `names some of the ${countsTheDead ? "dead" : "missing"}, not a count of all: other sources give the total`;
  }
  // A report telling only of the one victim who died (isTheDeadVictim) sets no injured figure.
  const figures = [...sourceFigures.values()].filter((f) => !partOnly(f.article) && !(f.value === 0 && isTheDeadVictim(f.claim.claim, context)));
  const bounds = current.filter((w) => LOWER_BOUNDS.has(w.claim.qualifier));
  const others = current.filter((w) => w.claim.qualifier === "about" || w.claim.qualifier === "up to");
  const highestBound = bounds.reduce<Working | null>((a, b) => (!a || b.claim.value > a.claim.value ? b : a), null);

  let low: number;
  let best: number;
  let high: number;
  let qualifier: string | null = null;
  if (figures.length > 0) {
    const floor = highestBound?.claim.value ?? -Infinity;
    const candidates = figures.filter((f) => f.value >= floor);
    const pool = candidates.length > 0 ? candidates : figures;
    low = Math.min(...pool.map((f) => f.value));
    high = Math.max(...figures.map((f) => f.value), ...bounds.map((w) => w.claim.value));
    best = mostGiven(pool, countsTheDead);
  } else if (highestBound) {
    best = low = highestBound.claim.value;
    high = Math.max(best, ...others.map((w) => w.claim.value));
    qualifier = highestBound.claim.qualifier;
  } else if (others.length === 0) {
    best = low = high = 0; // every report told only of the dead victim
  } else {
    const latest = [...others].sort((a, b) => byPublished(a.article, b.article)).at(-1)!;
    best = low = high = latest.claim.value;
    qualifier = latest.claim.qualifier;
  }
  if (best < low) low = best;
  if (best > high) high = best;
  for (const w of bounds) if (w.sourced.note === null) w.sourced.note = "a lower bound: narrows the range, never sets best";

  return {
    low,
    best,
    high,
    claims: work.map((w) => w.sourced),
    timeline: timelineOf(original, sourceFigures),
    conflict: new Set(figures.map((f) => f.value)).size > 1,
    rule: FIGURE_RULE,
    qualifier,
  };
}

/**
 * The value most sources give; ties to the latest report, then to the lower value, or for the
 * dead to the higher: a toll only rises as bodies are found, so of one day's figures the highest
 * is that day's last (ucdp-dev precise killed exact 0.348 -> 0.382, halves 0.328 -> 0.369 and
 * 0.367 -> 0.396; gva-dev killed 0.877 either way). The injured are not so: some of them die, and
 * the higher tie lost gva-dev injured 0.833 -> 0.825.
 */
function mostGiven(figures: { article: Article; value: number }[], dead: boolean): number {
  const tally = new Map<number, { n: number; latest: Article }>();
  for (const f of figures) {
    const entry = tally.get(f.value);
    if (!entry) tally.set(f.value, { n: 1, latest: f.article });
    else {
      entry.n++;
      if (byPublished(f.article, entry.latest) > 0) entry.latest = f.article;
    }
  }
  const ranked = [...tally].sort(([va, a], [vb, b]) => b.n - a.n || (a.latest.published !== b.latest.published ? (a.latest.published < b.latest.published ? 1 : -1) : dead ? vb - va : va - vb));
  return ranked[0]![0];
}

/** How the figure went, report by report: the earlier figures each report revised, then its own figure. */
function timelineOf(original: Working[], sourceFigures: Map<string, { article: Article; value: number }>): FigureTimelineEntry[] {
  const entries: FigureTimelineEntry[] = [];
  const articles = [...new Map(original.map((w) => [w.article.id, w.article])).values()].sort(byPublished);
  for (const article of articles) {
    const own = original.filter((w) => w.article.id === article.id);
    const entry = (value: number, qualifier: string | null, note: string | null): FigureTimelineEntry => ({
      published: article.published, article: article.id, source: sourceName(article), value, qualifier, note,
    });
    for (const from of new Set(own.flatMap((w) => (w.claim.revisedFrom !== null ? [w.claim.revisedFrom] : [])))) {
      entries.push(entry(from, null, "the earlier figure this report revised"));
    }
    for (const value of new Set(own.filter((w) => w.sourced.superseded).map((w) => w.claim.value))) entries.push(entry(value, null, "superseded by a later report"));
    const figure = sourceFigures.get(article.id);
    if (figure) entries.push(entry(figure.value, null, null));
    else {
      const bound = own.find((w) => !w.sourced.superseded && w.claim.qualifier !== "exact");
      if (bound) entries.push(entry(bound.claim.value, bound.sourced.qualifier, null));
    }
  }
  return entries;
}
