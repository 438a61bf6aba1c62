// Stage 3, group: reports that describe the same real-world incident go together.
// FIRST VERSION: same event date and same place; issue 5 replaces it with blocking, similarity
// and fact-compatibility scoring.
import type { IncidentGroup, IncidentReport } from "../model.js";

export function groupReports(reports: IncidentReport[]): IncidentGroup[] {
  const byKey = new Map<string, IncidentReport[]>();
  for (const report of reports) {
    const key = `${report.date.date}|${report.place?.place.slug ?? report.id}`;
    const list = byKey.get(key);
    if (list) list.push(report);
    else byKey.set(key, [report]);
  }
  return [...byKey.values()].map((members) => ({
    reports: members,
    reasons: members.map((report, i) => ({
      report: report.id,
      linkedTo: i === 0 ? null : members[0]!.id,
      score: 1,
      daysApart: 0,
      distanceKm: 0,
      sharedTerms: [],
      editor: false,
      note: i === 0 ? "first report" : "same event date and place",
    })),
    nearMisses: [],
    editorOverrides: { notes: [] },
  }));
}
