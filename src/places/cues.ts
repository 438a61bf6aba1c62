// Places the gazetteer lacks, found from how the text introduces them: "the settlement of
// Paraskoviivka", "Staromaiorske in the Donetsk region", "Eutawville, S.C.", and where they lie:
// "around 25 kilometres southwest of the city of Donetsk". Front-line villages are the usual case.
import type { Span, Token } from "./spans.js";

/** A name the text introduces as a place, with no gazetteer entry. */
export interface NamedCue {
  start: number;
  end: number;
  surface: string;
  /** How the text says it is a place. */
  cue: "settlement of" | "in region" | "state" | "scene";
  /** Index (in the passage's spans) of the region span stated with it, if any. */
  regionSpan: number | null;
  /** USPS code of a stated US state ("Eutawville, S.C."). */
  stateCode: string | null;
}

/** "25 kilometres southwest of Donetsk": distance and bearing from a reference span. */
export interface DistanceCue {
  start: number;
  km: number;
  bearing: number;
  /** Index (in the passage's spans) of the reference place. */
  referenceSpan: number;
}

/** Text ending in a settlement noun and "of" ("the occupied village of "): the name after it is a settlement's. */
export const SETTLEMENT_OF =
  /\b(?:village|villages|settlement|settlements|town|towns|city|hamlet|township|urban-type settlement|community|hromada|locality|frontline town|front-line town|frontline village|front-line village)\s+of\s+$/i;
// Capitalised words of a name: "Paraskoviivka", "Novoselivka Persha", "Staryi Saltiv", "Kup'iansk-Vuzlovyi".
const NAME_WORD = /^[\p{Lu}][\p{L}\p{M}'’ʼ-]+$/u;
const MAX_NAME_WORDS = 3;

const BEARINGS: Record<string, number> = {
  north: 0,
  northeast: 45,
  east: 90,
  southeast: 135,
  south: 180,
  southwest: 225,
  west: 270,
  northwest: 315,
};

const DISTANCE =
  /\b(\d+(?:[.,]\d+)?)\s*(?:-\s*)?(km|kilomet(?:re|er)s?|mi|miles?)\b(?:\s*\([^)]{0,30}\))?\s+(?:to the\s+)?(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:of|from)\s+(?:the\s+)?(?:(?:city|town|village|regional cent(?:re|er)|capital)\s+of\s+)?$/i;

/** Names (runs of capitalised words) starting at token i that no gazetteer span covers. */
function nameAt(tokens: Token[], i: number, text: string, covered: (t: number) => boolean): { first: number; last: number } | null {
  if (i >= tokens.length || covered(i) || !NAME_WORD.test(tokens[i]!.text)) return null;
  let last = i;
  while (last + 1 < tokens.length && last - i + 1 < MAX_NAME_WORDS && !covered(last + 1) && NAME_WORD.test(tokens[last + 1]!.text) && /^ $/.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) last++;
  return { first: i, last };
}

export interface CueInput {
  text: string;
  tokens: Token[];
  spans: Span[];
  /** Is span i a region or district ("the Donetsk region")? */
  isRegionSpan: (i: number) => boolean;
  /** Is this word a common English word or otherwise not a name? */
  isCommonWord: (word: string) => boolean;
  /** Is this a continent or a part of the world ("Europe", "Eastern Europe") rather than a place? */
  isWorldRegion: (name: string) => boolean;
  stateAfter: (offset: number) => string | null;
}

