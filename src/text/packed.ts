// Arrays the place scanner keeps (a name's candidates, priors and qualifiers, a sentence's spans
// and names) made by push from an empty literal, never by Array.prototype.map or spread: V8
// gives those arrays a different element kind depending on which tier runs the code that makes
// them (`map` in the interpreter makes a packed array; the same `map` inlined into optimised code
// makes a holey one, preallocated to its length), so every function that later reads them saw
// new array maps as their makers were optimised, and was dropped and recompiled (`collect` 15
// times a thread). Made by push, they keep one kind whichever tier made them.

/**
 * `items.map(each)`, always of one element kind. One array literal makes every result, so once
 * one holds objects they all start as arrays of any value: number arrays meant to stay small-integer
 * arrays (rows) are made apart (`rowsOf` in places/scan/found.ts).
 */
export function mapPacked<T, U>(items: readonly T[], each: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(each(items[i]!, i));
  return out;
}

/** `[...items]` of a set of numbers, always of one element kind (spread makes arrays of any value). */
export function packedFrom(items: Iterable<number>): number[] {
  const out: number[] = [];
  for (const item of items) out.push(item);
  return out;
}
