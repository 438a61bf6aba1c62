// The disjoint sets the clustering labels its clusters with: a set's root is its smallest member,
// so cluster labels never depend on the order in which clusters merged.
import { describe, expect, it } from "vitest";
import { indexSets, KeyedSets } from "../../src/union-find.js";

describe("disjoint sets", () => {
  it("give every index set its smallest member as root, whatever the order of joins", () => {
    const forwards = indexSets(6);
    const backwards = indexSets(6);
    const joins: [number, number][] = [[4, 2], [5, 4], [1, 3], [3, 5]];
    for (const [a, b] of joins) forwards.join(a, b);
    for (const [a, b] of [...joins].reverse()) backwards.join(b, a);
    const roots = (sets: ReturnType<typeof indexSets>) => Array.from({ length: 6 }, (_, i) => sets.find(i));
    expect(roots(forwards)).toEqual([0, 1, 1, 1, 1, 1]);
    expect(roots(backwards)).toEqual(roots(forwards));
  });

  it("give every keyed set its smallest key as root", () => {
    const sets = new KeyedSets();
    sets.join("kyiv", "kiev");
    sets.join("kiev", "київ");
    expect(["kyiv", "kiev", "київ"].map((k) => sets.find(k))).toEqual(["kiev", "kiev", "kiev"]);
    expect(sets.find("odesa")).toBe("odesa");
  });
});
