// Which people a count covers, construction by construction (people shot at a place, a second
// count after a comma, others joined to a subject, the other victim, the killer's own death,
// earlier events and tallies): sentences behind gva-dev incidents whose figures were once read
// wrong, each with what a careful reader writes down after the article-level step (people "shot"
// minus those the same text says died). Short quotes from ../shared/corpus/gva-dev articles.
import { describe, expect, it } from "vitest";
import { findArticleCasualtyClaims } from "../../src/facts/articleClaims.js";
import { readSentences as read } from "./support/claims.js";

describe("casualty claims: people shot at a place, a second count, taken to a hospital", () => {
  it.each([
    // "shot at" + a place or a time is where people were hit, not fired at
    ["Police say five people were shot at Club 21 near NW 16th Street and NW Ave. L around 2:30 a.m. Sunday.", "injured 5"],
    ["Four people have been shot at the New Roosevelt Bar.", "injured 4"],
    ["Officers were shot at but not hit.", ""],
    // a second count after the comma is its own clause: not "all four died"
    ["Four people were shot, two were killed.", "killed 2; injured 2"],
    // "where" ends the clause of the first subject
    ["All four victims were taken to Hurley Medical Center where two were listed in critical condition and the other two victims were in serious condition.", "injured 2; injured 4; grave 2"],
    // taken to a hospital: hurt
    ["Four people were transported to the hospital after an early morning shooting in Florence.", "injured 4"],
    ["The suspect was taken to the police station.", ""],
    // ... unless the same sentence says they died there
    ["The child was taken to Bay Medical Center where she later died.", "killed 1"],
  ])("%s => %s", (sentence, expected) => {
    expect(read([sentence])).toBe(expected);
  });

  it("a headline \"4 Shot, 2 Killed\" is four shot of whom two died", () => {
    expect(read(["4 Shot, 2 Killed In South Memphis Apartment Complex"], true)).toBe("killed 2; injured 2");
  });

  it("the condition of someone already counted stays: \"where he was in critical condition\"", () => {
    expect(read(["The child was taken to children's hospital where he was initially reported to be in critical condition."])).toBe("injured 1; grave 1");
  });

  it("a victim who survived is not one of the article's dead", () => {
    expect(read(["He killed three people for nothing.", "Vicky Myers was also shot in the chest but survived."])).toBe("killed 3; injured 1");
  });
});

describe("casualty claims: article-level context", () => {
  it("an article whose headline names an earlier year keeps that year's sentences", () => {
    const claims = findArticleCasualtyClaims(
      [
        { index: 0, paragraph: 0, text: "Three Charged In 2014 West Side Shooting That Left Teen Dead, 6 Injured", isTitle: true },
        { index: 1, paragraph: 1, text: "A 13-year-old boy was killed and six other people were shot on July 25, 2014, police said.", isTitle: false },
      ],
      "2015-10-01",
    );
    expect(claims.filter((c) => c.passage === 1).map((c) => `${c.kind} ${c.value}`)).toEqual(["killed 1", "injured 6"]);
  });
  it("without it, a sentence set in an earlier year tells of another event", () => {
    expect(read(["In 2012, a man was shot and killed at the same bar."])).toBe("");
  });
  it("\"killed four people and left one seriously injured\" is 4 and 1", () => {
    expect(read(["Police believe a weekend Tulsa shooting that killed four people and left one seriously injured was meth related."])).toBe("killed 4; injured 1");
  });
  it("wounded \"in shootings across the city\" is a city's tally", () => {
    expect(read(["The four men were among nine people who were wounded in shootings across the city's South and West sides since Monday evening."])).toBe("");
  });
});

describe("casualty claims: ages and shares", () => {
  it("a number after a name and a comma is an age: \"Jamie Clayton, 22 was shot\"", () => {
    expect(read(["Calvin Williams, 24 was shot in the chest, Kalone Mcgee, 26 was shot in the left leg and Jamie clayton, 22 was shot in both legs."])).toBe("injured 1");
    expect(read(["The women, both 22, were taken to Stroger Hospital."])).toBe("");
  });
  it("of people shot, the sentence's own dead are taken out, not the article's (a gunman who killed himself)", () => {
    expect(read(["Five people, including the gunman, were killed.", "A man shot six people Saturday afternoon, killing four of them, before turning the gun on himself."])).toBe("killed 4; killed 5; killed 5; injured 2");
  });
});

