// The casualty grammar sentence by sentence. The corpus rows are sentences of our own, one per real
// sentence picked by a fixed rule (support/sentence-picks.ts: articles in SHA-1 order of their ids,
// the first sentence with a casualty word; then one sentence per construction), each written on the
// model of its real sentence: same construction and figures, other names, places and wording (the
// corpora are copyrighted news and are never copied here). Where ../shared/corpus is present, the
// real sentences are read from it and must give the same figures as the rows modelled on them. Then
// the seed reports. `expect` is what a careful reader writes down, after the article-level step
// (people "shot" minus those the same text says died). Rows the grammar still reads wrong stay,
// marked `fails` with the reason, and are asserted to still fail (it.fails): fixing one turns its
// test red until the mark is removed.
import { describe, expect, it } from "vitest";
import { describeClaims } from "./support/claims.js";
import { findArticleCasualtyClaims } from "../../src/facts/article-claims.js";
import type { CasualtyClaim } from "../../src/model.js";
import { corpusPresent, pickSentences, type Pick } from "./support/sentence-picks.js";

interface Row {
  /** A name for rows other tests pick out. */
  id?: string;
  /** The corpus article whose picked sentence the row is modelled on. */
  article?: string;
  s: string;
  /** Publication day of the source article (claims set in an earlier year are dropped). */
  day: string;
  /** The sentence is a headline. */
  title?: boolean;
  /** Claims as "kind [qualifier ]value", kinds in the order killed, injured, grave, missing; "" for none. */
  expect: string;
  /** The attribution of every claim of the row (null: none stated). Unchecked when absent. */
  by?: string | null;
  /** Why the grammar still gets this row wrong. */
  fails?: string;
}

function claimsOf(row: Row): CasualtyClaim[] {
  return findArticleCasualtyClaims([{ index: 0, paragraph: 0, text: row.s, isTitle: row.title === true }], row.day);
}

