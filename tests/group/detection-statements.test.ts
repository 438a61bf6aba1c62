// Statements: a report that opens with someone's words about an event (a reaction, a warning) and
// counts no one is no report of the event (group/reports.ts). At one town on one day its words
// meet those of whatever attack or killing is told there, and it joined that incident. A
// statement that gives the toll tells the event too. Articles written for these tests.
import { describe } from "vitest";
import { describeArticles } from "./support/detection.js";

describe("statements about an event", () => {
  describeArticles("a town's shelling and what was said about it", "2022-04-11", [
    { id: "shelling", title: "Russian troops shell residential quarter of Bucha", text: "Russian forces shelled a residential quarter of Bucha, Kyiv region, on Monday morning, damaging several houses." },
    { id: "warning", title: "President warns the number of victims in Bucha will be far higher", text: "Russian shells destroyed houses and cars in Bucha, the president said in his evening address." },
    { id: "condemnation", title: "Foreign minister condemns the shelling of Bucha", text: "Russian artillery hit houses in Bucha on Monday, the minister said, calling it a crime." },
    { id: "told-about", title: "A volunteer from Bucha told about the weeks under occupation", text: "Shells hit the street where she lives in Bucha, she said." },
    { id: "toll", title: "Mayor condemns the shelling of Bucha that killed two residents", text: "Two residents were killed on Monday when a shell hit a house in Bucha, the mayor said." },
  ], [
    ["shelling", true, "the attack itself"],
    ["warning", false, "a warning about the town's dead that counts no one"],
    ["condemnation", false, "a condemnation that counts no one"],
    ["told-about", false, "an interview: someone telling about weeks of war, no one counted"],
    ["toll", true, "a condemnation that gives the toll tells the event too"],
  ]);
});
