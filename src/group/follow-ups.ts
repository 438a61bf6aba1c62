// Follow-ups: reports that tell of an event only as a court's business (a trial, a plea, a
// verdict; group/reports.ts). They are listed among the sources of the incident other reports
// tell, where grouping puts them; a group made only of follow-ups is no incident, and its articles
// keep `incidents: []` (a verdict about a strike years ago never becomes "Missile strike in Donbas").
//
// War news: an incident happened somewhere. A report that names no place (nor a ship, which is
// its own place at sea) and counts no one dead or hurt makes no incident on its own: in a RUWA
// build such single reports were mostly a force's results of a day ("hit five enemy command
// posts"), plans and warnings, statements and commentary, with few single events. It still joins
// the incident that reports naming its place tell, and two articles that tell one such event
// together (a nuclear plant shelled again, told by two outlets) keep it. A toll with no place
// ("Railway station strike kills 25") tells that someone died somewhere, and stays. Local news
// keeps them all: a shooting's report may name only a street or a venue the gazetteer lacks.
import type { IncidentGroup, IncidentReport } from "../model.js";
import type { NewsDomain } from "./domain.js";
import { namedVessels } from "./constraints.js";

const namesSomewhere = (report: IncidentReport) => report.place !== null || namedVessels(report.text).size > 0;
const countsVictims = (report: IncidentReport) => report.claims.some((c) => (c.kind === "killed" || c.kind === "injured") && c.value > 0);
const toldSomewhere = (group: IncidentGroup) => group.reports.some((r) => namesSomewhere(r) || countsVictims(r)) || new Set(group.reports.map((r) => r.articleId)).size >= 2;

export function dropFollowUpOnlyGroups(groups: IncidentGroup[], domain: NewsDomain): IncidentGroup[] {
  const kept = groups.map((group) => group.reports.some((report) => !report.followUp) && (domain === "local news" || toldSomewhere(group)));
  const newIndex: number[] = [];
  let next = 0;
  for (const keep of kept) newIndex.push(keep ? next++ : -1);
  return groups.flatMap((group, g) =>
    kept[g]
      ? [{ ...group, nearMisses: group.nearMisses.filter((miss) => kept[miss.otherGroup]).map((miss) => ({ ...miss, otherGroup: newIndex[miss.otherGroup]! })) }]
      : [],
  );
}
