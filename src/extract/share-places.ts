// Mentions of equal places as one object. A city's place, with its many spellings, recurs in
// thousands of articles: shared, V8's serialisation writes it once per message or cache segment
// instead of once per mention. No stage changes a place in place (they replace a mention's place),
// so sharing is safe; read back from the cache or a worker's reply, mentions of one place share it.
import type { Place, PlaceMention } from "../model.js";

/** One place object per distinct place (equal as JSON) among those it is given. */
export function placeSharer(): (place: Place) => Place {
  const byJson = new Map<string, Place>();
  // An object seen before is not written out as JSON again.
  const byObject = new Map<Place, Place>();
  return (place) => {
    const known = byObject.get(place);
    if (known) return known;
    const json = JSON.stringify(place);
    const found = byJson.get(json) ?? byJson.set(json, place).get(json)!;
    byObject.set(place, found);
    return found;
  };
}

/** Makes, in place, the mentions of equal places among `mentionLists` share one object. */
export function sharePlaces(mentionLists: PlaceMention[][]): void {
  const share = placeSharer();
  for (const mentions of mentionLists) for (const mention of mentions) mention.place = share(mention.place);
}
