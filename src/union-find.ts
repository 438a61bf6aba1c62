// Disjoint sets (union-find): the one implementation the editor's decisions, the search page's
// place groups and the evaluation's splits and baseline use.

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

/** Sets of the indices 0 to n - 1, with path halving. */
export function indexSets(n: number): { find(i: number): number; join(a: number, b: number): void } {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  return { find, join: (a, b) => void (parent[find(a)] = find(b)) };
}