export const CORPUS_ROWS: Row[] = [
  // gva-dev, modelled on the first sentence with a casualty word of each article, in SHA-1 order of ids
  { article: "gva-art-4a69182374e2ffc15cdf843d2772364c", s: "Teen girl shot during birthday cookout in east Dallas County", day: "2016-04-17", title: true, expect: "injured 1" },
  { article: "gva-art-141b17b0c42828d06d14ba665473254f", s: "Deputies: Man shoots, kills relatives before fire, suicide", day: "2016-03-22", title: true, expect: "" },
  { article: "gva-art-46da78caaf19ea35a04e7ef8801df7e4", s: "Police said Barnes died Sunday night after he was shot in the back seat of his uncle's truck during a traffic dispute in north Jackson.", day: "2017-01-28", expect: "killed 1" },
  { article: "gva-art-15f662404a141c753d9c25e36caca5bf", s: "Police: Austin teen accidentally shot, killed by cousin - KXYZ-TV: Channel 9 News | Abilene, TX", day: "2016-07-15", title: true, expect: "killed 1" },
  { article: "gva-art-fa35590e2dcb73fd3dd4e3464b4334ec", s: "Two tourists avoided serious harm when they were grazed by a security guard's gunfire during a parade Feb. 14 outside the Lakeview casino.", day: "2016-02-03", expect: "injured 2", fails: "\"they were grazed\": the pronoun subject of a clause after the count is not read" },
  { article: "gva-art-e90eee23c41e518f531dbabf9b8e4e83", s: "Durham police said a father faces several charges because his toddler shot itself in the hand with a pistol.", day: "2015-04-04", expect: "injured 1" },
  { article: "gva-art-c7e44056252cdb25cb66f270a3cc8f8d", s: "Fatal shooting of Queens teen ruled accidental; Friend charged", day: "2016-05-20", title: true, expect: "killed 1" },
  { article: "gva-art-67cbaedc3b6353917515b723b96116f3", s: "Child Accidentally Shot In Benton County", day: "2016-06-19", title: true, expect: "injured 1" },
  { article: "gva-art-b9e58ab25d099cf7e99714f86d969bc9", s: "Report: 2 people shot in parked car in East Akron", day: "2017-02-22", title: true, expect: "injured 2" },
  { article: "gva-art-72182606727c77ab2ba6175172efcf50", s: "Police: 5 dead, including gunman, in Alabama shooting", day: "2015-02-07", title: true, expect: "killed 5", by: "Police" },
  { article: "gva-art-0adab3415e2c2fb5c191aedda30c4e40", s: "DALTON, Ga. -- An off-duty Whitfield County jailer shot her 12-year-old son after the pistol accidentally fired while she was cleaning it in the kitchen, Sunday night, officials said.", day: "2016-10-30", expect: "injured 1", by: "officials" },
  { article: "gva-art-6fd6ed57bb7a965ef01eaec1b601bc87", s: "Nevada gang members admit guilt after 9-year-old girl shot", day: "2016-11-23", title: true, expect: "injured 1" },
  { article: "gva-art-9858e0a37ba8f764dd856cc46b3621b9", s: "Marta Quell, left, and Simon Quell, right, were shot to death in Modesto on July 3, 2015.", day: "2015-08-29", expect: "killed 2", fails: "two names, each with an inset (\", left,\"), are not read as a list" },
  { article: "gva-art-2354474ddc3fb2e241d460e788684030", s: "Teen Shot To Death In Van Nuys", day: "2016-12-18", title: true, expect: "killed 1" },
  { article: "gva-art-f3f73f1cc45e14b5f61f3c6127598f9c", s: "Sumner County teen hurt in accidental shooting at home", day: "2016-10-17", title: true, expect: "injured 1" },
  { article: "gva-art-f91ab4456f718a482d2ed5a5dbde5db9", s: "Deputies later found out that a 3-year-old child injured during the fight had been taken to a local clinic for treatment of a minor gunshot wound.", day: "2016-10-17", expect: "injured 1" },
  { article: "gva-art-fe59e3af2b37debbe62aedb09bb89663", s: "DOVER – Officers responded to an accidental discharge of a rifle which shot a 12 year-old boy in the arm.", day: "2015-03-08", expect: "injured 1" },
  { article: "gva-art-1ddb2825d2518ee2df29ddae2a66c2e9", s: "Shreveport Police have charged 16-year-old Dante Moreau of Shreveport with Negligent Homicide in the city’s most recent shooting death.", day: "2016-01-17", expect: "" },
  { article: "gva-art-ece47f5b7f3ed8d1e4bf517995385e69", s: "\"It hurt so much,\" Brenna said.", day: "2015-07-06", expect: "" },
  { article: "gva-art-04021a413ea4a8313f804257cdad57c5", s: "A 3-year-old accidentally shot his mother over the weekend in East Hartford, police confirmed.", day: "2016-05-09", expect: "injured 1", by: "police" },
  { article: "gva-art-e162ad62b8a8a18663a885f0b050dc7d", s: "Police have named the three found dead in a Mesa Verde house as a 7-year-old girl and her parents.", day: "2015-01-22", expect: "killed 3" },
  { article: "gva-art-15545aaeed9dc68b24487301e382a1d6", s: "Boy, 15, Dies In Overnight Shooting - WXR7.com | Local News and Weather Radar", day: "2016-11-25", title: true, expect: "killed 1", by: null },
  { article: "gva-art-e1261488bfd06d8423a1d29fe0bbf97f", s: "Two men charged in death of Logan Co teen - KTEX, Enid, OK- Amarillo, TX: News, Weather, Sports. NBC, 24/7, Univision -", day: "2017-02-02", title: true, expect: "killed 1" },
  { article: "gva-art-7b40a1d25a40f8fe35f8b252d7ccec28", s: "BRPD: 4 shot in Mid City fatal shooting", day: "2015-08-25", title: true, expect: "injured 4" },
  { article: "gva-art-88fd6a897252937aa2f700f3c8f3366e", s: "The man accidentally shot his son once while he was cleaning a Glock .40-caliber pistol at about 5:20 p.m. Sunday at a duplex on Birchwood Lane in Appleton, Capt. Marla Henning said.", day: "2015-03-09", expect: "injured 1", by: "Capt. Marla Henning" },
  { article: "gva-art-81ce9c19bbce91c1111fc1f98ce1c8ca", s: "Rusk County toddler hurt in accidental shooting dies - KTBX.com - Lufkin, Nacogdoches, Henderson |East Texas News", day: "2016-07-13", title: true, expect: "killed 1", by: null },
  { article: "gva-art-622e463d4866570f7c682a6543e4e8b0", s: "Mother, Father, Baby Dead After Murder-Suicide", day: "2016-11-19", title: true, expect: "killed 3" },
  { article: "gva-art-0deb2deb50349777e8d0753b28a58ac1", s: "Burnsville Police say Boy Shot, Killed Sister in 'Tragic Accident'", day: "2017-01-29", title: true, expect: "killed 1" },
  { article: "gva-art-7c7215c3c3ea815b5eb16955af543631", s: "Dayton man found guilty in June 14 fatal shooting", day: "2014-11-18", title: true, expect: "" },
  { article: "gva-art-9b515c30eb2f6a29cb5631def5ede852", s: "Two small children and an adult were shot Sunday evening in west Philadelphia.", day: "2016-09-05", expect: "injured 3" },
  { article: "gva-art-4e9255b6f2f5e4cf549f7c6f02b204d0", s: "Horseplay with gun in south Tulsa leads to fatal shooting of teen", day: "2016-09-30", title: true, expect: "killed 1" },
  { article: "gva-art-a01e1a4274bdf77749e86231facd8e83", s: "Neighbors demand justice for teen shot dead at party - FOX 7 - KTVA", day: "2013-11-10", title: true, expect: "killed 1", by: null },
  { article: "gva-art-ee5aa38707066467cbf4ff488d8362bf", s: "Mateo Ruiz Alba, a 23-year-old Latino, died Tuesday, June 7, after he was shot in the 5100 block of Laurel Avenue in Bell Gardens, according to county coroner's records.", day: "2016-05-10", expect: "killed 1" },
  { article: "gva-art-8ace739bd787b69b4b1c96c35d78607b", s: "Police name victim killed in quadruple shooting near 14th & Jefferson", day: "2016-11-13", title: true, expect: "killed 1; injured 3" },
  { article: "gva-art-355b7e1b77eec7b4ece96c5c553befb1", s: "Police say a Kansas man who said he was shot by a stranger was in fact the victim of an accidental shooting.", day: "2017-01-18", expect: "injured 1" },
  // gva-dev, modelled on one sentence per construction (CONSTRUCTIONS in support/sentence-picks.ts), same order
  // shot, N fatally
  { article: "gva-art-480c55c099efd38455668b93cc471ad1", s: "DALLAS - A little girl was among four people shot, one fatally, outside a duplex in east Dallas, police said Monday.", day: "2016-06-27", expect: "killed 1; injured 3", by: "police" },
  // no one hurt
  { article: "gva-art-ed987c03256e547e7e9c9cfed8b91f0b", s: "Officers collected the shell casings, and no one else was injured.", day: "2015-08-20", expect: "injured 0" },
  // no injuries
  { article: "gva-art-8ab6c8277a32eee24cec00248c723332", s: "No other injuries were reported at the scene, deputies said.", day: "2016-10-03", expect: "injured 0" },
  // age not a count
  { article: "gva-art-c8d02ec56d873583e4fb7d9970f8d2dc", s: "PROVO — Police say a Provo man shot a 9-year-old girl, then himself, in a murder-suicide Wednesday inside a downtown condo.", day: "2016-07-26", expect: "killed 2", fails: "\"shot a 9-year-old girl, then himself, in a murder-suicide\": the deaths are implied by \"murder-suicide\"" },
  // found dead
  { article: "gva-art-622e463d4866570f7c682a6543e4e8b0", s: "SCRANTON -- A mother, father, and infant were found dead after a murder-suicide in Wayne County.", day: "2016-11-19", expect: "killed 3" },
  // shot and killed
  { article: "gva-art-141b17b0c42828d06d14ba665473254f", s: "A father shot and killed his wife and children, then set their home ablaze and killed himself in Fern Creek on Monday, county police said.", day: "2016-03-22", expect: "killed at least 4", fails: "\"his wife and children ... and killed himself\": a plural without a number gives no count, so only the wife is counted" },
  // address block
  { article: "gva-art-9b515c30eb2f6a29cb5631def5ede852", s: "City police said officers were sent at about 9:25 p.m. to the 700 block of Dorsey Lane, where a 5-year-old girl suffered a gunshot wound to the hand, and 9-year-old boy was shot through the knee and a 58-year-old woman was shot through the arm.", day: "2016-09-05", expect: "injured 3", fails: "three separate clauses each with one victim are not added up" },
  // calibre
  { article: "gva-art-002872f41055b3c93ed4008c557e5c5a", s: "The girl was with her father, a permit holder, when she found his .9mm pistol in the glove box and accidentally shot herself.", day: "2015-11-06", expect: "injured 1" },
  // at least
  { article: "gva-art-d5d209ec9c6c7d567df84eecc189b9df", s: "At least two other shootings have happened at the same nightclub in recent years, including a 2011 incident that left one man dead, the Daily Ledger reported.", day: "2013-12-26", expect: "" },
  // dozens
  { article: "gva-art-c8fdb06bba21f52e41d8b5cd0bdad328", s: "By the time the shooting stopped, dozens of people lay dead and dozens more were wounded.", day: "2016-06-14", expect: "killed dozens 24; injured dozens 24" },
  // critical condition
  { article: "gva-art-67cbaedc3b6353917515b723b96116f3", s: "The boy was taken to a children's hospital, where at first he was reported to be in critical condition.", day: "2016-06-19", expect: "injured 1; grave 1" },
  // according to
  { article: "gva-art-622e463d4866570f7c682a6543e4e8b0", s: "According to troopers, Dylan Markov, 24, shot and killed Porter in the parking lot of a motel in Hazleton.", day: "2016-11-19", expect: "killed 1", by: "troopers" },
  // double homicide
  { article: "gva-art-9858e0a37ba8f764dd856cc46b3621b9", s: "Modesto double homicide victims, suspect named", day: "2015-08-29", title: true, expect: "killed 2" },
  // killed and wounded
  { article: "gva-art-7c7215c3c3ea815b5eb16955af543631", s: "A Dayton man charged in a June 14 shooting that killed one man and injured three others pleaded guilty today in Montgomery County court.", day: "2014-11-18", expect: "killed 1; injured 3", by: null },
  // a dozen
  { article: "gva-art-80c0341716b2da1f76d64c195e901747", s: "BAKERSFIELD (AP) — A car club’s yearly picnic, which draws members from across the state, turned into a wild shootout that spread into nearby streets, leaving one man dead and a dozen others wounded, county authorities said.", day: "2013-10-06", expect: "killed 1; injured 12", by: "county authorities" },
  // up to
  { article: "gva-art-851f63fba7b2b162501718a313711d9c", s: "Sheriff Dale Merritt said deputies are searching for up to four people.", day: "2016-04-28", expect: "" },
  // more than
  { article: "gva-art-d2a9c35f8fae974d2451653697d5cda3", s: "More than 600 people have been killed in the city this year, Baltimore’s worst since the early 1990s.", day: "2016-12-20", expect: "" },
  // shot N times
  { article: "gva-art-0a186825342cf7ce39f3dea00f73e43d", s: "A 26-year-old man, shot multiple times, was taken to Grace Hospital in serious condition.", day: "2015-05-29", expect: "injured 1" },
  // distance
  { article: "gva-art-b637b7be42436f9da37036d394b6cc2f", s: "Carl Wayne Ducote, 41, began his deadly rampage when he forced his way into a home in the village of Raceland about 50 miles west of New Orleans and shot parish councilman Henry Thibodeaux and his wife, Marie, shortly before 8 p.m., authorities said.", day: "2013-12-27", expect: "injured 2" }, // "his wife, Marie" is one person (an apposition)
  // clock time
  { article: "gva-art-7762f79e02dd7389ea71644174497e71", s: "Video: Several victims in Texas mall shooting | 00:52 A gunman opened fire Friday night at a shopping mall in Killeen, Texas, leaving two people dead and several injured, police said.", day: "2015-07-24", expect: "killed 2; injured several 3" },
  // calendar date
  { article: "gva-art-3ed70471fbe5a65ef6e7b45dac530247", s: "Travis Lee Odom, 23, of Sebring, was arrested Friday morning (June 10) — three days after the late night shootout that injured a 6-year-old girl and a 21-year-old man.", day: "2016-06-01", expect: "injured 2" },
  // ruwa, modelled on the first sentence with a casualty word of each article, in SHA-1 order of ids
  { article: "ruwa-ab2f168befe440a3", s: "How we escaped a dead town, filtration and months under occupation", day: "2022-07-19", expect: "" },
  { article: "ruwa-0b53a7ffc2629930", s: "Strike on Dnipro: occupiers hit Dnipro overnight: one person was killed, 5 people were injured, among them a child. VIDEO (11.10.22 07:15) « Front news | Kyiv Wire", day: "2022-10-10", title: true, expect: "killed 1; injured 5" },
  { article: "ruwa-7a303a7561de3dec", s: "Crimes near Irpin: Police dig up the bodies of a mother and son killed by Russian soldiers who fired at random on yards and houses in a village near Irpin. VIDEO&PHOTOS (15.04.22 16:40) « Front news | Kyiv Wire", day: "2022-04-14", title: true, expect: "killed 2" },
  { article: "ruwa-3a8065a8b6e01736", s: "Losses in Kherson region: occupiers killed 4 civilians in Kherson region in day, - RMA (01.11.22 09:10) « Front news | Kyiv Wire", day: "2022-10-31", title: true, expect: "killed 4", by: "RMA" },
  { article: "ruwa-0e16275bdb600703", s: "Children killed by Russia's army in Ukraine now number 402 - prosecutors", day: "2022-09-18", title: true, expect: "" },
  { article: "ruwa-050abf7cfb80619f", s: "Russia says 23 dead in rocket strike on Horlivka", day: "2022-03-14", title: true, expect: "killed 23", by: "Russia" },
  { article: "ruwa-84978d4595dc75d2", s: "Their families calmly accept that the invaders came here to kill Ukrainian kids and loot...", day: "2022-04-02", expect: "" },
  { article: "ruwa-0c4614ef1e46446a", s: "One person killed, five more injured as enemy drone hits Nikopol", day: "2022-09-22", title: true, expect: "killed 1; injured 5" },
  { article: "ruwa-a78653e7aa6f32a8", s: "Prosecutors: More than 830 children injured since Russia launched its full-scale invasion (04.11.22 10:12) « Front news | Kyiv Wire", day: "2022-11-03", title: true, expect: "" },
  { article: "ruwa-ce8090abd4d569a6", s: "Five civilians killed, four injured as Russia shells Sumy Region", day: "2022-05-27", title: true, expect: "killed 5; injured 4" },
  { article: "ruwa-3bb327565b729fd3", s: "Death toll of Russian troops in Ukraine climbs to 61,200", day: "2022-09-29", title: true, expect: "" },
  { article: "ruwa-9bada732ac3b372d", s: "Prosecutors: 431 children died in Ukraine because of Russian aggression, more than 820 were injured (22.10.22 08:45) « Front news | Kyiv Wire", day: "2022-10-21", title: true, expect: "" },
  { article: "ruwa-4fd232580fc714e9", s: "Three people, including two children, killed as Russians shell Sievierodonetsk", day: "2022-03-20", title: true, expect: "killed 3" },
  { article: "ruwa-a4c82810f21f554f", s: "Russians keep shelling Kharkiv: 4 killed, 10 wounded in 24 hours", day: "2022-04-13", title: true, expect: "killed 4; injured 10" },
  { article: "ruwa-2fc979839363f61f", s: "Enemy jet and drone shot down over Luhansk region", day: "2022-09-03", title: true, expect: "" },
  { article: "ruwa-2ba3f4ce20f31af1", s: "Eighteen civilians injured by Russian shelling in Odesa region over past day", day: "2022-07-07", title: true, expect: "injured 18" },
  { article: "ruwa-5398ffdc6fc9c5eb", s: "Russian troops fire on civilians fleeing Bucha, one woman killed", day: "2022-03-14", title: true, expect: "killed 1" },
  { article: "ruwa-4d1c134703e09714", s: "Children lost to war: Russia keeps killing Ukrainian children (01.06.22 09:30) « Front news | Kyiv Wire", day: "2022-05-31", title: true, expect: "" },
  { article: "ruwa-70cfbca9afb8012d", s: "One civilian was killed and six were injured as Russian forces shelled the city of Kherson and its district over the past day.", day: "2022-06-22", expect: "killed 1; injured 6" },
  { article: "ruwa-d938000a0bd89d1e", s: "Irish volunteer Sean: Irish volunteer Shane died in captivity of \"DPR\" militants (16.07.22 13:20) « Front news | Kyiv Wire", day: "2022-07-15", title: true, expect: "killed 1" },
  { article: "ruwa-f8facb1d65835ae3", s: "2 killed, 13 injured in rocket strike on Sloviansk", day: "2022-08-12", title: true, expect: "killed 2; injured 13" },
  { article: "ruwa-7285d5dfbf7a2205", s: "3 killed, 4 injured in one more enemy strike on Kherson", day: "2022-06-04", title: true, expect: "killed 3; injured 4" },
  { article: "ruwa-2928b37520dab4f7", s: "Seven Indian students, six men and a woman, suffered injuries from Russian shelling in the Sumy region.", day: "2022-09-18", expect: "injured 7" },
  { article: "ruwa-d12e7899ca7f9565", s: "Russians shell busy market in Avdiivka: eight dead, three children among injured", day: "2022-08-04", title: true, expect: "killed 8; injured at least 3" },
  { article: "ruwa-e2a06dc7793069e4", s: "Kyiv says tens of thousands killed in Mariupol, blames Russia for atrocities", day: "2022-04-12", title: true, expect: "" }, // a city's toll over a siege: a tally (facts/tallies.ts)
  { article: "ruwa-3a0e66dab4663e1d", s: "UN rights office: 925 civilians killed since Russia's invasion began", day: "2022-03-21", title: true, expect: "" },
  { article: "ruwa-fb2e370399be206e", s: "Kyiv has again urged the Red Cross to press Moscow to collect the bodies of its killed soldiers from Ukrainian land, a ministry said.", day: "2022-03-18", expect: "" },
  { article: "ruwa-aff79ac86792a426", s: "Russia kills civilians: Civilians killed in Zaporizhzhia region (01.09.22 07:50) « Front news | Kyiv Wire", day: "2022-08-31", title: true, expect: "" },
  { article: "ruwa-cf84c466b499b517", s: "About 1,100 civilians killed in Ukraine since invasion began – UN", day: "2022-03-25", title: true, expect: "" },
  { article: "ruwa-f5c9b52e4f203e5e", s: "Kharkiv strikes latest: Nine killed, including a baby", day: "2022-05-26", title: true, expect: "killed 9" },
  { article: "ruwa-a184575f0b6d5323", s: "Shelling of Sloviansk: 5 people were injured (18.09.22 16:05) « Front news | Kyiv Wire", day: "2022-09-17", title: true, expect: "injured 5" },
  { article: "ruwa-0b93525a1c060782", s: "Russian strike on Sievierodonetsk kills eight people queuing for bread", day: "2022-06-27", title: true, expect: "killed 8" },
  { article: "ruwa-e83835e74a849c22", s: "A notorious volunteer unit has been sent to the front after allegedly killing civilians near Kharkov", day: "2022-07-20", expect: "" },
  { article: "ruwa-3b4861cc6e531bc7", s: "UN counts 4,600 civilians killed in Ukraine since the invasion began", day: "2022-06-20", title: true, expect: "" },
  { article: "ruwa-203c7fcbdb1979e3", s: "Reports have come in of 6 dead and 10 wounded civilians.", day: "2022-05-11", expect: "killed 6; injured 10" },
  // ruwa, modelled on one sentence per construction (CONSTRUCTIONS in support/sentence-picks.ts), same order
  // no one hurt
  { article: "ruwa-b558e5e236cbdabb", s: "Preliminary reports say no one was injured.", day: "2022-06-20", expect: "injured 0" },
  // age not a count
  { article: "ruwa-a5e04478c2330406", s: "War crimes: In Kherson, a Russian soldier shot a 12-year-old boy in the leg. VIDEO (27.03.22 12:40) « Front news | Kyiv Wire", day: "2022-03-26", title: true, expect: "injured 1" },
  // found dead
  { article: "ruwa-b096a6d4b7440ebe", s: "Strike on Siversk: woman found dead under ruins of a collapsed house", day: "2022-08-31", title: true, expect: "killed 1" },
  // toll rose
  { article: "ruwa-f5c9b52e4f203e5e", s: "In Mykolaiv, the death toll from Tuesday's Russian rocket strike rose to nine, and 19 people are listed as injured, officials said.", day: "2022-05-26", expect: "killed 9; injured 19" },
  // number of killed increased
  { article: "ruwa-986b0f466ab23500", s: "Victims in Serhiivka: Two more bodies were found while clearing the ruins of a building in Serhiivka, the number of dead has risen to 43, - SES (13.07.22 18:15) « Front news | Kyiv Wire", day: "2022-07-12", title: true, expect: "killed 43", by: "SES" },
  // at least
  { article: "ruwa-369d6d5c992aaf7f", s: "At least 30 Islamist militants killed in Niger joint raids, France says", day: "2022-02-09", title: true, expect: "killed at least 30", by: "France" },
  // dozens
  { article: "ruwa-f0e63a3f6ef3750e", s: "A former minister and a visiting Polish MP toured the Donetsk region, in particular the town of Toretsk, where dozens of civilians were killed when a missile hit an apartment block on July 21.", day: "2022-07-18", expect: "killed dozens 24" },
  // critical condition
  { article: "ruwa-a3fc59caa3733a03", s: "His relatives think he's in a hospital in Luhansk, where he is in critical condition.", day: "2022-10-14", expect: "injured 1; grave 1" },
  // according to
  { article: "ruwa-ddc72ec36cac879c", s: "According to juvenile justice prosecutors, 231 children have been killed and over 430 injured.", day: "2022-05-16", expect: "" }, // a national bulletin (same series as "grows to 390"): a tally
  // missing
  { article: "ruwa-3d5860bb86ff91b3", s: "29.06.22 10:40 - The strike on Kremenchuk: Exact number of victims is still unknown, 70% of debris has been cleared, - regional governor. 21 people remain missing after the missile hit the shopping centre in Kremenchuk, the clearing of rubble goes on and may end by Thursday.", day: "2022-06-28", expect: "missing 21" },
  // missiles shot down
  { article: "ruwa-5a80f5537783dc2b", s: "Air defence: Enemy missile was shot down over Odesa region (08.06.22 11:25) « Front news | Kyiv Wire", day: "2022-06-07", title: true, expect: "" },
  // killed and wounded
  { article: "ruwa-d12e7899ca7f9565", s: "In Donetsk region, Russian troops shelled a busy market in Avdiivka, killing eight residents and injuring four, including three children, police said.", day: "2022-08-04", expect: "killed 8; injured 4" },
  // a dozen
  { article: "ruwa-c1f12dc7c8a3b3ce", s: "More than a dozen killed in Russian strike on Ukrainian shopping centre", day: "2022-06-27", title: true, expect: "killed over 12" },
  // up to
  { article: "ruwa-8ebd2514088e83dd", s: "Russian forces keep pounding the steel works in Mariupol with artillery and bombs, though up to 100 civilians are still sheltering inside, officials said.", day: "2022-05-10", expect: "" },
  // more than
  { article: "ruwa-8804eaa4b652a0e4", s: "More than 400 people in this quiet town near Kyiv were killed or died while the Russians occupied it.", day: "2022-04-23", expect: "" }, // a town's dead over an occupation: a tally
  // missile count
  { article: "ruwa-32ecb18d5c2a7fd7", s: "Before dawn on November 17, the enemy launched three missiles at a village outside Dnipro, officials said.", day: "2022-11-16", expect: "" },
  // building count
  { article: "ruwa-9a91c233c4c77330", s: "On Friday night, Russian forces hit a military site in Vasylkiv, the Kyiv region, one hangar was destroyed and two buildings were damaged.", day: "2022-07-28", expect: "" },
  // distance
  { article: "ruwa-c302a2587fd3604a", s: "PHOTOS. 30-35 kilometers west of the capital, along the highway to Zhytomyr, lie the bodies of civilians killed by the occupiers.", day: "2022-04-03", expect: "" },
  // clock time
  { article: "ruwa-0b53a7ffc2629930", s: "11.10.22 07:15 - Strike on Dnipro: occupiers hit Dnipro overnight: one person was killed, 5 people were injured, among them a child.", day: "2022-10-10", expect: "killed 1; injured 5" },
  // calendar date
  { article: "ruwa-9bada732ac3b372d", s: "By the morning of October 22, 2022, more than 1,250 children had been injured in Ukraine because of Russia's full-scale armed aggression.", day: "2022-10-21", expect: "" },
];

