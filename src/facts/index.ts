// Facts found in passages: casualty claims, event dates, means, damage and incident-type cues.
// One file per job; this module is the surface the extract stage calls.
export { findCasualtyClaims } from "./claims.js";
export { findArticleCasualtyClaims } from "./article-claims.js";
export { decideEventDate, findDateCues, mergeEventDates } from "./dates.js";
export { findMeans } from "./means.js";
export { findDamage } from "./damage.js";
export { decideIncidentType, findTypeCues } from "./incident-types.js";
