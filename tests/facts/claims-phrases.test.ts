// Phrases a count must be read through, construction by construction (denials, "another", ages in
// lists, struck by gunfire, adjectives before a person, attempts, headline commas): sentences
// of our own, modelled on the constructions of gva-dev (and a few RUWA) reports whose injured figure
// was once read wrong (names, places and wording invented), each with what a careful reader writes
// down after the article-level step (people "shot" minus those the same text says died); each
// group names the rule it covers.
import { describe, expect, it } from "vitest";
import { readSentences as read } from "./support/claims.js";

describe("casualty claims: denials, other people, ages in lists, gunfire, adjectives and attempts", () => {
  it.each([
    // a denied predicate is no count ("not", "n't", "none of", "neither of")
    ["Those two children were not injured.", ""],
    ["None of the six other guests in the apartment were injured.", ""],
    ["The two men weren't hurt, police said.", ""],
    ["Two people were shot but neither was seriously hurt.", "injured 2"],
    // a near miss is no count ("nearly", "almost" right before the casualty word); before the count
    // it is a count's qualifier
    ["An elderly farmer and his wife were nearly killed when the shell hit their barn.", ""],
    ["Three volunteers were almost killed by a mine on the road.", ""],
    ["Nearly 40 people were killed when rockets hit the market.", "killed about 40"],
    // a bare "another" is one more person
    ["A 22-year-old Ridgeton man, charged with killing three men and wounding another during a robbery Sunday night near Mill Creek, is being held without bond.", "killed 3; injured 1"],
    ["A man was shot in the thigh and another was wounded in the arm.", "injured 2"],
    ["He fired another shot.", ""],
    // an age set off by commas inside a list of people
    ["Ferrell is charged with shooting Lena Ostrow, 34, and her 12-year-old son in the 4800 block of County Road 119 on June 9.", "injured 2"],
    ["The victims, a male, 16, and two females, 14 and 18 years of age, were driven to local hospitals and should recover.", "injured 3"],
    // fired into a home is no one hit; shot through a window (passive) is
    ["Kyle Brandt, 18, and Omar Tillis, 20, shot into Rosa Delgado's house, off West 12th Avenue, on Jan. 7.", ""],
    ["He was shot through the window.", "injured 1"],
    // "a fourth" (indefinite ordinal) is one more person; "the fourth victim" is one of those counted
    ["Two men were shot and a third was grazed.", "injured 3"],
    ["Four were hurt when the bullets flew. The fourth victim, Tomas Rendell, suffered wounds to his knee and hand.", "injured 4"],
    // "one of N people who were shot": the relative clause says what happened to the N
    ["Darnell Pike, 17, was one of four teens who were struck by gunfire outside a party that detectives think was a revenge attack.", "injured 1; injured 4"],
    // struck or hit by gunfire: a person struck in a sentence about gunfire is a person shot
    ["Deputies in Harlan County say they know who accidentally struck a farm boy in the shoulder with a bullet while he was mowing hay.", "injured 1"],
    ["The car struck a 71-year-old woman.", ""],
    ["The gunman hit the victim with his pistol.", ""],
    // plain adjectives before a person noun describe the person ...
    ["The accidental shooter was taken to Agnes Memorial Hospital in Millford with non-life threatening injuries.", "injured 1"],
    ["Royce Dillard, 51, faces two murder charges after police say he killed his estranged wife and her teenage niece in east Garland.", "killed 2"],
    ["Russian troops shelled the town of Kupiansk with rocket launchers overnight, leaving four family members wounded, the regional governor said.", "injured 4"],
    ["When they got there, deputies found multiple juvenile shooting victims, who were driven to Riverside Hospital with wounds that were not life threatening.", "injured several 2"],
    // ... but not verbs, numbers, ordinals, states or particles
    ["A suspect charged with killing three women, shooting a man and abducting another woman is in jail in Polk County.", "killed 3; injured 1"],
    ["Officers at the scene told WKXT five people were shot.", "injured 5"],
    ["Deputies arriving at the house found one deceased male and also one female victim who had suffered gunshot wounds.", "injured 1"],
    ["A safety group says this is the ninth child in Ohio this year to be hurt or killed after finding a loaded gun.", ""],
    ["SBU detains saboteurs planning to shoot down a civilian airliner", ""],
    // the speaker after a list of victims is no victim
    ["MILLBROOK, Ohio - A shooting Tuesday in Drake County claimed the lives of a girl and her foster father, Sheriff Alan Coburn said.", "killed 2"],
    // an intent or an attempt to kill kills no one; a purpose does
    ["Curtis Noll, who is accused of trying to kill 2 state troopers, was formally charged on Monday.", ""],
    ["Investigators have named the soldiers who beat and tried to kill a man from the Chernihiv region.", ""],
    ["In a village near Izium, the occupiers used rifles and mortars to kill 11 civilians.", "killed 11"],
    ["After the shooting, Wade Corliss uploaded a video online, admitting to killing his ex-wife.", "killed 1"],
  ])("%s => %s", (sentence, expected) => {
    expect(read([sentence])).toBe(expected);
  });

  it("people \"also\" shot, or all expected to survive, are besides the article's dead", () => {
    const killed = "Hollis, 24, was shot and killed Tuesday night.";
    expect(read([killed, "A 16-year-old male and a 70-year-old male riding with Hollis were also hit by gunfire, but their wounds are not life-threatening."])).toBe("killed 1; injured 2");
    expect(read([killed, "Irene Falk and her husband, Peter Falk, also suffered gunshot wounds."])).toBe("killed 1; injured 2");
    expect(read([killed, "Five people were shot, though none had life-threatening wounds."])).toBe("killed 1; injured 5");
    // the rule it refines still holds: a lone "was shot" in a story whose only victim died is that victim
    expect(read([killed, "Hollis was shot in the chest outside his home."])).toBe("killed 1; injured 0");
  });

  it("\"another\" or \"other\" besides the subject does not make the one shot someone besides the dead", () => {
    expect(read(["A boy handling a loaded pistol probably killed a 2-year-old girl by accident on Thursday.", "Neighbors said they were told by other tenants that the girl's big brother picked up the gun and accidentally shot his little sister."])).toBe("killed 1; injured 0");
    expect(read(["A Dunmore hunter faces charges for accidentally shooting another man in the neck at a camp Saturday, deputies said.", "Gerald Voss, 61, has been charged with manslaughter over the death of Neil Archer, 55."])).toBe("killed 1; injured 0");
    // as the subject it still does
    expect(read(["Hollis, 24, was shot and killed Tuesday night.", "Another man was shot in the leg."])).toBe("killed 1; injured 1");
  });

  it("a name after a comma names the person just described", () => {
    expect(read(["Karim's wife and her 27-year-old cousin, Nadia Ferro, were also shot and were rushed to a trauma center."])).toBe("injured 2");
    expect(read(["A man, a woman and a child were shot."])).toBe("injured 3");
  });

  it("\"all four\", \"both\" taken to a hospital are everyone counted, the dead among them", () => {
    expect(read(["1 dead, 3 injured after shooting in Brookfield", "All four were taken to Mercy General Hospital."], true)).toBe("killed 1; injured 3; injured 3");
    expect(read(["Tanya Reyes was shot and killed Saturday.", "Police have not named the wounded man but said both he and Tanya Reyes were taken to Bayview Trauma Center for treatment."])).toBe("killed 1; injured 1");
  });

  it("the same place at an earlier time is another event", () => {
    expect(read(["Four men were shot near Elm Grove Park Wednesday night, around 11 p.m.", "Neighbors told us a 20-year-old male died of gunshot wounds on the same block only last week, on Friday, Sept 6."])).toBe("injured 4");
  });

  it("headlines write \"and\" as a comma; their verbs are no adjectives", () => {
    expect(read(["5-year-old boy, woman shot in Southgate"], true)).toBe("injured 2");
    expect(read(["Deputies look into accidental shooting of child, father"], true)).toBe("injured 2");
    expect(read(["Man, 25, shot in Southgate"], true)).toBe("injured 1");
    expect(read(["3 teen girls, 1 man shot in revenge drive-by, police say"], true)).toBe("injured 4");
    expect(read(["Three men shot, a fourth hurt by shrapnel in north Bakersfield"], true)).toBe("injured 4");
    expect(read(["Bullet kills man, grazes child in grandmother's home - KTVN News"], true)).toBe("killed 1; injured 1");
  });

  it("prepositions are no adjectives: \"8-year-old among victims\" is read as before", () => {
    expect(read(["Sheriff: 8-year-old among victims in apparent murder-suicide"], true)).toBe("injured at least 1");
  });

  it("a headline \"Teenager fatally shot, another wounded\" is one dead and one hurt", () => {
    expect(read(["Teenager fatally shot, another wounded in Camden"], true)).toBe("killed 1; injured 1");
  });
});

describe("casualty claims: a body taken out of a strike's ruins", () => {
  it.each([
    ["Woman's body pulled from under the ruins of a clinic shelled in Oakvale", "killed 1"],
    ["Rescuers retrieved a man's body from the rubble of the destroyed block of flats.", "killed 1"],
    // "another body" adds to an earlier count and is no total on its own
    ["Another body was removed from the debris on Friday.", ""],
    // a body found anywhere else is a find, read by the rules for the dead
    ["The body was found in a parked car near the bridge.", ""],
  ])("%s => %s", (sentence, expected) => {
    expect(read([sentence])).toBe(expected);
  });
});