/** The seed reports (content/articles/), sentence by sentence where they state or must not state a figure. */
const SEED_ROWS: Row[] = [
  { s: "A Ukrainian missile strike Friday on the Russian-controlled city of Lugansk ripped through a block of flats, killing four people and wounding over 40, Russia-appointed officials said.", day: "2024-06-07", expect: "killed 4; injured over 40", by: "Russia-appointed officials" },
  { s: "A section of an apartment block collapsed and the \"bodies of four peaceful civilians killed were removed from the rubble\", the Moscow-backed region's government said on Telegram.", day: "2024-06-07", expect: "killed 4", by: "Moscow-backed region's government" },
  { s: "\"Forty-six people have received medical treatment,\" said regional health minister Nataliya Pashchenko, adding that they included an eight-year-old boy and three teenage boys.", day: "2024-06-07", expect: "injured 46", by: "regional health minister Nataliya Pashchenko" },
  { s: "The condition of ten of the injured is \"grave\" she said.", day: "2024-06-07", expect: "grave 10" },
  { s: "The strike tore open the facade of a five-storey Soviet-era block of flats from the roof down and left a deep crater in the ground, images posted by the Russian emergency services showed.", day: "2024-06-07", expect: "" },
  { s: "The strike damaged a total of 33 blocks of flats in the east of the city as well as two schools, three kindergartens and a higher education college, Pasechnik said.", day: "2024-06-07", expect: "" },
  { s: "\"Four American missiles were shot down by Russian air defences. One missile struck two blocks of flats,\" the ministry said.", day: "2024-06-07", expect: "" },
  { s: "Over the last week, Russian troops \"improved their positions along the front line and liberated the settlement of Paraskoviivka\", the ministry said.", day: "2024-06-07", expect: "" },
  { s: "\"Since the beginning of this year alone, 47, I think, settlements have been liberated,\" Putin told attendees at the Saint Petersburg International Economic Forum.", day: "2024-06-07", expect: "" },
  { id: "nikopol-age", s: "In the central city of Nikopol in the Dnipropetrovsk region, Russian shelling killed a 71-year-old woman, the regional authorities said.", day: "2024-06-07", expect: "killed 1", by: "regional authorities" },
  { s: "A missile attack on the Russian-controlled city of Luhansk in eastern Ukraine on Friday killed four people and injured over 40, Russian officials said.", day: "2024-06-07", expect: "killed 4; injured over 40", by: "Russian officials" },
  { id: "luhansk-toll-raised", s: "A section of an apartment block collapsed and the \"bodies of four peaceful civilians killed were removed from the rubble,\" the Moscow-backed region's government said on Telegram, raising the toll from three.", day: "2024-06-07", expect: "killed 4", by: "Moscow-backed region's government" },
  { s: "\"According to the latest information, 43 people were injured by the missile strike on Luhansk,\" the regional authorities added.", day: "2024-06-07", expect: "injured 43", by: "regional authorities" },
];