// Between a name and its region: "X, Donetsk region", "X in the Donetsk region", "X (Donetsk region)".
const REGION_GAP = /^(?:\s*,\s*|\s+in\s+(?:the\s+)?|\s*\(\s*|\s+of\s+(?:the\s+)?)$/i;
const REGION_GAP_CHARS = 12;

/** Names introduced as places in one sentence. */
export function findNamedCues(input: CueInput): NamedCue[] {
  const { text, tokens, spans } = input;
  const coveredTokens = new Set<number>();
  for (const span of spans) for (let t = span.first; t <= span.last; t++) coveredTokens.add(t);
  const covered = (t: number) => coveredTokens.has(t);
  // Spans by start, so the region right after a name is found without scanning every span (a
  // sentence of thousands of names would otherwise cost the square of its length).
  const byStart = [...spans.keys()].sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
  const regionSpanAfter = (offset: number): number => {
    let low = 0;
    let high = byStart.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (spans[byStart[mid]!]!.start < offset) low = mid + 1;
      else high = mid;
    }
    let found = -1;
    for (let j = low; j < byStart.length && spans[byStart[j]!]!.start - offset <= REGION_GAP_CHARS; j++) {
      const k = byStart[j]!;
      if (input.isRegionSpan(k) && REGION_GAP.test(text.slice(offset, spans[k]!.start)) && (found < 0 || k < found)) found = k;
    }
    return found;
  };
  const cues: NamedCue[] = [];
  const seen = new Set<number>();
  const push = (first: number, last: number, cue: NamedCue["cue"], regionSpan: number | null, stateCode: string | null) => {
    if (seen.has(first)) return;
    seen.add(first);
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    cues.push({ start, end, surface: text.slice(start, end), cue, regionSpan, stateCode });
  };
  for (let i = 0; i < tokens.length; i++) {
    const name = nameAt(tokens, i, text, covered);
    if (!name) continue;
    const words = tokens.slice(name.first, name.last + 1).map((t) => t.text);
    // Not a name: common words ("Armed Forces", "National Guard", "February-March"), acronyms
    // ("AFU", "HIMARS") outside a dateline, the name of a continent ("Europe").
    const allCommon = words.every((w) => input.isCommonWord(w) || w.split(/[-‑]/).every((part) => input.isCommonWord(part)));
    const acronym = words.some((w) => w.length >= 2 && w === w.toUpperCase()) && tokens[name.first]!.start > 2;
    if (allCommon || acronym || input.isWorldRegion(words.join(" "))) {
      i = name.last;
      continue;
    }
    const before = text.slice(Math.max(0, tokens[name.first]!.start - 60), tokens[name.first]!.start);
    const afterStart = tokens[name.last]!.end;
    // "X in the Donetsk region", "X, Donetsk region", "X (Donetsk region)".
    const regionIndex = regionSpanAfter(afterStart);
    const state = input.stateAfter(afterStart);
    const sceneBefore = /\b(?:in|at|near|outside|of|from|shell(?:ed|s|ing)?|struck|hit|attack(?:ed|s)?|liberat(?:ed|es)|captur(?:ed|es)|took|seized|retook|recaptured|entered|toward|towards)\s+(?:the\s+)?$/i.test(before);
    const datelineStart = tokens[name.first]!.start <= 2;
    if (SETTLEMENT_OF.test(before)) push(name.first, name.last, "settlement of", regionIndex >= 0 ? regionIndex : null, state);
    else if (regionIndex >= 0 && sceneBefore) push(name.first, name.last, "in region", regionIndex, null);
    else if (state && (sceneBefore || datelineStart)) push(name.first, name.last, "state", null, state);
    // "evacuated from Vuhledar", "fighting in Pisky": a name the gazetteer lacks right after a
    // scene word; the caller places it only when the article's places agree on one region.
    else if (sceneBefore && !/['’]s$/.test(words.at(-1)!) && !/^\s+[\p{Lu}]/u.test(text.slice(afterStart))) push(name.first, name.last, "scene", null, null);
    i = name.last;
  }
  return cues;
}

/** "N km <bearing> of <place>" phrases in one sentence, with the span of the place. */
export function findDistanceCues(text: string, spans: Span[]): DistanceCue[] {
  const cues: DistanceCue[] = [];
  spans.forEach((span, k) => {
    const before = text.slice(Math.max(0, span.start - 90), span.start);
    const match = DISTANCE.exec(before);
    if (!match) return;
    const value = Number(match[1]!.replace(",", "."));
    const km = /^mi/i.test(match[2]!) ? value * 1.609344 : value;
    const bearing = BEARINGS[match[3]!.toLowerCase().replace("-", "")];
    if (bearing === undefined || !(km > 0) || km > 500) return;
    cues.push({ start: span.start - match[0].length, km, bearing, referenceSpan: k });
  });
  return cues;
}

/** The point `km` away from (lat, lon) on `bearing` degrees (great circle). */
export function offsetPoint(lat: number, lon: number, km: number, bearing: number): { lat: number; lon: number } {
  const rad = Math.PI / 180;
  const d = km / 6371.0088;
  const theta = bearing * rad;
  const phi1 = lat * rad;
  const lambda1 = lon * rad;
  const phi2 = Math.asin(Math.sin(phi1) * Math.cos(d) + Math.cos(phi1) * Math.sin(d) * Math.cos(theta));
  const lambda2 = lambda1 + Math.atan2(Math.sin(theta) * Math.sin(d) * Math.cos(phi1), Math.cos(d) - Math.sin(phi1) * Math.sin(phi2));
  return { lat: phi2 / rad, lon: ((lambda2 / rad + 540) % 360) - 180 };
}
