// Stable incident URLs across builds. <content>/incidents.lock.json maps incident ids to their
// articles; on rebuild an incident keeps the id of the locked incident it shares the most
// articles with (ties: the older id), retired ids redirect, and emptied ones are withdrawn.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { IncidentLock, Redirect, WithdrawnIncident } from "../model.js";

export const EMPTY_LOCK: IncidentLock = { version: 1, incidents: {}, redirects: {}, withdrawn: {} };

export interface StableIds {
  ids: string[];
  redirects: Redirect[];
  withdrawn: WithdrawnIncident[];
  lock: IncidentLock;
}

export const incidentUrl = (id: string) => `/incidents/${id}/`;

/** "Older" ids sort first: ids begin with the incident date, so this is date order, then name. */
function olderFirst(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function assignStableIds(incidents: { naturalId: string; articles: string[] }[], previous: IncidentLock): StableIds {
  // Withdrawn incidents can come back when their articles do, so they compete like locked ones.
  const locked = new Map<string, Set<string>>();
  for (const [id, articles] of Object.entries(previous.withdrawn)) locked.set(id, new Set(articles));
  for (const [id, articles] of Object.entries(previous.incidents)) locked.set(id, new Set(articles));

  const pairs: { incident: number; lockedId: string; shared: number }[] = [];
  incidents.forEach((incident, i) => {
    const counts = new Map<string, number>();
    for (const [lockedId, articles] of locked) {
      const shared = incident.articles.filter((a) => articles.has(a)).length;
      if (shared > 0) counts.set(lockedId, shared);
    }
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

  const taken = new Set<string>([...locked.keys(), ...Object.keys(previous.redirects)]);
  incidents.forEach((incident, i) => {
    if (ids[i] !== null) return;
    let id = incident.naturalId;
    for (let n = 2; taken.has(id); n++) id = `${incident.naturalId}-${n}`;
    taken.add(id);
    ids[i] = id;
  });
  const finalIds = ids as string[];

  // Where each article now lives, to send retired ids to the incident holding most of their articles.
  const holder = new Map<string, string[]>();
  incidents.forEach((incident, i) => {
    for (const article of incident.articles) (holder.get(article) ?? holder.set(article, []).get(article)!).push(finalIds[i]!);
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
      incidents.map((incident, i) => [finalIds[i]!, [...incident.articles].sort()] as const).sort(([a], [b]) => olderFirst(a, b)),
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

/** Reads <content>/incidents.lock.json; a missing file is an empty lock, a broken one an error. */
export function readLock(path: string): IncidentLock {
  if (!existsSync(path)) return EMPTY_LOCK;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message}); fix it or delete it to start a new lock`);
  }
  const lock = data as Partial<IncidentLock>;
  if (typeof lock !== "object" || lock === null || lock.version !== 1 || typeof lock.incidents !== "object") {
    throw new Error(`${path}: not an incident lock (expected {"version": 1, "incidents": {...}})`);
  }
  return { version: 1, incidents: lock.incidents ?? {}, redirects: lock.redirects ?? {}, withdrawn: lock.withdrawn ?? {} };
}

/** Writes the lock only when it changed, so a dev server watching content/ does not loop. */
export function writeLock(path: string, lock: IncidentLock): boolean {
  const text = `${JSON.stringify(lock, null, 2)}\n`;
  if (existsSync(path) && readFileSync(path, "utf8") === text) return false;
  writeFileSync(path, text);
  return true;
}
