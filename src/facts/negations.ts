// Zero counts a sentence states: "no one was hurt" is 0 injured, "no injuries were reported" too,
// "there were no casualties" is 0 killed and 0 injured. "No one else was hurt" is 0 besides those
// already counted (`others`). Statements about named groups ("no officers were injured") say nothing
// about the incident's total and yield nothing; nor does "None of the injuries is life-threatening".
import type { FigureKind } from "../model.js";

export interface ZeroCount {
  kind: FigureKind;
  /** "no one else", "no other injuries": besides people counted elsewhere. */
  others: boolean;
}

const NOBODY = String.raw`(?:no one|no-one|nobody|none)`;
const ELSE = String.raw`(?:\s+(else|other))?`;
const AUX = String.raw`(?:\s+(?:was|were|has been|have been|had been|is|are|got|appeared to be|appears to be|seemed|reportedly|believed to be|thought to be))*`;
const HURT = String.raw`(?:seriously\s+|critically\s+|physically\s+)?(?:hurt|injured|wounded|harmed|struck|hit)`;

const PATTERNS: { pattern: RegExp; kinds: FigureKind[] }[] = [
  { pattern: new RegExp(String.raw`\b${NOBODY}${ELSE}${AUX}\s+${HURT}\b`, "i"), kinds: ["injured"] },
  { pattern: new RegExp(String.raw`\b${NOBODY}${ELSE}${AUX}\s+(?:killed|dead|died)\b`, "i"), kinds: ["killed"] },
  { pattern: new RegExp(String.raw`\b${NOBODY}${ELSE}${AUX}\s+shot\b(?!\s+(?:at|down))`, "i"), kinds: ["injured", "killed"] },
  { pattern: /\bno\s+(other\s+)?(?:injuries|injured|one injured|wounded|reported injuries)\b(?!\s+(?:to|were life))/i, kinds: ["injured"] },
  { pattern: /\bno\s+(other\s+)?(?:deaths|fatalities|one (?:was )?killed)\b/i, kinds: ["killed"] },
  { pattern: /\bno\s+(other\s+)?(?:casualties|victims)\b/i, kinds: ["killed", "injured"] },
  { pattern: /\bno reports? of (other |any |any other )?(?:injuries|injured|casualties|anyone (?:being )?(?:hurt|injured))\b/i, kinds: ["injured"] },
  // "Not without casualties" says there were some.
  { pattern: /(?<!\bnot\s+)\bwithout (other |any |any other )?(?:injuries|casualties)\b/i, kinds: ["injured"] },
  { pattern: /\bwere(?:n't| not) any (other )?(?:injuries|casualties)\b/i, kinds: ["injured"] },
];

export function findZeroCounts(sentence: string): ZeroCount[] {
  const zeros: ZeroCount[] = [];
  for (const { pattern, kinds } of PATTERNS) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const others = match.slice(1).some((group) => group !== undefined && /else|other/i.test(group));
    for (const kind of kinds) if (!zeros.some((z) => z.kind === kind)) zeros.push({ kind, others });
  }
  return zeros;
}
