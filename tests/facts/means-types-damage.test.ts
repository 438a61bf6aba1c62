// Weapon or means with counts and attribution, incident types, damage counts.
import { describe, expect, it } from "vitest";
import { findDamage, findMeans, findTypeCues } from "../../src/facts/index.js";
import { decideIncidentType } from "../../src/facts/incident-types.js";
import type { Passage } from "../../src/model.js";

const passage = (text: string): Passage => ({ index: 3, paragraph: 1, text, isTitle: false });

describe("means", () => {
  it("the seed's ATACMS claim: five missiles, as the Russian defence ministry says", () => {
    const text = 'The Russian defence ministry accused Ukraine of targeting civilian areas, saying "the Kyiv regime... deliberately fired five US-made ATACMS missiles at residential districts of the city of Lugansk".';
    expect(findMeans(passage(text))).toEqual([{ means: "ATACMS missile", count: 5, attribution: "Russian defence ministry", quote: text, passage: 3 }]);
  });
  it("\"U.S.-made\" with its full stops still counts", () => {
    const text = 'The Russian Defense Ministry accused Ukraine of targeting civilian areas, saying "the Kyiv regime... deliberately fired five U.S.-made ATACMS missiles at residential districts."';
    expect(findMeans(passage(text))).toMatchObject([{ means: "ATACMS missile", count: 5, attribution: "Russian Defense Ministry" }]);
  });
  it("intercepted missiles name the means but do not count the salvo, and \"shot down\" is no gunfire", () => {
    const claims = findMeans(passage('"Four American missiles were shot down by Russian air defences. One missile struck two blocks of flats," the ministry said.'));
    expect(claims).toMatchObject([{ means: "missile", count: null, attribution: "ministry" }]);
  });
  it.each([
    ["In the central city of Nikopol, Russian shelling killed a 71-year-old woman, the regional authorities said.", "shelling"],
    ["Russian forces launched 12 Shahed drones at Odesa overnight.", "Shahed drone"],
    ["Two men were shot and killed outside a bar.", "gunfire"],
    ["The occupiers shelled the village with MLRS Grad.", "MLRS"],
  ])("%s -> %s", (text, means) => {
    expect(findMeans(passage(text)).map((m) => m.means)).toContain(means);
  });
  it("counts launched drones", () => {
    expect(findMeans(passage("Russian forces launched 12 Shahed drones at Odesa overnight."))).toMatchObject([{ means: "Shahed drone", count: 12 }]);
  });
});

describe("incident types", () => {
  const typeOf = (text: string) => decideIncidentType(findTypeCues(passage(text)));
  it.each([
    ["A Ukrainian missile strike Friday on the Russian-controlled city of Lugansk ripped through a block of flats.", "missile strike"],
    ["In the central city of Nikopol in the Dnipropetrovsk region, Russian shelling killed a 71-year-old woman.", "shelling"],
    ['Over the last week, Russian troops "improved their positions along the front line and liberated the settlement of Paraskoviivka", the ministry said.', "territorial claim"],
    ["Ukrainian forces liberated the town of Irpin in Kyiv region.", "territorial claim"],
    ["Four people were shot and wounded when a man opened fire at a Fresno park.", "shooting"],
    ["A drone attack on Kharkiv damaged two houses.", "drone strike"],
    ["An explosion at a gas station injured three people.", "explosion"],
    ["A deminer was killed clearing landmines near the pumping station, two wounded.", "explosion"],
    // a headline's present tense of a place changing hands
    ["Armed forces liberate Hilltown in the Riverside region", "territorial claim"],
    // people captured are no place taken, whatever capital letter names them
    ["Security officers capture Wagner mercenary near the border", "other"],
    ["Fighters of the brigade captured Russian soldiers near the town", "other"],
    ["Separatist media say captured British volunteers will stand trial", "other"],
    ["Russian aircraft carried out an airstrike on the village.", "airstrike"],
    ["Clashes broke out near the border, the ministry said.", "armed clash"],
    ["Enemy jet and drone shot down over Luhansk region", "other"],
    ["Army unit shoots down an enemy reconnaissance drone over Harbourtown", "other"],
    ["Air defence is shooting down drones over the capital", "other"],
    ["The shooting was captured on surveillance video.", "shooting"],
    ["Officers went into Dorsey's apartment and took the teen into custody.", "other"],
    ["In liberated Bucha, volunteers brought food to the residents.", "other"],
    // RUWA-style headlines: missiles traded or on trial are no strike.
    ["Britain and Ukraine discuss missile sales – reports", "other"],
    ["Only a Russian Buk missile system left traces in MH17 case – prosecutors", "other"],
    ["Russian missiles hit an oil depot in Lviv region.", "missile strike"],
    // A headline's present tense of shelling; a shotgun's shells and casings are a shooting's.
    ["Invaders again shell Riverton, casualties reported", "shelling"],
    ["Officers picked up shotgun shells and spent shell casings after the shooting.", "shooting"],
    // "Shell-shocked" is a concussion, no shelling.
    ["Volunteers rescue a shell-shocked dog from a ruined zoo", "other"],
    // A strike whose means the report does not name.
    ["A woman was killed in an overnight strike on the town's suburbs.", "strike"],
    ["The army says it carried out precision strikes overnight.", "strike"],
    ["A missile strike on the port followed strikes on the bridge.", "missile strike"],
  ])("%s -> %s", (text, type) => expect(typeOf(text)).toBe(type));

  it("a territorial claim beside a strike is background: the strike decides", () => {
    expect(decideIncidentType([
      { passage: 0, type: "missile strike", cue: "missile strike" },
      { passage: 5, type: "territorial claim", cue: "liberated the settlement" },
    ])).toBe("missile strike");
  });
});

describe("damage", () => {
  it("the seed's damage list", () => {
    const text = "The strike damaged a total of 33 blocks of flats in the east of the city as well as two schools, three kindergartens and a higher education college, Pasechnik said.";
    expect(findDamage(passage(text)).map((d) => `${d.count} ${d.what}`)).toEqual(["33 blocks of flats", "2 schools", "3 kindergartens", "1 higher education college"]);
  });
  it("\"33 apartment blocks\"", () => {
    const text = "The strike damaged a total of 33 apartment blocks in the east of the city as well as two schools, three kindergartens and a higher education college, Pasechnik said.";
    expect(findDamage(passage(text)).map((d) => `${d.count} ${d.what}`)).toEqual(["33 apartment blocks", "2 schools", "3 kindergartens", "1 higher education college"]);
  });
  it.each([
    "A section of an apartment block collapsed and the bodies of four peaceful civilians were removed from the rubble.",
    "The strike killed four people and wounded over 40.",
    "The strike tore open the facade of a five-storey Soviet-era block of flats.",
  ])("%s: no damage count", (text) => expect(findDamage(passage(text))).toEqual([]));
});
