// The few lines an incident page opens with: the first report's own words, not its headline (the
// page has its own title, and the sources list the headlines), without a wire dateline.
import type { Article, IncidentReport } from "../model.js";

const SUMMARY_CHARS = 300;
// "KYIV, June 7 (Reuters) - ", "17.11.22 08:11 - ": where and when the wire filed the text.
const DATELINE = /^\s*(?:[^.!?\n]{0,60}?\((?:Reuters|AP|AFP|UPI|dpa|Xinhua|TASS|Interfax|Ukrinform)\)|\d{1,2}\.\d{1,2}\.\d{2,4}(?:,?\s+\d{1,2}:\d{2})?)\s*[-–—]\s+/i;

export function incidentSummary(report: IncidentReport, article: Article): string {
  const lines = report.text.split("\n");
  // Passage 0 is the headline when the article has one of its own (extract/passages.ts).
  const startsWithHeadline = report.passages[0] === 0 && article.title !== "" && !article.titleDerived;
  const body = startsWithHeadline && lines.length > 1 ? lines.slice(1) : lines;
  return body.join(" ").replace(DATELINE, "").slice(0, SUMMARY_CHARS);
}
