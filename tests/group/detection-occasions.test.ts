// Talk read as incidents in random RUWA builds: an event noun that is only the occasion of a
// movement or a statement ("families leave as troops renew their assault", "reels from the strike",
// "narrowly averted disaster during the attack"), a confession of what one knew, an offer to carry
// out killed and wounded soldiers, a list's or a caption's "destroyed houses", and a weapon's or an
// event's word in a peaceful sense ("moon rocket", "hunger strike") (lexicon `subordinators`,
// `reaction`, `outlook`, `casualtyPairsBeforePeople`, `damagedPropertyAdjectives`, `peacefulSenses`).
// Sentences written for these tests, then corpus items by id (../shared/corpus; skipped when absent,
// no text kept here).
import { describe } from "vitest";
import { describeCorpusItems, itReadsPassages, RUWA } from "./support/detection.js";

describe("what a passage tells: an event only as the occasion of talk or movement", () => {
  itReadsPassages([
    // a clause after "as" is background: what the main clause does decides
    ["Families leave Milltown by train as troops renew their assault", "none"],
    ["Families wait at the border as the offensive steps up in the east", "none"],
    ["Harbourtown reels from the missile strike on its port", "reaction"],
    ["Minister says the region narrowly averted disaster during the attack on the plant", "outlook"],
    // a confession of what one knew is talk about the events, none of them
    ["Pilot in custody says he knew he fired at homes in Oakvale", "reaction"],
    // killed and wounded soldiers named together are people to carry out, no one's toll
    ["The matter of killed and wounded marines: neighbour ready to send ships to Harbourtown", "outlook"],
    // a hope is a plan
    ["Governor hopes to bring out the wounded from the besieged plant", "outlook"],
    // a list's or a caption's destroyed houses are a situation shown or discussed
    ["Housing, destroyed property, schools: the mayor meets residents", "reaction"],
    ["Oakvale today - destroyed houses and a school", "none"],
    // hundreds of a firm's branches or offices damaged are a war's toll on it
    ["Invaders have damaged some 300 branches of the state savings bank, its head says", "tally"],
    ["Occupiers destroyed over 120 post offices in the south", "tally"],
    // a village found destroyed when an occupation ends is a find, as bodies found are
    ["Oakvale found nearly completely destroyed after the occupiers left", "aftermath"],
    // a weapon's or an event's word in a peaceful sense
    ["Space agency's new moon rocket rollout delayed by weeks", "none"],
    ["Prisoners in the Oakvale jail go on hunger strike", "none"],
    ["Harbourtown mayor suffers a heart attack at the city hall", "none"],
    // security services exposing an accomplice who guided strikes: a court's business
    ["Spotter guided drone strikes: security service exposed an accomplice of the fugitive MP in Milltown", "legal"],
    // a fundraising or sales target hit is no strike
    ["Milltown: fundraising target hit to pay the vet's bill for a stray dog", "none"],
    ["Rockets hit the target area near Oakvale", "event"],
    // events told plainly stay events
    ["Two killed as missiles strike Oakvale", "event"],
    ["As many as 20 killed in a strike on Milltown", "event"],
    // an "as" clause an event verb heads is the event itself
    ["Losses as fighting breaks out in the port city of Harbourtown", "event"],
    ["Families leave as missiles hit Oakvale overnight", "event"],
    ["School used as a base hit by missiles in Oakvale", "event"],
    ["Shelling killed and wounded civilians in Oakvale", "event"],
    ["A missile destroyed houses in Milltown overnight", "event"],
    ["Rockets hit the Oakvale rail station at dawn", "event"],
  ]);
});

describeCorpusItems("RUWA items by id: an event only as the occasion of talk (../shared/corpus/ruwa)", RUWA, [
  ["ruwa-e1eead18a2b3f488", false, "a space agency's rocket rollout delayed"],
  ["ruwa-8b3a62571378f8cd", false, "refugees crossing borders as an assault is renewed"],
  ["ruwa-f05d4d9a86a25c64", false, "an envoy on a catastrophe averted in an assault"],
  ["ruwa-4dd93b9e262db15f", false, "a captured pilot on what he knew he bombed"],
  ["ruwa-65eb15c244d91c7c", false, "an offer to evacuate killed and wounded soldiers"],
  ["ruwa-4f0bbc6c336c0d32", false, "a city's destroyed houses shown in a video"],
  ["ruwa-05dc1ab10903984c", false, "a village found destroyed after an occupation"],
  ["ruwa-2ab05ab6f6704f8b", false, "an accomplice who guided strikes exposed by a security service"],
]);