/** Coded event records (sentences of our own): a label and its figure close the record. */
const RECORD_ROWS: Row[] = [
  { s: "Fatalities: 3.", day: "2023-03-12", expect: "killed 3" },
  { s: "Deaths: 12", day: "2023-03-12", expect: "killed 12" },
  { s: "Injured: 5.", day: "2023-03-12", expect: "injured 5" },
  { s: "Fatalities: 0.", day: "2023-03-12", expect: "killed 0" },
  // Not a label closing its figure: a count over a period, a date.
  { s: "Deaths: 40 in the region since May, officials say.", day: "2023-03-12", expect: "" },
  { s: "Killed: 2 March 2023.", day: "2023-03-12", expect: "" },
];

/** People named by what they were where it happened (sentences of our own). */
const ROLE_ROWS: Row[] = [
  { s: "Seven patients killed in raid on rural clinic by armed group", day: "2022-07-08", title: true, expect: "killed 7" },
  { s: "Gunmen killed a patient and two nurses at the health centre on Friday.", day: "2022-07-08", expect: "killed 3" },
  { s: "Two monks were injured when shells hit the monastery.", day: "2022-06-04", expect: "injured 2" },
];

/** War news' own constructions (sentences of our own). */
const WAR_ROWS: Row[] = [
  // "among those killed" counts part of the dead: at least that many. A person noun before a thing
  // ("civilian cars") is an adjective of the thing: no one was counted shot.
  { s: "Occupiers fire on civilian cars near Harbourtown: 7 children among those killed", day: "2022-10-01", title: true, expect: "killed at least 7" },
  { s: "Troops shoot civilian cars near Harbourtown", day: "2022-10-01", title: true, expect: "" },
  { s: "Soldiers shot at a civilian car on the road out of the town.", day: "2022-10-01", expect: "" },
  { s: "Strike on market in Harbourtown: three women among those wounded", day: "2022-10-01", title: true, expect: "injured at least 3" },
  { s: "Occupiers shoot dead two farmers in Harbourtown district", day: "2022-03-15", title: true, expect: "killed 2" },
  { s: "Soldiers shot dead four men at a checkpoint, the police said.", day: "2022-03-15", expect: "killed 4" },
  { s: "Two farmers were shot dead at a checkpoint.", day: "2022-03-15", expect: "killed 2" },
  // One person's roles listed before the name: the singular verb says one.
  { s: "Fighter, journalist, and sapper Ivan Petrenko was killed in battle near the village.", day: "2022-05-29", expect: "killed 1" },
  // A parent's children counted after "of" are no count of the dead.
  { s: "Volunteer, medic, and father of three Ivan Petrenko was killed in battle near the village.", day: "2022-05-29", expect: "killed 1" },
  {
    s: "For days the attackers wounded 27 people and killed a teacher in the district.",
    day: "2022-05-08",
    expect: "killed 1; injured 27",
  },
  {
    s: "In the district the attackers wounded 27 people and killed headmaster of the school.",
    day: "2022-05-08",
    expect: "killed 1; injured 27",
    fails: "a victim named without an article after 'and killed' gives no object, and the count before takes the verb",
  },
  // Headlines list their verbs in the present's bare form, joined by a comma.
  { s: "Invaders kill a farmer, wound five more in the border district", day: "2022-11-02", title: true, expect: "killed 1; injured 5" },
  { s: "Occupiers kill two, injure four in Riverside community", day: "2022-11-02", title: true, expect: "killed 2; injured 4" },
  // "Also" counts others besides those already hurt.
  { s: "After the shelling of the village a girl was badly hurt, and three adults were also injured.", day: "2022-08-20", expect: "injured 4" },
  // A person's trade names one person as "a man" does.
  { s: "A pilot and a villager were killed when the drone hit the farm.", day: "2022-11-02", expect: "killed 2" },
  // An intent: no one was hurt.
  { s: "The saboteurs planned to injure dozens of guests at the hotel, the service said.", day: "2022-11-02", expect: "" },
  // "Not without casualties" says there were some, not that there were none.
  { s: "The night in the district passed calmly, though not without casualties.", day: "2022-11-17", expect: "" },
  { s: "The night in the district passed without casualties.", day: "2022-11-17", expect: "injured 0" },
  // "The wounded", "the injured" as the object of another verb count no one: the subject before
  // them (one person) did the evacuating, helping or treating.
  { s: "The pilot, who flew in supplies and evacuated the wounded from the plant, spoke about the mission.", day: "2022-06-02", expect: "" },
  { s: "A volunteer who helped the wounded in the shelter described the night.", day: "2022-04-04", expect: "" },
  { s: "A nurse who treated the injured at the district hospital gave an interview.", day: "2022-04-04", expect: "" },
  { s: "The driver carried a badly injured neighbour to the car.", day: "2022-04-04", expect: "" },
  { s: "The driver was badly injured when the shell hit the car.", day: "2022-04-04", expect: "injured 1" },
];

