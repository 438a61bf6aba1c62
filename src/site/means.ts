// Weapon and damage claims, one line per distinct thing. Extraction finds a claim per sentence,
// so a weapon named in ten sentences of two reports would otherwise print ten times; here they
// fold into one line with its count, who claimed it, and the sentences behind it.
import type { DamageClaim, MeansClaim } from "../model.js";
import { formatCount, trimQuote } from "./text.js";

/** A sentence as its source wrote it, with its language. */
export interface Quote {
  text: string;
  lang: string | null;
  /** True when the page shows this sentence above: the search index reads each sentence once. */
  repeat: boolean;
}

export interface MeansLine {
  /** "5 ATACMS missiles", "missile". */
  label: string;
  /** "according to the Russian defence ministry", or null when no sentence says who. */
  claimedBy: string | null;
  /** `claimedBy`, or "source not named", as the page prints it. */
  claimedByLabel: string;
  /** The distinct sentences, at most MAX_QUOTES. */
  quotes: Quote[];
  /** How many sentences mention it. */
  mentions: number;
}

export interface DamageLine {
  /** "33 blocks of flats". */
  label: string;
  quotes: Quote[];
}

const MAX_QUOTES = 3;

/** Lower case with plural words made singular: "Blocks of flats" and "block of flat" share a key. */
function thingKey(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .map((word) => {
      // Acronyms are names, not plurals: ATACMS stays ATACMS.
      if (!/[a-z]/.test(word)) return word;
      if (/(ss|x|ch|sh)es$/i.test(word)) return word.slice(0, -2);
      return /[^s]s$/i.test(word) && word.length > 3 ? word.slice(0, -1) : word;
    })
    .join(" ")
    .toLowerCase();
}

/** "ATACMS missile" -> "ATACMS missiles" after a count above one; acronyms and plurals stay. */
function pluralise(name: string): string {
  const last = name.split(/\s+/).pop() ?? "";
  if (!/^[a-z]+$/.test(last) || /s$/.test(last)) return name;
  return /(x|ch|sh)$/.test(last) ? `${name}es` : `${name}s`;
}

function distinctQuotes(claims: { quote: string; lang?: string }[]): Quote[] {
  const seen = new Map<string, Quote>();
  for (const claim of claims) {
    const text = trimQuote(claim.quote);
    if (!seen.has(text)) seen.set(text, { text, lang: claim.lang ?? null, repeat: false });
  }
  return [...seen.values()].slice(0, MAX_QUOTES);
}

export function meansLines(claims: MeansClaim[]): MeansLine[] {
  const groups = new Map<string, MeansClaim[]>();
  for (const claim of claims) {
    const key = thingKey(claim.means);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(claim);
  }
  const keys = [...groups.keys()];
  const lines: MeansLine[] = [];
  for (const [key, group] of groups) {
    const counted = group.filter((c) => c.count !== null).sort((a, b) => b.count! - a.count!)[0];
    const attributions = [...new Set(group.map((c) => c.attribution).filter((a): a is string => !!a))];
    // A bare "missile" says nothing a more specific line ("ATACMS missile") does not already say.
    const generic = !counted && attributions.length === 0 && keys.some((other) => other !== key && other.endsWith(` ${key}`));
    if (generic) continue;
    const name = (counted ?? group.reduce((a, b) => (b.means.length > a.means.length ? b : a))).means;
    const claimedBy = attributions.length ? `according to ${attributions.join("; ")}` : null;
    lines.push({
      label: counted ? `${formatCount(counted.count!)} ${counted.count === 1 ? name : pluralise(name)}` : name,
      claimedBy,
      claimedByLabel: claimedBy ?? "source not named",
      quotes: distinctQuotes(group),
      mentions: new Set(group.map((c) => c.quote)).size,
    });
  }
  // Claims with a count or a named source first: they carry the information.
  return lines.sort((a, b) => Number(!!b.claimedBy) - Number(!!a.claimedBy) || b.mentions - a.mentions);
}

export function damageLines(claims: DamageClaim[]): DamageLine[] {
  // Same thing and same count: one line. Different counts stay apart: "2 blocks collapsed" and
  // "33 blocks damaged" are different facts, not a range.
  const groups = new Map<string, DamageClaim[]>();
  for (const claim of claims) {
    const key = `${claim.count} ${thingKey(claim.what)}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(claim);
  }
  return [...groups.values()]
    .sort((a, b) => b[0]!.count - a[0]!.count)
    .map((group) => {
      const what = group.reduce((a, b) => (b.what.length > a.what.length ? b : a)).what;
      return { label: `${formatCount(group[0]!.count)} ${what}`, quotes: distinctQuotes(group) };
    });
}
