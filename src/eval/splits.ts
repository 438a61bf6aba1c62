// Ways to cut a gold file for evaluation: two halves, so a rule tuned while reading one half can be
// checked on the other, and the subsets the war corpora's acceptance levels are stated for.
import { fnv1a } from "./corpus.js";
import type { GoldIncident } from "./metrics.js";
import { indexSets } from "../union-find.js";

/**
 * Two halves of the gold events. Events that share an article (a round-up cited by several events)
 * stay in one half, as the corpora's own dev/held-out split keeps them, so no article is scored in
 * both; a component goes to the half its smallest event id hashes to.
 */
export function goldHalves(gold: GoldIncident[]): [GoldIncident[], GoldIncident[]] {
  const { find, join } = indexSets(gold.length);
  const eventOfArticle = new Map<string, number>();
  gold.forEach((event, i) => {
    for (const article of event.articles) {
      const other = eventOfArticle.get(String(article));
      if (other === undefined) eventOfArticle.set(String(article), i);
      else join(i, other);
    }
  });
  const smallestId = new Map<number, string>();
  gold.forEach((event, i) => {
    const root = find(i);
    const id = smallestId.get(root);
    if (id === undefined || event.event_id < id) smallestId.set(root, event.event_id);
  });
  const halves: [GoldIncident[], GoldIncident[]] = [[], []];
  gold.forEach((event, i) => halves[fnv1a(smallestId.get(find(i))!) % 2]!.push(event));
  return halves;
}

/** UCDP's events known to the day and within 25 km: the "precise events" the war acceptance levels use. */
export function preciseEvents(gold: GoldIncident[]): GoldIncident[] {
  return gold.filter((e) => e.date_prec === 1 && e.where_prec != null && e.where_prec <= 2);
}