/** Anyone of a kind after "every", "each", "any" is no one counted (sentences of our own). */
const DISTRIBUTIVE_ROWS: Row[] = [
  { s: "Army to avenge every killed defender, commander says", day: "2022-06-20", title: true, expect: "" },
  { s: "The brigade will avenge every killed soldier, its commander said.", day: "2022-06-20", expect: "" },
  { s: "Every killed soldier is a hero, the mayor told the crowd.", day: "2022-06-20", expect: "" },
  { s: "Each wounded defender gets a medal, the ministry says.", day: "2022-06-20", expect: "" },
  { s: "A soldier was killed and each of the others was evacuated.", day: "2022-06-20", expect: "killed 1" },
];

function seedRow(id: string): Row {
  const row = SEED_ROWS.find((r) => r.id === id);
  if (!row) throw new Error(`no seed row "${id}"`);
  return row;
}

describe("casualty claims, sentence by sentence", () => {
  const rows = [...CORPUS_ROWS, ...SEED_ROWS, ...RECORD_ROWS, ...ROLE_ROWS, ...DISTRIBUTIVE_ROWS, ...WAR_ROWS];
  for (const row of rows) {
    const name = `${row.s.slice(0, 90)} => ${row.expect || "nothing"}`;
    const check = () => {
      const claims = claimsOf(row);
      expect(describeClaims(claims)).toBe(row.expect);
      if (row.by !== undefined) for (const claim of claims) expect(claim.attribution).toBe(row.by);
    };
    if (row.fails) it.fails(`${name} (known failure: ${row.fails})`, check);
    else it(name, check);
  }
});

