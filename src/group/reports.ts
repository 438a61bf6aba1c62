// Cutting an article into incident reports: a round-up describes several incidents, each in its
// own run of passages, usually opened by a new location.
// FIRST VERSION; issue 5 deepens it.
import type { ArticleFacts, EventDate, IncidentReport, IncidentType, PlaceMention } from "../model.js";

export function cutReports(facts: ArticleFacts): IncidentReport[] {
  const { article, passages } = facts;
  const evidence = new Set<number>([...facts.claims.map((c) => c.passage), ...facts.typeCues.map((t) => t.passage)]);
  const locationAt = new Map<number, PlaceMention>();
  for (const mention of facts.places) if (mention.role === "location" && !locationAt.has(mention.passage)) locationAt.set(mention.passage, mention);

  const runs: { passages: number[]; place: PlaceMention | null }[] = [];
  for (const passage of passages) {
    const place = locationAt.get(passage.index) ?? null;
    const current = runs.at(-1);
    const opensNew = place && evidence.has(passage.index) && current?.place && current.place.place.slug !== place.place.slug;
    if (!current || opensNew) runs.push({ passages: [passage.index], place });
    else {
      current.passages.push(passage.index);
      current.place ??= place;
    }
  }
  const published: EventDate = { date: article.publishedDay, end: article.publishedDay, precision: "day", cue: null };
  return runs
    .filter((run) => run.passages.some((p) => evidence.has(p)))
    .map((run, n) => {
      const inRun = (p: number) => run.passages.includes(p);
      const typeCues = facts.typeCues.filter((t) => inRun(t.passage));
      return {
        id: `${article.id}/${n}`,
        articleId: article.id,
        passages: run.passages,
        text: run.passages.map((p) => passages[p]!.text).join(" "),
        place: run.place,
        places: facts.places.filter((m) => inRun(m.passage)),
        date: facts.dates.find((d) => inRun(d.passage))?.date ?? published,
        type: (typeCues[0]?.type ?? "other") as IncidentType,
        claims: facts.claims.filter((c) => inRun(c.passage)),
        means: facts.means.filter((m) => inRun(m.passage)),
        damage: facts.damage.filter((d) => inRun(d.passage)),
      };
    });
}
