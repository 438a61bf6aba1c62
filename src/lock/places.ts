// Stable place URLs across builds. A place's slug can change: a newer gazetteer renames the town
// (Sievierodonetsk's slug follows GeoNames' current name), or a misspelt place found in the text
// turns out to be a gazetteer place. The lock's `places` map keeps each page's slug with the
// incidents it lists; on rebuild, a slug no longer in use leads to the slug that now holds most
// of its incidents (ties: the first in order), and slugs retired earlier keep leading there,
// followed along later moves. A slug in use again is a page again.
import type { IncidentLock, PlaceRedirect } from "../model.js";

export interface PlaceSlugs {
  /** The lock's new `places` map. */
  places: Record<string, string[] | string>;
  /** Every retired slug and the slug its URL leads to now. */
  redirects: PlaceRedirect[];
}

const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/** `incidents`: this build's incidents (stable ids) with their place's slug, or null when placeless. */
export function assignPlaceSlugs(previous: IncidentLock, incidents: { id: string; placeSlug: string | null }[]): PlaceSlugs {
  const current = new Map<string, string[]>();
  const slugOf = new Map<string, string>();
  for (const { id, placeSlug } of incidents) {
    if (placeSlug === null) continue;
    (current.get(placeSlug) ?? current.set(placeSlug, []).get(placeSlug)!).push(id);
    slugOf.set(id, placeSlug);
  }
  // Incidents of a merged id now live under the surviving id.
  const survivor = (id: string) => slugOf.get(id) ?? slugOf.get(previous.redirects[id] ?? "");

  const moved = new Map<string, string>();
  const earlier = Object.entries(previous.places ?? {}).sort(byKey);
  for (const [slug, held] of earlier) {
    if (current.has(slug) || typeof held === "string") continue;
    const votes = new Map<string, number>();
    for (const id of held) {
      const now = survivor(id);
      if (now) votes.set(now, (votes.get(now) ?? 0) + 1);
    }
    const target = [...votes].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0];
    if (target) moved.set(slug, target);
  }
  for (const [slug, held] of earlier) {
    if (current.has(slug) || typeof held !== "string") continue;
    let target = held;
    for (let hops = 0; !current.has(target) && hops < 100; hops++) {
      const next = moved.get(target) ?? (typeof previous.places?.[target] === "string" ? (previous.places[target] as string) : undefined);
      if (!next) break;
      target = next;
    }
    if (current.has(target)) moved.set(slug, target);
  }

  const places: Record<string, string[] | string> = {};
  for (const [slug, ids] of [...current].sort(byKey)) places[slug] = [...ids].sort();
  for (const [slug, target] of [...moved].sort(byKey)) places[slug] = target;
  return { places, redirects: [...moved].sort(byKey).map(([from, to]) => ({ from, to })) };
}