describe("casualty claims: withdrawn figures, other events, the dead taken to hospital", () => {
  it("a figure its source withdrew is none", () => {
    expect(read(["Police had originally said that seven people were shot, but amended that number shortly before midnight to four."])).toBe("");
  });
  it("someone rushed to the hospital who died there is counted dead, not hurt", () => {
    expect(read(["Azrate-Lujan was rushed to University Medical Center, where doctors discovered the gunshot wound and a bullet lodged in her left temple, and the girl later died."])).toBe("killed 1");
  });
  it("an earlier event at the same address is not this one", () => {
    expect(read(["This incident occurred at the same address where three people were shot on November 19, 2016."])).toBe("");
    expect(read(["In an earlier shooting, two men were wounded outside the bar."])).toBe("");
  });
  it("a count over several shootings is a tally", () => {
    expect(read(["Bloody Sunday: 8 injured in two Trenton shootings"], true)).toBe("");
  });
});

describe("casualty claims: subjects joined with others", () => {
  it("\"A 2-year-old girl and four other people were wounded\" is five", () => {
    expect(read(["A 2-year-old old girl and four other people were wounded in a shooting in West Englewood Thursday night, police said."])).toBe("injured 5");
  });
  it("\"he and three others were shot\" is four, not the one already counted", () => {
    expect(read(["A 12-year-old was in critical condition Tuesday after he and three others were shot on a Rocky Mount basketball court."])).toBe("injured 4; grave 1");
  });
  it("but \"a man was killed and three others were wounded\" stays two clauses", () => {
    expect(read(["A man was killed and three others were wounded."])).toBe("killed 1; injured 3");
  });
  it("and an object's others need not share the verb's outcome", () => {
    expect(read(["Arlington police are trying to figure out who fatally shot a man and three others at a bar early Sunday morning."])).toBe("killed 1");
  });
  it("\"Four people were sent to the hospital with gunshot wounds\"", () => {
    expect(read(["Four people were sent to the hospital with gunshot wounds early Sunday morning."])).toBe("injured 4");
  });
});

describe("casualty claims: the other victim", () => {
  it("\"Another 15-year-old was also shot\" in a story of one dead is someone else, hurt", () => {
    expect(read(["A 15-year-old was shot and was found at the Wendy's.", "He later died at Grady Memorial Hospital.", "Another 15-year-old in the red Lexus was also shot."])).toBe("killed 1; injured 0; injured 1");
  });
  it("a lone victim treated for non-life threatening wounds did not die", () => {
    expect(read(["A 15-year-old boy was killed in the shooting.", "Watts was treated for non-life threatening wounds."])).toBe("killed 1; injured 1");
  });
  it("\"with a gunshot wound\" is hurt; \"with a gun\" is not", () => {
    expect(read(["A man with a gunshot wound to his shoulder showed up at a Taco Bell Friday night asking for help."])).toBe("injured 1");
    expect(read(["A man with a gun was arrested."])).toBe("");
  });
});

describe("casualty claims: dates and people between a hurt and a death", () => {
  it("the day of a month is no count: \"shot in Chapel Hill Dec. 25 has died\"", () => {
    expect(read(["The one-year-old girl shot in Chapel Hill Dec. 25 has died Monday from her injuries."])).not.toMatch(/25/);
    expect(read(["One of the victims that was involved in a shooting on Sept. 3 died Saturday morning."])).not.toMatch(/killed 3/);
  });
  it("\"leaves 4 wounded, gunman dead\": the dead is the gunman, not the four", () => {
    expect(read(["Blount County shooting spree leaves 4 wounded, gunman dead"], true)).toBe("killed 1; injured 4");
  });
  it("dead \"in shootings across Chicago\" are a weekend's tally", () => {
    expect(read(["At least 17 people, including four teenagers, were killed and 41 others were wounded in shootings across Chicago between Friday evening and Monday morning."])).toBe("");
  });
});

describe("casualty claims: the killer's own death", () => {
  it("\"killed four people and then turned the gun on himself\" is five dead", () => {
    expect(read(["Police say the gunman killed four people and then turned the gun on himself."])).toBe("killed 4; killed 5");
  });
  it("\"shot and killed his wife before turning the gun on himself\" is two", () => {
    expect(read(["A man shot and killed his wife before turning the gun on himself."])).toBe("killed 2");
  });
  it("a killer who shot himself and lived adds no death", () => {
    expect(read(["He killed his girlfriend and then shot himself; he is in critical condition."])).toMatch(/^killed 1;/);
  });
});
