// The evaluation table printed by `npm run eval`.
import type { EvaluationResult } from "./evaluate.js";
import type { Scores } from "./metrics.js";

const fmt = (x: number | null) => (x === null ? "  n/a" : x.toFixed(3));

export function resultTable(result: EvaluationResult): string {
  // The baseline only clusters; it has no places, figures or dates to score.
  const rows: [string, (s: Scores) => number | null, string, boolean?][] = [
    ["extended BCubed P", (s) => s.bcubed.p, ""],
    ["extended BCubed R", (s) => s.bcubed.r, ""],
    ["extended BCubed F1", (s) => s.bcubed.f1, ">= 0.93"],
    ["pairwise P (primary)", (s) => s.pairwise.p, ""],
    ["pairwise R (primary)", (s) => s.pairwise.r, ""],
    ["pairwise F1 (primary)", (s) => s.pairwise.f1, ">= 0.80"],
    ["place within 25 km", (s) => s.place25km, "(reported)", true],
    ["killed exact", (s) => s.killedExact, ">= 0.85", true],
    ["injured exact", (s) => s.injuredExact, ">= 0.80", true],
    ["date exact", (s) => s.dateExact, ">= 0.80", true],
  ];
  const { digest, baseline, sameDaySameState: sd } = result;
  const lines = [
    `corpus ${result.corpus}: ${result.articles} articles (${result.rejected} rejected), built in ${result.buildSeconds} s`,
    `predicted incidents ${digest.predictedIncidents}, gold incidents ${digest.goldIncidents}, gold articles in no incident ${digest.articlesMissing}`,
    "",
    `${"figure".padEnd(24)}${"digest".padStart(8)}${"baseline".padStart(10)}   acceptance`,
    ...rows.map(([name, get, level, factsOnly]) => `${name.padEnd(24)}${fmt(get(digest)).padStart(8)}${(factsOnly ? "-" : fmt(get(baseline))).padStart(10)}   ${level}`),
    "",
    `same-day, same-state incident pairs wrongly merged: digest ${sd.digest.merged} of ${sd.digest.pairs}, baseline ${sd.baseline.merged} of ${sd.baseline.pairs}`,
    "baseline: TF-IDF over title and text, single-link, publication within ±3 days, cosine >= 0.2",
    result.failures.length ? `BELOW ACCEPTANCE: ${result.failures.join("; ")}` : "all figures at or above acceptance",
  ];
  return lines.join("\n");
}
