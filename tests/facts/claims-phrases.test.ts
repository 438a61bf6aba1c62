// Phrases a count must be read through, construction by construction (denials, "another", ages in
// lists, struck by gunfire, adjectives before a person, attempts, headline commas): sentences
// behind gva-dev incidents whose injured figure was once read wrong, each with what a careful
// reader writes down after the article-level step (people "shot" minus those the same text says
// died). Short quotes from ../shared/corpus/gva-dev articles; each group names the rule it covers.
import { describe, expect, it } from "vitest";
import { readSentences as read } from "./support/claims.js";

describe("casualty claims: denials, other people, ages in lists, gunfire, adjectives and attempts", () => {
  it.each([
    // a denied predicate is no count ("not", "n't", "none of", "neither of")
    ["Those two children were not injured.", ""],
    ["None of the other eight people inside that residence were injured.", ""],
    ["The two men weren't hurt, police said.", ""],
    ["Two people were shot but neither was seriously hurt.", "injured 2"],
    // a bare "another" is one more person
    ["A 19-year-old Chattanooga man, accused of killing three men and wounding another in an attack Wednesday night in Lookout Valley, remains in custody.", "killed 3; injured 1"],
    ["A man was shot in the leg and another was wounded in the arm.", "injured 2"],
    ["He fired another shot.", ""],
    // an age set off by commas inside a list of people
    ["Cardona is accused of shooting Tamara Martinez, 31, and her 13-year-old daughter in the 21300 block of South Highway 281 on March 28.", "injured 2"],
    ["The victims, a male, 17, and two females, 13 and 17 years of age, were transported to area hospitals and are expected to survive their injuries.", "injured 3"],
    // fired into a home is no one hit; shot through a window (passive) is
    ["Alex Dixon, 18, and Martaouse Holloway, 19, shot into Melanie Johnson's home, near North 35th Street, on Dec. 13.", ""],
    ["He was shot through the window.", "injured 1"],
    // "a fourth" (indefinite ordinal) is one more person; "the fourth victim" is one of those counted
    ["Two men were shot and a third was grazed.", "injured 3"],
    ["Four were wounded by the spray of bullets. The fourth victim, Rapheal Acosta, sustained injuries to his hip and arm.", "injured 4"],
    // "one of N people who were shot": the relative clause says what happened to the N
    ["Raekwon Jabbar, 18, was one of four teenagers who were struck by gunfire in an attack that appeared to be gang related, investigators said.", "injured 1; injured 4"],
    // struck or hit by gunfire: a person struck in a sentence about gunfire is a person shot
    ["The Wayne County Sheriff's Department believes they have identified the man who accidentally struck an Amish boy in the head with a bullet who was plowing a field.", "injured 1"],
    ["The car struck a 71-year-old woman.", ""],
    ["The gunman hit the victim with his pistol.", ""],
    // plain adjectives before a person noun describe the person ...
    ["The accidental shooter was transported to Vanderbilt Medical Center in Nashville with non life threatening injuries.", "injured 1"],
    ["Erbie Lee Bowser, 44, faces multiple capital murder charges after authorities say he killed his former girlfriend and her teenage daughter in southwest Dallas.", "killed 2"],
    ["Russian invaders have shelled the city of Lysychansk with artillery systems, leaving four family members wounded. — Ukrinform.", "injured 4"],
    ["Upon arrival, officers said they saw multiple juvenile shooting victims, who were transported to Huntsville Hospital with non-life threatening injuries.", "injured several 2"],
    // ... but not verbs, numbers, ordinals, states or particles
    ["A man accused of killing three women, shooting a man and kidnapping another woman is behind bars in Cherokee County.", "killed 3; injured 1"],
    ["Police on scene told ABC15 five people were shot.", "injured 5"],
    ["Once officers arrived on scene they found one deceased male and one female victim who sustained injuries from gunshot wounds.", "injured 1"],
    ["According to Safe Tennessee Project, this is the eighth child in Tennessee this year to be injured or killed by accessing a loaded gun.", ""],
    ["SSU neutralizes enemy group planning to shoot down passenger aircraft", ""],
    // the speaker after a list of victims is no victim
    ["KERRVILLE, Texas - A shooting Friday in Kerr County claimed the lives of a boy and his adopted mother, Sheriff Rusty Hierholzer said.", "killed 2"],
    // an intent or an attempt to kill kills no one; a purpose does
    ["Jeffrey Giddings, the man accused of trying to kill 2 law enforcement officers, was officially charged.", ""],
    ["The SSU has identified the war criminals who tortured and tried to kill a resident of the Kyiv region.", ""],
    ["In the village of Velyka Dymerka, Russian soldiers used firearms and artillery weapons to kill 11 civilians.", "killed 11"],
    ["After the shooting, Earl Valentine posted a video to Facebook, confessing to killing his ex-wife.", "killed 1"],
  ])("%s => %s", (sentence, expected) => {
    expect(read([sentence])).toBe(expected);
  });

  it("people \"also\" shot, or all expected to survive, are besides the article's dead", () => {
    const killed = "Johnson, 24, was shot and killed Tuesday night.";
    expect(read([killed, "A 15-year-old male and a 69-year-old male in the vehicle with Johnson were also hit by gunfire, but their injuries are not life-threatening."])).toBe("killed 1; injured 2");
    expect(read([killed, "Stephanie Brown and her husband, Robert Brown, also suffered gunshot wounds."])).toBe("killed 1; injured 2");
    expect(read([killed, "Five people were shot, though none received life-threatening wounds."])).toBe("killed 1; injured 5");
    // the rule it refines still holds: a lone "was shot" in a story whose only victim died is that victim
    expect(read([killed, "Johnson was shot in the chest outside his home."])).toBe("killed 1; injured 0");
  });

  it("\"another\" or \"other\" besides the subject does not make the one shot someone besides the dead", () => {
    expect(read(["A child playing with a loaded gun may have accidentally killed a 2-year-old girl Monday.", "Some neighbors said they heard from other residents the victim's older brother found the gun and accidentally shot his baby sister."])).toBe("killed 1; injured 0");
    expect(read(["A Merritt Island man is accused of accidentally shooting another man in the head in Cocoa Beach Friday evening, police said.", "Leonard Lopez, 58, faces a manslaughter charge in the death of John McLean, 53."])).toBe("killed 1; injured 0");
    // as the subject it still does
    expect(read(["Johnson, 24, was shot and killed Tuesday night.", "Another man was shot in the leg."])).toBe("killed 1; injured 1");
  });

  it("a name after a comma names the person just described", () => {
    expect(read(["Ejaz's wife and her 28-year-old cousin, Alfaro Legaspi, were also shot and rushed to a trauma center."])).toBe("injured 2");
    expect(read(["A man, a woman and a child were shot."])).toBe("injured 3");
  });

  it("\"all four\", \"both\" taken to a hospital are everyone counted, the dead among them", () => {
    expect(read(["1 dead, 3 injured after shooting in Allapattah", "All four were taken to Jackson Memorial Hospital."], true)).toBe("killed 1; injured 3; injured 3");
    expect(read(["Shakesha Boyd was shot and killed Saturday.", "Police have not yet identified the injured man but said both he and Shakesha Boyd were taken to Maryland Shock Trauma Center for treatment."])).toBe("killed 1; injured 1");
  });

  it("the same place at an earlier time is another event", () => {
    expect(read(["Four men were shot near Kingsessing Park Tuesday night, around 10 p.m.", "We also learned that a 19-year-old male was shot and killed on the same block just last week, on Saturday, Aug 10."])).toBe("injured 4");
  });

  it("headlines write \"and\" as a comma; their verbs are no adjectives", () => {
    expect(read(["4-year-old boy, woman shot in Woodlawn"], true)).toBe("injured 2");
    expect(read(["Authorities investigate accidental shooting of child, father"], true)).toBe("injured 2");
    expect(read(["Man, 25, shot in Woodlawn"], true)).toBe("injured 1");
    expect(read(["3 teen girls, 1 man shot in retaliatory drive-by shooting, police say"], true)).toBe("injured 4");
    expect(read(["Three men shot, a fourth wounded by shrapnel in SE Fresno"], true)).toBe("injured 4");
    expect(read(["Bullet kills man, grazes child in 90-year-old's home - CBS46 News"], true)).toBe("killed 1; injured 1");
  });

  it("prepositions are no adjectives: \"8-year-old among victims\" is read as before", () => {
    expect(read(["Sheriff: 8-year-old among victims in possible murder-suicide"], true)).toBe("injured at least 1");
  });

  it("a headline \"Teenager fatally shot, another wounded\" is one dead and one hurt", () => {
    expect(read(["Teenager fatally shot, another wounded in Paterson"], true)).toBe("killed 1; injured 1");
  });
});
