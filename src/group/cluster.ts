// Agglomerative clustering over the sparse graph of scored candidate pairs. Two clusters merge
// when the average pair probability between them reaches the threshold; pairs that were never
// candidates count as 0, so a chain of look-alike reports cannot pull two incidents together
// (single-link's failure). Editors' decisions enter as must-link groups (merged first) and
// cannot-link pairs (never merged). The data adds two kinds of cannot-link (constraints.ts):
//   - `apart`: two items that cannot share a cluster; two clusters never merge while any item of
//     one is apart from any item of the other, so an item that fits both (a report naming only a
//     region) cannot bridge them. Some are apart "unless vouched for": allowed when one of the two
//     is tied (`vouches`) to some item of the other's cluster (a report whose place is misread
//     but which names the same victim as a report of the other cluster); others "unless placed":
//     allowed when an item of either cluster places one of the two (`placedBy`: a report naming no
//     place is placed by another naming its target at a town);
//   - `window`: the span of days each item's event may lie in. A cluster's event lies where most
//     of its items' windows meet (its core, so one misdated report does not move it); two clusters
//     merge only when their cores meet, or when an item of one refers to an item of the other
//     (`refers`: a late report that names its event's target or people).
// `decisive` edges (war news: a named target both reports give at one place, or that an unplaced
// report shares with a placed one; one settlement's reports of their publication day) may join
// their clusters on their own, when their probability reaches the threshold.
// Deterministic: ties go to the lower item indices.
import { MaxHeap } from "./heap.js";
import { indexSets } from "../union-find.js";

export interface Edge {
  a: number;
  b: number;
  p: number;
}

export interface ClusterOptions {
  threshold: number;
  /** Groups of items an editor says are one incident. */
  mustLink?: number[][];
  /** Pairs of items an editor says are different incidents. */
  cannotLink?: [number, number][];
  /** Items that cannot share a cluster: never, or unless one is tied to the other's cluster. */
  apart?: (a: number, b: number) => "never" | "unless vouched" | "unless placed" | null;
  /** Is item a tied to item b (so "unless vouched" does not keep a from b's cluster)? */
  vouches?: (a: number, b: number) => boolean;
  /** Does item b place item a (so "unless placed" does not keep a from a cluster holding b, or joining one)? */
  placedBy?: (a: number, b: number) => boolean;
  /** The span its event may lie in, per item, in any unit ([first, last], inclusive). */
  window?: (a: number) => [number, number];
  /** Does one item name what the other does (so their windows need not meet)? */
  refers?: (a: number, b: number) => boolean;
  /** Edges that alone may join their clusters (their probability counts instead of the average when higher). */
  decisive?: (a: number, b: number) => boolean;
}

interface Candidate {
  score: number;
  a: number;
  b: number;
  versionA: number;
  versionB: number;
}

