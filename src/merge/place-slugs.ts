// One slug per place: a place page's URL is its slug, so two different places must never share
// one. The gazetteer's slugs are unique among its own places, but a place an editor adds in
// places.yml, or a village read from the text, is named the way gazetteer places are
// ("name region country") and can take a slug the gazetteer already gave another place.
// A gazetteer place keeps its slug (its URL is the one readers know); the other gets "-2", "-3".
import type { Place } from "../model.js";

const ORIGIN_RANK: Record<Place["origin"], number> = { gazetteer: 0, editor: 1, text: 2 };

/**
 * What makes two Place objects the same place: its GeoNames id, or the name, region and country
 * the editor or the text gave (one village read in several articles is one place, wherever each
 * article put its point).
 */
function identity(place: Place): string {
  return place.geonameId !== null ? `g${place.geonameId}` : `${place.origin}|${place.name}|${place.admin1 ?? ""}|${place.country ?? ""}`;
}

/** The slug each place will carry, keyed by identity; only colliding places change. */
export function uniquePlaceSlugs(places: Iterable<Place>): Map<string, string> {
  const bySlug = new Map<string, Map<string, Place>>();
  for (const place of places) {
    const same = bySlug.get(place.slug) ?? bySlug.set(place.slug, new Map()).get(place.slug)!;
    same.set(identity(place), place);
  }
  const taken = new Set(bySlug.keys());
  const slugs = new Map<string, string>();
  for (const [slug, same] of bySlug) {
    const ordered = [...same.entries()].sort(([ka, a], [kb, b]) => ORIGIN_RANK[a.origin] - ORIGIN_RANK[b.origin] || (ka < kb ? -1 : ka > kb ? 1 : 0));
    ordered.forEach(([key], i) => {
      if (i === 0) return slugs.set(key, slug);
      let n = i + 1;
      while (taken.has(`${slug}-${n}`)) n++;
      taken.add(`${slug}-${n}`);
      slugs.set(key, `${slug}-${n}`);
    });
  }
  return slugs;
}

/** The incidents with every place's slug made unique. */
export function withUniquePlaceSlugs<T extends { place: Place | null }>(incidents: T[]): T[] {
  const slugs = uniquePlaceSlugs(incidents.flatMap((i) => (i.place ? [i.place] : [])));
  return incidents.map((incident) => {
    if (!incident.place) return incident;
    const slug = slugs.get(identity(incident.place))!;
    return slug === incident.place.slug ? incident : { ...incident, place: { ...incident.place, slug } };
  });
}