describe("revisions and ages in the seeds", () => {
  it("\"raising the toll from three\" is 4, revised from 3", () => {
    const claims = claimsOf(seedRow("luhansk-toll-raised"));
    expect(claims).toMatchObject([{ kind: "killed", value: 4, revisedFrom: 3, revision: true }]);
  });
  it("the 71 of \"a 71-year-old woman\" is no figure", () => {
    const claims = claimsOf(seedRow("nikopol-age"));
    expect(claims.map((c) => c.value)).toEqual([1]);
  });
});

describe.skipIf(!corpusPresent)("the corpus rows follow the real sentences the fixed rule picks", () => {
  let picks: Pick[] | undefined;
  const picked = () => (picks ??= pickSentences());

  it("one row per picked sentence: same article, same day, same order", () => {
    expect(CORPUS_ROWS.map((r) => [r.article, r.day])).toEqual(picked().map((p) => [p.article, p.published]));
  });

  it("each real sentence gives the figures of the row modelled on it (a known failure still fails)", () => {
    const wrong = picked().flatMap((pick, i) => {
      const row = CORPUS_ROWS[i];
      if (!row) return [`${pick.article}: no row modelled on it`];
      const passage = { index: 0, paragraph: 0, text: pick.sentence, isTitle: pick.title };
      const read = describeClaims(findArticleCasualtyClaims([passage], pick.published));
      const asRow = row.fails ? read !== row.expect : read === row.expect;
      return asRow ? [] : [`${pick.article}: read "${read}", row ${row.fails ? "fails" : "expects"} "${row.expect}"`];
    });
    expect(wrong).toEqual([]);
  });
});
if (!corpusPresent) console.log("tests/facts/claims.test.ts: ../shared/corpus is absent, the checks against the real sentences are skipped");
