// Agglomerative clustering over the sparse graph of scored candidate pairs. Two clusters merge
// when the average pair probability between them reaches the threshold; pairs that were never
// candidates count as 0, so a chain of look-alike reports cannot pull two incidents together
// (single-link's failure). Editors' decisions enter as must-link groups (merged first) and
// cannot-link pairs (never merged). Deterministic: ties go to the lower report indices.
import { MaxHeap } from "./heap.js";

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
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const size = new Int32Array(n).fill(1);
  const version = new Int32Array(n);
  // sums[c]: cluster c's neighbours and the summed probability of the pairs between them.
  const sums: Map<number, number>[] = Array.from({ length: n }, () => new Map());
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
  }

  const merge = (x: number, y: number): number => {
    // The survivor is the lower index, so labels do not depend on merge order.
    const [keep, gone] = x < y ? [x, y] : [y, x];
    parent[gone] = keep;
    size[keep]! += size[gone]!;
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
    const score = sums[a]!.get(b)! / (size[a]! * size[b]!);
    if (score >= options.threshold && !cannot[a]!.has(b)) heap.push({ score, a, b, versionA: version[a]!, versionB: version[b]! });
  };
  for (let c = 0; c < n; c++) if (find(c) === c) for (const other of sums[c]!.keys()) if (c < other) offer(c, other);

  for (let next = heap.pop(); next; next = heap.pop()) {
    const { a, b } = next;
    if (version[a] !== next.versionA || version[b] !== next.versionB) continue; // stale
    const keep = merge(a, b);
    for (const other of sums[keep]!.keys()) offer(keep, other);
  }
  return Array.from({ length: n }, (_, i) => find(i));
}
