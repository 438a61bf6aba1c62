// Why two articles are, or are not, one incident, as `npm run explain -- A B` prints it: each
// article's reports, the blocks that make their reports a candidate pair, the constraints that keep
// them apart, every feature's value and weight and its part in the score, the score against the
// threshold, the editor's decisions that name either article, and where the build put them.
import { DateTime } from "luxon";
import { join } from "node:path";
import type { IncidentReport } from "../model.js";
import { findIncidents, readReports } from "../pipeline.js";
import { readDecisions, type Decisions } from "../decisions/read.js";
import { readLock } from "../lock/index.js";
import { incidentIdentity } from "../merge/index.js";
import { sharedBlocks } from "../group/blocking.js";
import { daysBetween, tooLittleInCommon, whyApart } from "../group/constraints.js";
import { newsDomain, TARGET_LINKS, UNDATED_LAG } from "../group/domain.js";
import { groupingPairFeatures, profileReports, type Profiles } from "../group/features.js";
import { contributions, pairLogit, PAIR_MODELS, type PairModel } from "../group/pair-model.js";

export interface ExplainOptions {
  contentDir: string;
  now: DateTime;
  /** Every pair of the two articles' reports, not only each report of A with its likeliest report of B. */
  allPairs?: boolean;
}

export class ExplainError extends Error {}

export async function explainArticles(a: string, b: string, { contentDir, now, allPairs = false }: ExplainOptions): Promise<string> {
  const { ingested, places, reports } = await readReports({ contentDir, now });
  const articles = new Map(ingested.articles.map((x) => [x.id, x]));
  for (const id of [a, b]) {
    if (!articles.has(id)) {
      const rejection = ingested.rejected.find((r) => r.file.includes(id));
      throw new ExplainError(`no article "${id}" in ${contentDir}${rejection ? ` (${rejection.file}: ${rejection.reason})` : ""}`);
    }
  }
  const decisions = readDecisions(contentDir);
  const lock = readLock(join(contentDir, "incidents.lock.json"));
  const { decided: grouped, groups } = findIncidents(reports, decisions.decisions, { articles, lock, places });
  const visible = reports.filter((r) => !grouped.hidden.has(r.articleId));
  const domain = newsDomain(visible);
  const model = PAIR_MODELS[domain];
  const profiled = profileReports(visible, (id) => articles.get(id)!, UNDATED_LAG[domain]);
  const indexOf = new Map(visible.map((r, i) => [r.id, i]));
  const reportsOf = (id: string) => visible.filter((r) => r.articleId === id);

  const lines: string[] = [`${a} and ${b}, in ${contentDir}: ${domain} (the build's reports decide), pair model "${domain}"`, ""];
  for (const id of [a, b]) {
    const article = articles.get(id)!;
    lines.push(`${id}: "${article.title || "(no title)"}" (${article.source ?? "unattributed wire report"}, published ${article.published})`);
    const own = reportsOf(id);
    if (grouped.hidden.has(id)) lines.push("  hidden by decisions.yml: in no incident");
    else if (!own.length) lines.push("  describes no incident (no report was cut from it)");
    for (const report of own) lines.push(`  report ${report.id}: ${describeReport(report)}`);
  }

  const pairs = reportPairs(reportsOf(a), reportsOf(b), profiled, indexOf, model, allPairs, TARGET_LINKS[domain]);
  for (const [x, y] of pairs) lines.push("", ...explainReports(x, y, profiled, indexOf, model, TARGET_LINKS[domain]));

  lines.push("", "Editor decisions (decisions.yml):", ...editorDecisions(decisions.decisions, a, b));
  const rejected = grouped.rejected.filter((r) => r.reason.includes(`"${a}"`) || r.reason.includes(`"${b}"`));
  for (const r of rejected) lines.push(`  rejected, line ${r.line}: ${r.reason}`);

  lines.push("", "Where the build puts them:");
  // The groups that make an incident (a follow-up's or a placeless report's alone make none).
  const groupOf = (id: string) => groups.findIndex((g) => g.reports.some((r) => r.articleId === id && r.index === 0));
  const [ga, gb] = [groupOf(a), groupOf(b)];
  const name = (g: number) => (g < 0 ? "no incident" : `incident ${incidentIdentity(groups[g]!, articles, domain).naturalId} (${groups[g]!.reports.length} reports)`);
  lines.push(ga >= 0 && ga === gb ? `  one incident: ${name(ga)}` : `  ${a}: ${name(ga)}\n  ${b}: ${name(gb)}`);
  return lines.join("\n");
}

