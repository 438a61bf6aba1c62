// One place per unknown village across a build: a village the gazetteer lacks is placed from
// what each article says of it, so one article may give only the country ("Paraskoviivka,
// Ukraine") where another gives the oblast or a distance ("the village of Paraskoviivka, 25 km
// southwest of Donetsk"). The most precise reading wins in every article, so the village has
// one page and its reports can be grouped, as long as the precise readings agree on one region.
import type { Place, PlaceMention } from "../model.js";
import { foldName } from "./fold.js";

const RANK: Partial<Record<Place["precision"], number>> = { country: 1, region: 2, approximate: 3 };

/** Replaces, in place, each text place by the build's most precise reading of the same name. */
export function settleTextPlaces(mentionLists: PlaceMention[][]): void {
  const readings = new Map<string, { place: Place; count: number }[]>();
  const keyOf = (place: Place) => `${foldName(place.name)}|${place.country ?? ""}`;
  for (const mentions of mentionLists) {
    for (const m of mentions) {
      if (m.place.origin !== "text" || RANK[m.place.precision] === undefined) continue;
      const list = readings.get(keyOf(m.place)) ?? [];
      const same = list.find((r) => r.place.slug === m.place.slug && r.place.precision === m.place.precision);
      if (same) same.count++;
      else list.push({ place: m.place, count: 1 });
      readings.set(keyOf(m.place), list);
    }
  }
  const best = new Map<string, Place>();
  for (const [key, list] of readings) {
    // Only when every reading below the country names one region: two villages of one name in
    // two oblasts stay apart.
    const regions = new Set(list.filter((r) => r.place.precision !== "country").map((r) => r.place.admin1));
    if (regions.size !== 1 || list.length < 2) continue;
    const top = [...list].sort((a, b) => RANK[b.place.precision]! - RANK[a.place.precision]! || b.count - a.count)[0]!;
    best.set(key, top.place);
  }
  for (const mentions of mentionLists) {
    for (const m of mentions) {
      if (m.place.origin !== "text") continue;
      const winner = best.get(keyOf(m.place));
      if (!winner || winner === m.place) continue;
      if (winner.slug !== m.place.slug || RANK[winner.precision]! > (RANK[m.place.precision] ?? 0)) m.place = { ...winner, aliases: [...winner.aliases] };
    }
  }
}
