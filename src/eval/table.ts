// The evaluation table printed by `npm run eval`: the digest's figures on the whole gold file and
// on each half, the baseline's (grouping only), the figures of the last committed run ("before"),
// and the level each must reach.
import { ACCEPTANCE, type EvaluationResult, type ReportFigures } from "./evaluate.js";
import type { Scores } from "./metrics.js";
import type { ReportScores } from "./reports.js";

const fmt = (x: number | null | undefined) => (x == null ? "n/a" : x.toFixed(3));

type Row = [name: string, digest: number | null | undefined, halfA: number | null | undefined, halfB: number | null | undefined, baseline: number | null | undefined | "-", before: number | null | undefined, level: string];

function table(rows: Row[]): string[] {
  const head = `${"figure".padEnd(40)}${"digest".padStart(8)}${"half A".padStart(8)}${"half B".padStart(8)}${"baseline".padStart(10)}${"before".padStart(8)}   target`;
  return [head, ...rows.map(([name, d, a, b, base, before, level]) => `${name.padEnd(40)}${fmt(d).padStart(8)}${fmt(a).padStart(8)}${fmt(b).padStart(8)}${(base === "-" ? "-" : fmt(base)).padStart(10)}${fmt(before).padStart(8)}   ${level}`)];
}

function incidentRows(withFacts: boolean, prefix: string, digest: Scores, baseline: Scores, halves: [Scores, Scores] | null, previous: Scores | undefined, levels: Partial<Record<keyof typeof ACCEPTANCE.incidents, number>>): Row[] {
  const at = (level: number | undefined) => (level === undefined ? "" : `>= ${level.toFixed(2)}`);
  const row = (name: string, get: (s: Scores) => number | null, level: number | undefined, factsOnly = false): Row => [
    `${prefix}${name}`,
    get(digest),
    halves ? get(halves[0]) : null,
    halves ? get(halves[1]) : null,
    factsOnly ? "-" : get(baseline),
    previous ? get(previous) : null,
    at(level),
  ];
  const rows: Row[] = [
    row("extended BCubed P", (s) => s.bcubed.p, undefined),
    row("extended BCubed R", (s) => s.bcubed.r, undefined),
    row("extended BCubed F1", (s) => s.bcubed.f1, levels.bcubedF1),
    row("pairwise P (primary)", (s) => s.pairwise.p, undefined),
    row("pairwise R (primary)", (s) => s.pairwise.r, undefined),
    row("pairwise F1 (primary)", (s) => s.pairwise.f1, levels.pairwiseF1),
  ];
  if (withFacts) {
    rows.push(
      row("place within 25 km", (s) => s.place25km, undefined, true),
      row("killed exact", (s) => s.killedExact, levels.killedExact, true),
      row("injured exact", (s) => s.injuredExact, levels.injuredExact, true),
      row("date exact", (s) => s.dateExact, levels.dateExact, true),
    );
  }
  return rows;
}

function reportRows(prefix: string, figures: ReportFigures, previous: ReportFigures | undefined, levels: Partial<Record<"detected" | "place25km" | "admin1" | "killedExact", number>>): Row[] {
  const row = (name: string, key: keyof typeof levels): Row => {
    const get = (s: ReportScores) => s[key];
    const level = levels[key];
    return [`${prefix}${name}`, get(figures.all), get(figures.halves[0]), get(figures.halves[1]), "-", previous ? get(previous.all) : null, level === undefined ? "" : `>= ${level.toFixed(2)} held out`];
  };
  return [
    row(`reports in an incident (of ${figures.all.articles})`, "detected"),
    row(`place within 25 km (of ${figures.all.placeN})`, "place25km"),
    row(`oblast / admin1 (of ${figures.all.admin1N})`, "admin1"),
    row(`killed exact (of ${figures.all.killedN})`, "killedExact"),
  ];
}

export function resultTable(result: EvaluationResult, before?: EvaluationResult): string {
  const { digest, baseline, sameDaySameState: sd } = result;
  const lines = [
    `corpus ${result.corpus} (${result.kind}): ${result.articles} articles (${result.rejected} rejected), built in ${result.buildSeconds} s`,
    `predicted incidents ${digest.predictedIncidents}, gold events ${digest.goldIncidents}, gold articles in no incident ${digest.articlesMissing}`,
    "",
  ];
  if (result.kind === "incidents") {
    lines.push(...table(incidentRows(true, "", digest, baseline, result.halves, before?.digest, ACCEPTANCE.incidents)));
    lines.push("", `same-day, same-state incident pairs wrongly merged: digest ${sd.digest.merged} of ${sd.digest.pairs}, baseline ${sd.baseline.merged} of ${sd.baseline.pairs}`);
  } else {
    const levels = result.kind === "viina" ? ACCEPTANCE.viina : {};
    const rows = [...incidentRows(false, "", digest, baseline, result.halves, before?.digest, result.kind === "ucdp" ? { pairwiseF1: ACCEPTANCE.ucdp.pairwiseF1 } : {}), ...reportRows("", result.reports!, before?.reports, levels)];
    if (result.detectedOnly) {
      const d = result.detectedOnly;
      const prev = before?.detectedOnly?.digest;
      rows.push(
        ["pairwise P, articles in an incident only", d.digest.pairwise.p, d.halves[0].pairwise.p, d.halves[1].pairwise.p, "-", prev?.pairwise.p, ""],
        ["pairwise R, articles in an incident only", d.digest.pairwise.r, d.halves[0].pairwise.r, d.halves[1].pairwise.r, "-", prev?.pairwise.r, ""],
        ["pairwise F1, articles in an incident only", d.digest.pairwise.f1, d.halves[0].pairwise.f1, d.halves[1].pairwise.f1, "-", prev?.pairwise.f1, ""],
      );
    }
    if (result.precise) {
      const { pairwiseF1: _pairwise, ...reportLevels } = ACCEPTANCE.ucdp;
      rows.push(...incidentRows(false, "precise: ", result.precise.digest, result.precise.baseline, null, before?.precise?.digest, {}));
      rows.push(...reportRows("precise: ", result.precise.reports, before?.precise?.reports, reportLevels));
    }
    if (result.language) {
      const { all, halves } = result.language;
      rows.push([`language detected (of ${all.articles} stated)`, all.accuracy, halves[0].accuracy, halves[1].accuracy, "-", before?.language?.all.accuracy, ""]);
    }
    lines.push(...table(rows));
  }
  lines.push(
    "",
    "baseline: TF-IDF over title and text, single-link, publication within ±3 days, cosine >= 0.2; before: the last committed run (eval/last-results.json)",
    result.failures.length ? `BELOW TARGET: ${result.failures.join("; ")}` : "all figures at or above target",
  );
  return lines.join("\n");
}
