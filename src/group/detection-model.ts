// The incident-detection model's weights (group/detection.ts). Fitted by L2-regularised logistic
// regression on half A of the hand-labelled RUWA sample (eval/labels/ruwa-sample), half B held
// out (src/eval/detection-fit.ts). `npm run eval -- --fit` re-runs the fit, prints the block
// below and says whether it matches this one.
import type { DetectionModel } from "./detection.js";

export const DETECTION_MODEL: DetectionModel = {
  bias: 0,
  weights: {
    "lead: event verb heads a clause": 0,
    "lead: event named, no verb": 0,
    "lead: talk heads a clause": 0,
    "lead: court or aftermath heads a clause": 0,
    "lead: tally": 0,
    "lead: live page or analysis": 0,
    "lead: over a period": 0,
    "lead: counts attacks": 0,
    "headline tells an event": 0,
    "share of sayings telling an event": 0,
    "share of sayings that are talk": 0,
    "dead or hurt counted": 0,
    "dead or hurt counted in the lead": 0,
    "log incident-type cues": 0,
    "placed in a settlement": 0,
    "placed in a region only": 0,
    "placed in a country only": 0,
    "no place": 0,
    "log settlements named": 0,
    "firm date": 0,
    "follow-up only": 0,
    "later report of a round-up": 0,
    "log passages": 0,
  },
  threshold: 0,
};
