// Stable incident URLs across builds (docs/design.md). <content>/incidents.lock.json maps incident ids
// to their articles; on rebuild an incident keeps the id of the locked incident it shares the most
// articles with (ties: the older id), retired ids redirect to the incident now holding most of
// their articles, and ids whose articles are all gone become withdrawn pages.
import type { IncidentLock, Redirect, WithdrawnIncident } from "../model.js";
import { isValidIncidentId } from "./file.js";

export { EMPTY_LOCK, isValidIncidentId, LockFileError, readLock, writeLock } from "./file.js";
export { assignPlaceSlugs } from "./places.js";

export interface StableIds {
  ids: string[];
  redirects: Redirect[];
  withdrawn: WithdrawnIncident[];
  lock: IncidentLock;
}

export const incidentUrl = (id: string) => `/incidents/${id}/`;

/**
 * "Older" ids sort first. Ids begin with the incident date, so this is date order, then name; a
 * "-2" id made on a name collision sorts after the id it collided with.
 */
function olderFirst(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function assignStableIds(incidents: { naturalId: string; articles: string[] }[], previous: IncidentLock): StableIds {
  // Withdrawn incidents can come back when their articles do, so they compete like locked ones.
  const locked = new Map<string, Set<string>>();
  for (const [id, articles] of Object.entries(previous.withdrawn)) locked.set(id, new Set(articles));
  for (const [id, articles] of Object.entries(previous.incidents)) locked.set(id, new Set(articles));
  const lockedOfArticle = new Map<string, string[]>();
  for (const [id, articles] of locked) for (const a of articles) (lockedOfArticle.get(a) ?? lockedOfArticle.set(a, []).get(a)!).push(id);

  const pairs: { incident: number; lockedId: string; shared: number }[] = [];
  incidents.forEach((incident, i) => {
    const counts = new Map<string, number>();
    for (const article of new Set(incident.articles)) for (const id of lockedOfArticle.get(article) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const [lockedId, shared] of counts) pairs.push({ incident: i, lockedId, shared });
  });
  // Most shared articles first; among equals the older locked id is handed out first. Round-ups
  // make ties between incidents common (each seed article holds three incidents): the locked id
  // then goes to the incident whose own name is most like it, so names do not swap.
  const affinity = (incident: number, lockedId: string) => nameAffinity(incidents[incident]!.naturalId, lockedId);
  pairs.sort(
    (a, b) =>
      b.shared - a.shared ||
      olderFirst(a.lockedId, b.lockedId) ||
      affinity(b.incident, b.lockedId) - affinity(a.incident, a.lockedId) ||
      a.incident - b.incident,
  );

  const ids: (string | null)[] = incidents.map(() => null);
  const claimed = new Set<string>();
  for (const pair of pairs) {
    if (ids[pair.incident] !== null || claimed.has(pair.lockedId)) continue;
    ids[pair.incident] = pair.lockedId;
    claimed.add(pair.lockedId);
  }

  // New incidents take their natural id, never one that an earlier build handed out.
  const taken = new Set<string>([...locked.keys(), ...Object.keys(previous.redirects)]);
  incidents.forEach((incident, i) => {
    if (ids[i] !== null) return;
    const base = isValidIncidentId(incident.naturalId) ? incident.naturalId : "incident";
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids[i] = id;
  });
  const finalIds = ids as string[];

  // Where each article now lives, to send retired ids to the incident holding most of their articles.
  const holder = new Map<string, string[]>();
  incidents.forEach((incident, i) => {
    for (const article of new Set(incident.articles)) (holder.get(article) ?? holder.set(article, []).get(article)!).push(finalIds[i]!);
  });
  const current = new Set(finalIds);
  const redirectTo = new Map<string, string>();
  const withdrawn: WithdrawnIncident[] = [];
  for (const [lockedId, articles] of [...locked].sort(([a], [b]) => olderFirst(a, b))) {
    if (current.has(lockedId)) continue;
    const votes = new Map<string, number>();
    for (const article of articles) for (const id of holder.get(article) ?? []) votes.set(id, (votes.get(id) ?? 0) + 1);
    const target = [...votes].sort(([a, x], [b, y]) => y - x || olderFirst(a, b))[0]?.[0];
    if (target) redirectTo.set(lockedId, target);
    else withdrawn.push({ id: lockedId, url: incidentUrl(lockedId), articles: [...articles].sort() });
  }
  // Earlier redirects stay, re-pointed along any new merges.
  const withdrawnIds = new Set(withdrawn.map((w) => w.id));
  for (const [from, to] of Object.entries(previous.redirects)) {
    if (current.has(from) || redirectTo.has(from)) continue;
    let target = to;
    for (let hops = 0; redirectTo.has(target) && hops < 100; hops++) target = redirectTo.get(target)!;
    if (current.has(target) || withdrawnIds.has(target)) redirectTo.set(from, target);
  }

  const redirects = [...redirectTo].sort(([a], [b]) => olderFirst(a, b)).map(([from, to]) => ({ from: incidentUrl(from), to: incidentUrl(to) }));
  const lock: IncidentLock = {
    version: 1,
    incidents: Object.fromEntries(
      incidents.map((incident, i) => [finalIds[i]!, [...new Set(incident.articles)].sort()] as const).sort(([a], [b]) => olderFirst(a, b)),
    ),
    redirects: Object.fromEntries([...redirectTo].sort(([a], [b]) => olderFirst(a, b))),
    withdrawn: Object.fromEntries(withdrawn.map((w) => [w.id, w.articles])),
  };
  return { ids: finalIds, redirects, withdrawn, lock };
}

/** Share of name words (after the date) two incident ids have in common, 0..1. */
function nameAffinity(a: string, b: string): number {
  const words = (id: string) => new Set(id.replace(/^\d{4}-\d{2}-\d{2}-?/, "").split("-").filter((w) => w && !/^\d+$/.test(w)));
  const x = words(a);
  const y = words(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}
