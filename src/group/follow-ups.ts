// Follow-ups: reports that tell of an event only as a court's business (a trial, a plea, a
// verdict; group/reports.ts). They are listed among the sources of the incident other reports
// tell, where grouping puts them; a group made only of follow-ups is no incident, and its articles
// keep `incidents: []` (a verdict about a strike years ago never becomes "Missile strike in Donbas").
import type { IncidentGroup } from "../model.js";

export function dropFollowUpOnlyGroups(groups: IncidentGroup[]): IncidentGroup[] {
  const kept = groups.map((group) => group.reports.some((report) => !report.followUp));
  const newIndex: number[] = [];
  let next = 0;
  for (const keep of kept) newIndex.push(keep ? next++ : -1);
  return groups.flatMap((group, g) =>
    kept[g]
      ? [{ ...group, nearMisses: group.nearMisses.filter((miss) => kept[miss.otherGroup]).map((miss) => ({ ...miss, otherGroup: newIndex[miss.otherGroup]! })) }]
      : [],
  );
}
