// Disjoint sets (union-find): the one implementation the editor's decisions, the search page's
// place groups, the grouping's clustering and the evaluation's splits and baseline use.

/** Sets of string keys. Of two joined sets, the root is the smaller key: roots never depend on the order of joins. */
export class KeyedSets {
  private parent = new Map<string, string>();

  find(key: string): string {
    let root = key;
    while (this.parent.get(root) !== undefined && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(key, root);
    return root;
  }

  join(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb < ra ? ra : rb, rb < ra ? rb : ra);
  }
}

/**
 * Sets of the indices 0 to n - 1, with path halving. Of two joined sets, the root is the smaller
 * index: a set's root is its smallest member, whatever the order of joins.
 */
export function indexSets(n: number): { find(i: number): number; join(a: number, b: number): void } {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  return { find, join };
}
