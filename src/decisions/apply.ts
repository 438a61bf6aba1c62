// Stage 3, group, with the editor's decisions.yml applied inside it: hidden articles lose their
// reports, "same" and "different" become must-link and cannot-link constraints of the clustering,
// and "set" entries become overrides of the incident they name. Articles stand for their primary
// report (the first incident they describe); incidents stand for all their reports. Incident ids
// are those of the lock (old ids that now redirect count too), matched to this build's groups the
// way stable ids are (by shared articles; ties by the incident's natural id, which needs only its
// place, date and type, not a merge). Every entry that names something unknown, hidden or
// contradictory is rejected with its line.
import type { Article, IncidentGroup, IncidentLock, IncidentReport, Passage, Place, Rejection } from "../model.js";
import { groupReports, type GroupingConstraints, type GroupOptions } from "../group/index.js";
import { reportId } from "../group/reports.js";
import { assignStableIds } from "../lock/index.js";
import { incidentIdentity } from "../merge/index.js";
import { newsDomain } from "../group/domain.js";
import { findPlaceMentions, type PlaceIndex } from "../places/index.js";
import { KeyedSets } from "../union-find.js";
import { DECISIONS_FILE, type Decisions, type LinkDecision, type SetDecision } from "./read.js";

export interface DecisionContext {
  articles: Map<string, Article>;
  lock: IncidentLock;
  places: PlaceIndex;
  /** Options of the clustering (the pair model, blocking); articles come from `articles`. */
  groupOptions?: Omit<GroupOptions, "article" | "constraints">;
}

export interface DecidedGrouping {
  groups: IncidentGroup[];
  rejected: Rejection[];
  hidden: Set<string>;
}

export function groupIncidents(reports: IncidentReport[], decisions: Decisions, context: DecisionContext): DecidedGrouping {
  const groupOptions: GroupOptions = { ...context.groupOptions, article: (id) => context.articles.get(id)! };
  const rejected: Rejection[] = [];
  const reject = (line: number, reason: string) => rejected.push({ file: DECISIONS_FILE, line, reason });

  const hidden = new Set<string>();
  for (const entry of decisions.hide) {
    if (!context.articles.has(entry.article)) reject(entry.line, `hide: no article "${entry.article}" in this build`);
    else hidden.add(entry.article);
  }
  const visible = reports.filter((r) => !hidden.has(r.articleId));
  const primary = new Map<string, IncidentReport>();
  for (const report of visible) if (!primary.has(report.articleId)) primary.set(report.articleId, report);

  /** The report an article stands for; an article the build found no incident in gets one. */
  const reportOf = (articleId: string): IncidentReport => {
    const found = primary.get(articleId);
    if (found) return found;
    const made = wholeArticleReport(context.articles.get(articleId)!);
    primary.set(articleId, made);
    visible.push(made);
    return made;
  };
  const articleProblem = (id: string) =>
    !context.articles.has(id) ? `no article "${id}" in this build` : hidden.has(id) ? `article "${id}" is hidden by this file` : null;
  const checkArticles = (section: string, entry: { line: number }, ids: string[]) => {
    const problem = ids.map(articleProblem).find((p) => p !== null);
    if (problem) reject(entry.line, `${section}: ${problem}`);
    return !problem;
  };

  const same = decisions.same.filter((d) => checkArticles("same", d, d.articles));
  const different = decisions.different.filter((d) => checkArticles("different", d, d.articles));
  const sets = decisions.set.filter((d) => !("article" in d.target) || checkArticles("set", d, [d.target.article]));
  const usesIncidents = [...same, ...different].some((d) => d.incidents.length > 0) || sets.some((d) => "incident" in d.target);

  // Pass 1: article-level decisions only. With incident references, a second pass adds them.
  const constrain = (incidentReports: (id: string) => IncidentReport[] | null): GroupingConstraints => {
    const expand = (section: string, d: LinkDecision): IncidentReport[][] | null => {
      const items: IncidentReport[][] = d.articles.map((a) => [reportOf(a)]);
      for (const id of d.incidents) {
        const found = incidentReports(id);
        if (found === null) return reject(d.line, `${section}: no incident "${id}" in incidents.lock.json or this build`), null;
        items.push(found);
      }
      return items;
    };
    const constraints: GroupingConstraints = { same: [], different: [] };
    const component = new KeyedSets();
    for (const d of same) {
      const items = expand("same", d);
      if (!items) continue;
      const ids = items.flat().map((r) => r.id);
      ids.forEach((id) => component.join(ids[0]!, id));
      constraints.same.push({ reports: ids, note: d.note ?? `An editor decided these reports describe one incident (${DECISIONS_FILE} line ${d.line}).` });
    }
    for (const d of different) {
      const items = expand("different", d);
      if (!items) continue;
      const pairs: { a: string; b: string; note: string }[] = [];
      const note = d.note ?? `An editor decided these are different incidents (${DECISIONS_FILE} line ${d.line}).`;
      for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) for (const x of items[i]!) for (const y of items[j]!) pairs.push({ a: x.id, b: y.id, note });
      if (pairs.some((p) => component.find(p.a) === component.find(p.b))) reject(d.line, "different: contradicts a same: entry of this file");
      else constraints.different.push(...pairs);
    }
    return constraints;
  };

  for (const d of sets) if ("article" in d.target) reportOf(d.target.article); // before grouping, so it has a group
  const pass1Rejections = rejected.length;
  let groups = groupReports(visible, { ...groupOptions, constraints: constrain(() => []) });
  if (usesIncidents) {
    rejected.length = pass1Rejections; // the second pass re-checks every entry
    const lookup = incidentLookup(groups, context);
    groups = groupReports(visible, { ...groupOptions, constraints: constrain((id) => lookup(id)?.reports ?? null) });
  }

  // Overrides go to the final groups.
  const lookup = sets.some((d) => "incident" in d.target) ? incidentLookup(groups, context) : () => null;
  const groupOfReport = new Map<string, IncidentGroup>();
  for (const group of groups) for (const report of group.reports) groupOfReport.set(report.id, group);
  const setBy = new Map<IncidentGroup, Map<string, number>>();
  for (const d of sets) {
    const group = "article" in d.target ? groupOfReport.get(reportOf(d.target.article).id) : lookup(d.target.incident);
    if (!group) {
      reject(d.line, `set: no incident "${"incident" in d.target ? d.target.incident : d.target.article}" in incidents.lock.json or this build`);
      continue;
    }
    applySet(group, d, context.places, setBy, reject);
  }
  const finalLookup = usesIncidents ? incidentLookup(groups, context) : () => null;
  const touched = (d: LinkDecision) => new Set([...d.articles.map((a) => groupOfReport.get(reportOf(a).id)), ...d.incidents.map(finalLookup)].filter((g): g is IncidentGroup => !!g));
  const addNote = (group: IncidentGroup, note: string) => group.editorOverrides.notes.includes(note) || group.editorOverrides.notes.push(note);
  for (const d of same) for (const g of touched(d)) addNote(g, `An editor decided these reports describe one incident${d.note ? `: ${d.note}` : "."}`);
  for (const d of different) for (const g of touched(d)) addNote(g, `An editor decided this is a different incident from another the build would have joined it with${d.note ? `: ${d.note}` : "."}`);
  return { groups, rejected, hidden };
}

