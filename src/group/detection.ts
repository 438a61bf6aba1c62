// Incident detection: does a report tell of a specific event (something happened, to someone or
// something, somewhere, at a time), or is it talk about events (a statement, a trial, aid, a
// tally, a live page's headline)? The rules of group/reports.ts cut an article into candidate
// reports; the detection model then weighs what each candidate's clauses do (facts/clauses.ts):
// whether an event verb heads its headline and lead, whether talk, a court's business or a tally
// heads them, how precise its place is and how many settlements it lists, whether it states a
// firm date and a toll. A logistic function of these signals, with weights fitted on one half of
// the hand-labelled RUWA sample (src/eval/detection-fit.ts), keeps the candidates likely enough to
// tell an incident. No signal is a word of a headline: each is a role the lexicon gives words.
import type { DetectionSignals, IncidentReport } from "../model.js";
import { DETECTION_MODEL } from "./detection-model.js";

/** The signals, in the order the model's weights are listed (detection-model.ts). */
export const SIGNAL_NAMES = [
  // The headline and first paragraph (the lead): what the report says it is about.
  "lead: event verb heads a clause",
  "lead: event named, no verb",
  "lead: talk heads a clause",
  "lead: court or aftermath heads a clause",
  "lead: tally",
  "lead: live page or analysis",
  "lead: over a period",
  "lead: counts attacks",
  "headline tells an event",
  // The whole report.
  "share of sayings telling an event",
  "share of sayings that are talk",
  "dead or hurt counted",
  "dead or hurt counted in the lead",
  "log incident-type cues",
  // Where and when.
  "placed in a settlement",
  "placed in a region only",
  "placed in a country only",
  "no place",
  "log settlements named",
  "firm date",
  // Its standing in the article.
  "follow-up only",
  "later report of a round-up",
  "log passages",
] as const;

export type SignalName = (typeof SIGNAL_NAMES)[number];

export interface DetectionModel {
  bias: number;
  weights: Record<SignalName, number>;
  /** Candidates at least this likely to tell an incident are kept. */
  threshold: number;
}

export function signalVector(signals: DetectionSignals): number[] {
  return SIGNAL_NAMES.map((name) => signals[name]);
}

/** The probability that the report tells of an incident; 1 for a report without signals (a language without detection roles). */
export function incidentProbability(report: IncidentReport, model: DetectionModel = DETECTION_MODEL): number {
  if (!report.signals) return 1;
  let z = model.bias;
  for (const name of SIGNAL_NAMES) z += model.weights[name] * report.signals[name];
  return 1 / (1 + Math.exp(-z));
}

/** The candidate reports that tell of an incident (the others stay in their articles, in no incident). */
export function keepIncidentReports(candidates: IncidentReport[], model: DetectionModel = DETECTION_MODEL): IncidentReport[] {
  return candidates.filter((report) => incidentProbability(report, model) >= model.threshold);
}