/** Cluster labels: for each item, the smallest item index of its cluster. */
export function averageLinkClusters(n: number, edges: Edge[], options: ClusterOptions): number[] {
  const { find, join } = indexSets(n);
  const size = new Int32Array(n).fill(1);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const window = options.window;
  const core: ([number, number] | null)[] = Array.from({ length: n }, (_, i) => (window ? window(i) : null));
  const version = new Int32Array(n);
  // sums[c]: cluster c's neighbours and the summed probability of the pairs between them.
  const sums: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  // strongest[c]: cluster c's neighbours and the highest probability of a decisive edge between them.
  const strongest: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  const cannot: Set<number>[] = Array.from({ length: n }, () => new Set());
  for (const [x, y] of options.cannotLink ?? []) {
    if (x === y) continue;
    cannot[x]!.add(y);
    cannot[y]!.add(x);
  }
  for (const { a, b, p } of edges) {
    if (a === b) continue;
    sums[a]!.set(b, (sums[a]!.get(b) ?? 0) + p);
    sums[b]!.set(a, (sums[b]!.get(a) ?? 0) + p);
    if (options.decisive?.(a, b)) {
      strongest[a]!.set(b, Math.max(strongest[a]!.get(b) ?? 0, p));
      strongest[b]!.set(a, Math.max(strongest[b]!.get(a) ?? 0, p));
    }
  }

  const merge = (x: number, y: number): number => {
    // The survivor is the lower index, so labels do not depend on merge order.
    const [keep, gone] = x < y ? [x, y] : [y, x];
    join(keep, gone);
    size[keep]! += size[gone]!;
    for (const m of members[gone]!) members[keep]!.push(m);
    members[gone] = [];
    if (window) core[keep] = coreOf(members[keep]!.map(window));
    version[keep]!++;
    version[gone]!++;
    const keepSums = sums[keep]!;
    keepSums.delete(gone);
    for (const [other, sum] of sums[gone]!) {
      if (other === keep) continue;
      keepSums.set(other, (keepSums.get(other) ?? 0) + sum);
      const otherSums = sums[other]!;
      otherSums.delete(gone);
      otherSums.set(keep, (otherSums.get(keep) ?? 0) + sum);
    }
    sums[gone] = new Map();
    const keepStrong = strongest[keep]!;
    keepStrong.delete(gone);
    for (const [other, p] of strongest[gone]!) {
      if (other === keep) continue;
      keepStrong.set(other, Math.max(keepStrong.get(other) ?? 0, p));
      strongest[other]!.delete(gone);
      strongest[other]!.set(keep, Math.max(strongest[other]!.get(keep) ?? 0, p));
    }
    strongest[gone] = new Map();
    for (const other of cannot[gone]!) {
      cannot[keep]!.add(other);
      cannot[other]!.delete(gone);
      cannot[other]!.add(keep);
    }
    cannot[gone] = new Set();
    return keep;
  };

  for (const group of options.mustLink ?? []) {
    const roots = [...new Set(group.map(find))];
    roots.reduce((acc, root) => (acc === root ? acc : merge(find(acc), find(root))), roots[0]!);
  }

  const before = (x: Candidate, y: Candidate) => x.score > y.score || (x.score === y.score && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  const heap = new MaxHeap<Candidate>(before);
  const offer = (x: number, y: number) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const score = Math.max(sums[a]!.get(b)! / (size[a]! * size[b]!), strongest[a]!.get(b) ?? 0);
    if (score >= options.threshold && !cannot[a]!.has(b)) heap.push({ score, a, b, versionA: version[a]!, versionB: version[b]! });
  };
  for (let c = 0; c < n; c++) if (find(c) === c) for (const other of sums[c]!.keys()) if (c < other) offer(c, other);

  const apart = options.apart;
  const refers = options.refers;
  const vouches = options.vouches ?? (() => false);
  const vouched = (x: number, cluster: number) => members[cluster]!.some((y) => vouches(x, y));
  const placedBy = options.placedBy ?? (() => false);
  const placed = (x: number, a: number, b: number) => members[a]!.some((z) => placedBy(x, z)) || members[b]!.some((z) => placedBy(x, z));
  const kept = (a: number, b: number) => {
    if (apart) {
      for (const x of members[a]!) {
        for (const y of members[b]!) {
          const verdict = apart(x, y);
          if (verdict === "never" || (verdict === "unless vouched" && !vouched(x, b) && !vouched(y, a))) return true;
          if (verdict === "unless placed" && !placed(x, a, b) && !placed(y, a, b)) return true;
        }
      }
    }
    const ca = core[a];
    const cb = core[b];
    if (!ca || !cb || (ca[0] <= cb[1] && cb[0] <= ca[1])) return false;
    if (refers) for (const x of members[a]!) for (const y of members[b]!) if (refers(x, y)) return false;
    return true;
  };
  for (let next = heap.pop(); next; next = heap.pop()) {
    const { a, b } = next;
    if (version[a] !== next.versionA || version[b] !== next.versionB) continue; // stale
    // Kept apart until one of them changes (and is offered again).
    if (kept(a, b)) continue;
    const keep = merge(a, b);
    for (const other of sums[keep]!.keys()) offer(keep, other);
  }
  return Array.from({ length: n }, (_, i) => find(i));
}

/**
 * Where the most windows meet: the first stretch covered by the largest number of them. One
 * window is its own core; a cluster's misdated report is outvoted by the rest.
 */
export function coreOf(windows: [number, number][]): [number, number] {
  const points: [number, number][] = [];
  for (const [first, last] of windows) points.push([first, 1], [last + 1, -1]);
  points.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  let depth = 0;
  let best = -1;
  let core: [number, number] = windows[0]!;
  for (let k = 0; k < points.length; k++) {
    depth += points[k]![1];
    const next = points[k + 1];
    if (!next || next[0] === points[k]![0]) continue;
    if (depth > best) {
      best = depth;
      core = [points[k]![0], next[0] - 1];
    }
  }
  return core;
}