/** Incident id -> this build's group, matched through the lock like stable ids (and its redirects). */
function incidentLookup(groups: IncidentGroup[], context: DecisionContext): (id: string) => IncidentGroup | null {
  const domain = newsDomain(groups.flatMap((g) => g.reports));
  const named = groups.map((group) => ({ naturalId: incidentIdentity(group, context.articles, domain).naturalId, articles: [...new Set(group.reports.map((r) => r.articleId))] }));
  const ids = assignStableIds(named, context.lock).ids;
  const byId = new Map(ids.map((id, i) => [id, groups[i]!]));
  return (id: string) => {
    let current = id;
    for (let hops = 0; !byId.has(current) && context.lock.redirects[current] && hops < 100; hops++) current = context.lock.redirects[current]!;
    return byId.get(current) ?? null;
  };
}

function applySet(group: IncidentGroup, d: SetDecision, places: PlaceIndex, setBy: Map<IncidentGroup, Map<string, number>>, reject: (line: number, reason: string) => void): void {
  const overrides = group.editorOverrides;
  const earlier = setBy.get(group) ?? setBy.set(group, new Map()).get(group)!;
  let place: Place | null = null;
  if (d.place !== undefined) {
    place = resolvePlace(d.place, places);
    if (!place) return reject(d.line, `set: place "${d.place}" is not in the gazetteer or places.yml (add it to places.yml)`);
  }
  const fields = (["type", "date", "place", "killed", "injured"] as const).filter((f) => d[f] !== undefined);
  const clash = fields.find((f) => earlier.has(f) && overrides[f] !== (f === "place" ? place!.slug : d[f]));
  if (clash) return reject(d.line, `set: ${clash} of this incident is already set on line ${earlier.get(clash)}`);
  const said: string[] = [];
  if (d.type !== undefined) (overrides.type = d.type), said.push(`type "${d.type}"`);
  if (d.date !== undefined) (overrides.date = d.date), said.push(`date ${d.date}`);
  if (place) (overrides.place = place.slug), (overrides.placeDetail = place), said.push(`place ${place.name}`);
  if (d.killed !== undefined) (overrides.killed = d.killed), said.push(`killed ${d.killed}`);
  if (d.injured !== undefined) (overrides.injured = d.injured), said.push(`injured ${d.injured}`);
  for (const f of fields) earlier.set(f, d.line);
  overrides.notes.push(`An editor set the ${said.join(", ")}${d.note ? `: ${d.note}` : "."}`);
}

/** A place as an editor names it ("Nikopol, Ukraine"), found the way places in articles are. */
function resolvePlace(name: string, places: PlaceIndex): Place | null {
  const passage: Passage = { index: 0, paragraph: 1, text: `The incident happened in ${name}.`, isTitle: false };
  const mentions = findPlaceMentions([passage], places);
  return (mentions.find((m) => m.role === "location") ?? mentions[0])?.place ?? null;
}

/** A report for an article in which the build found no incident, so an editor can place it. */
function wholeArticleReport(article: Article): IncidentReport {
  return {
    id: reportId(article.id, 0),
    articleId: article.id,
    index: 0,
    passages: [],
    text: [article.title, article.text].filter(Boolean).join("\n"),
    place: null,
    places: [],
    date: { date: article.publishedDay, end: article.publishedDay, precision: "day", cue: null },
    type: "other",
    claims: [],
    means: [],
    damage: [],
  };
}