function describeReport(report: IncidentReport): string {
  const place = report.place ? `${report.place.place.name} (${report.place.place.precision})` : "no place";
  const date = report.date.cue ? `${report.date.date} (from "${report.date.cue}")` : `${report.date.date} (publication day: the text gives none)`;
  return `${report.type}, ${place}, ${date}`;
}

/** Each report of A with its likeliest report of B (or every pair). */
function reportPairs(ra: IncidentReport[], rb: IncidentReport[], profiled: Profiles, indexOf: Map<string, number>, model: PairModel, all: boolean, targetsTie: boolean): [IncidentReport, IncidentReport][] {
  if (all) return ra.flatMap((x) => rb.map((y): [IncidentReport, IncidentReport] => [x, y]));
  const score = (x: IncidentReport, y: IncidentReport) => pairLogit(groupingPairFeatures(profiled.profiles[indexOf.get(x.id)!]!, profiled.profiles[indexOf.get(y.id)!]!, targetsTie).features, model);
  return ra.flatMap((x) => {
    const best = rb.reduce<IncidentReport | null>((top, y) => (top === null || score(x, y) > score(x, top) ? y : top), null);
    return best ? [[x, best] as [IncidentReport, IncidentReport]] : [];
  });
}

function explainReports(x: IncidentReport, y: IncidentReport, profiled: Profiles, indexOf: Map<string, number>, model: PairModel, targetsTie: boolean): string[] {
  const [i, j] = [indexOf.get(x.id)!, indexOf.get(y.id)!];
  const [p, q] = [profiled.profiles[i]!, profiled.profiles[j]!];
  const lines = [`${x.id} and ${y.id}:`];
  const blocks = sharedBlocks(profiled, i, j);
  lines.push(
    blocks.length
      ? `  blocking: a candidate pair, in ${blocks.map((k) => `${k.key} (within ${k.windowDays} day${k.windowDays === 1 ? "" : "s"})`).join("; ")}`
      : "  blocking: no block holds both (never compared; they join only through other reports)",
  );
  if (x.articleId === y.articleId) lines.push("  one article: cut apart as two incidents, never linked");
  const facts = groupingPairFeatures(p, q, targetsTie);
  const apart = whyApart(p, q, targetsTie) ?? tooLittleInCommon(p, q, facts.text, facts.title, targetsTie);
  lines.push(`  constraints: ${apart ? `kept apart: ${apart}` : "none keeps them apart"} (events ${daysBetween(p, q)} day(s) apart)`);
  lines.push("  features (value × weight = part of the log-odds):");
  for (const c of contributions(facts.features, model)) {
    lines.push(`    ${c.name.padEnd(36)} ${fmt(c.value, 3).padStart(7)} × ${fmt(c.weight, 3).padStart(7)} = ${signed(c.part)}`);
  }
  lines.push(`    ${"bias".padEnd(36)} ${"".padStart(7)}   ${"".padStart(7)}   ${signed(model.bias)}`);
  const z = pairLogit(facts.features, model);
  const probability = 1 / (1 + Math.exp(-z));
  lines.push(
    `  score: log-odds ${signed(z)}, probability ${probability.toFixed(3)}; threshold ${model.threshold} (two groups of reports merge when the average probability of the pairs between them reaches it)${apart ? ", but a constraint keeps them apart" : ""}`,
  );
  return lines;
}

function editorDecisions(decisions: Decisions, a: string, b: string): string[] {
  const names = (ids: string[]) => ids.some((id) => id === a || id === b);
  const out: string[] = [];
  for (const d of decisions.same) if (names(d.articles)) out.push(`  line ${d.line}: same ${JSON.stringify([...d.articles, ...d.incidents])}${d.note ? ` (${d.note})` : ""}`);
  for (const d of decisions.different) if (names(d.articles)) out.push(`  line ${d.line}: different ${JSON.stringify([...d.articles, ...d.incidents])}${d.note ? ` (${d.note})` : ""}`);
  for (const d of decisions.hide) if (names([d.article])) out.push(`  line ${d.line}: hide ${d.article}${d.note ? ` (${d.note})` : ""}`);
  for (const d of decisions.set) if ("article" in d.target && names([d.target.article])) out.push(`  line ${d.line}: set facts of ${d.target.article}'s incident`);
  const incidents = [...decisions.same, ...decisions.different].filter((d) => d.incidents.length && !names(d.articles));
  if (incidents.length) out.push(`  (${incidents.length} more naming incidents by id; see the incident pages)`);
  return out.length ? out : ["  none names these articles"];
}

const fmt = (x: number, digits: number) => (Number.isInteger(x) ? String(x) : x.toFixed(digits));
const signed = (x: number) => `${x >= 0 ? "+" : "-"}${Math.abs(x).toFixed(3)}`;
