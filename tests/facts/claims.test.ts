// The casualty grammar against real sentences: a sample picked by a fixed rule (support/sentence-picks.ts:
// articles in SHA-1 order of their ids, the first sentence with a casualty word; then one sentence
// per construction), plus the seed reports. `expect` is what a careful reader writes down, after
// the article-level step (people "shot" minus those the same text says died). Rows the grammar
// still reads wrong stay, marked `fails` with the reason, and are asserted to still fail
// (it.fails): fixing one turns its test red until the mark is removed.
import { describe, expect, it } from "vitest";
import { describeClaims } from "./support/claims.js";
import { findArticleCasualtyClaims } from "../../src/facts/articleClaims.js";
import type { CasualtyClaim } from "../../src/model.js";
import { corpusPresent, pickSentences } from "./support/sentence-picks.js";

interface Row {
  /** A name for rows other tests pick out. */
  id?: string;
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
  // gva-dev: the first sentence with a casualty word of each article, in SHA-1 order of ids
  { s: "Teen girl shot during family gathering in northwest Harris County", day: "2016-04-17", title: true, expect: "injured 1" },
  { s: "Police: Man shoots, kills family before arson, suicide", day: "2016-03-22", title: true, expect: "" },
  { s: "Police said King died Saturday night after he was shot in the backseat of his grandmother's car during a road-rage confrontation in southwest Little Rock.", day: "2017-01-28", expect: "killed 1" },
  { s: "Police: Houston teen accidentally shot, killed by girlfriend - KAUZ-TV: Newschannel 6 Now | Wichita Falls, TX", day: "2016-07-15", title: true, expect: "killed 1" },
  { s: "Two bystanders escaped serious injury when they were grazed by a police officer's gunfire during a fountain show Jan. 22 in front of the Bellagio resort.", day: "2016-02-03", expect: "injured 2", fails: "\"they were grazed\": the pronoun subject of a clause after the count is not read" },
  { s: "Raleigh police said a man faces multiple charges after a toddler shot itself in the face with a gun.", day: "2015-04-04", expect: "injured 1" },
  { s: "Fatal shooting of Bronx teen appears accidental; Suspect charged", day: "2016-05-20", title: true, expect: "killed 1" },
  { s: "Child Accidentally Shot In Woodruff County", day: "2016-06-19", title: true, expect: "injured 1" },
  { s: "Report: 2 people shot in car in West Toledo", day: "2017-02-22", title: true, expect: "injured 2" },
  { s: "Police: 5 dead, including gunman, in Georgia shooting", day: "2015-02-07", title: true, expect: "killed 5", by: "Police" },
  { s: "LINCOLNTON, N.C. -- An off-duty Lincoln County Sheriff's deputy shot her 11-year-old daughter after the weapon accidentally fired while she was showing it to friends, Saturday night, officials said.", day: "2016-10-30", expect: "injured 1", by: "officials" },
  { s: "Idaho gang members plead guilty after 10-year-old girl shot", day: "2016-11-23", title: true, expect: "injured 1" },
  { s: "Felicidad Legaspi, left, and Oliver Legaspi, right, were shot to death in Salinas on Aug. 27, 2015.", day: "2015-08-29", expect: "killed 2", fails: "two names, each with an inset (\", left,\"), are not read as a list" },
  { s: "Teen Shot To Death In Pacoima", day: "2016-12-18", title: true, expect: "killed 1" },
  { s: "Cowley County teen hurt in accidental shooting", day: "2016-10-17", title: true, expect: "injured 1" },
  { s: "Officers later learned that a 2-year-old child injured during the incident had been taken to an area hospital for treatment of a non-life threatening gunshot wound.", day: "2016-10-17", expect: "injured 1" },
  { s: "MONROE – Police responded to an accidental discharge of a firearm which shot an 11 year-old boy in the cheek.", day: "2015-03-08", expect: "injured 1" },
  { s: "Baton Rouge Police have charged 17-year-old Ahmad Antoine of Baton Rouge with Negligent Homicide in the city’s latest shooting death.", day: "2016-01-17", expect: "" },
  { s: "\"It hurt a lot,\" Leyton said.", day: "2015-07-06", expect: "" },
  { s: "A 2-year-old accidentally shot his father over the weekend in Southwest Baltimore, police confirmed.", day: "2016-05-09", expect: "injured 1", by: "police" },
  { s: "Police have identified the three found dead in a Rancho Penasquitos home as a 6-year-old boy and his parents.", day: "2015-01-22", expect: "killed 3" },
  { s: "Boy, 14, Dies In Overnight Shooting - LEX18.com | Continuous News and StormTracker Weather", day: "2016-11-25", title: true, expect: "killed 1", by: null },
  { s: "Two men charged in death of Wagoner Co teen - KSWO, Lawton, OK- Wichita Falls, TX: News, Weather, Sports. ABC, 24/7, Telemundo -", day: "2017-02-02", title: true, expect: "killed 1" },
  { s: "NOPD: 4 shot in Gert Town fatal shooting", day: "2015-08-25", title: true, expect: "injured 4" },
  { s: "The man accidentally shot his daughter once while he was cleaning a Springfield .45-caliber handgun at about 4:15 p.m. Saturday at an apartment building on Westhaven Drive in Oshkosh, Capt. Cyndi Thaldorf said.", day: "2015-03-09", expect: "injured 1", by: "Capt. Cyndi Thaldorf" },
  { s: "Marion County toddler injured in accidental shooting has died - KLTV.com - Tyler, Longview, Jacksonville |ETX News", day: "2016-07-13", title: true, expect: "killed 1", by: null },
  { s: "Mother, Father, Toddler Dead Following Murder-Suicide", day: "2016-11-19", title: true, expect: "killed 3" },
  { s: "Eagan Police say Boy Shot, Killed Brother in 'Horrible Accident'", day: "2017-01-29", title: true, expect: "killed 1" },
  { s: "Toledo man found guilty in May 25 fatal shooting", day: "2014-11-18", title: true, expect: "" },
  { s: "Two young children and an adult were shot Saturday night in east Baltimore.", day: "2016-09-05", expect: "injured 3" },
  { s: "Gun play in north Fort Worth leads to fatal shooting of teen", day: "2016-09-30", title: true, expect: "killed 1" },
  { s: "Community demands justice for teen shot dead at party - CBS 5 - KPHO", day: "2013-11-10", title: true, expect: "killed 1", by: null },
  { s: "Jesus Javier Paez, a 22-year-old Latino, died Monday, May 9, after he was shot in the 4300 block of Clara Street in Cudahy, according to Los Angeles County coroner's records.", day: "2016-05-10", expect: "killed 1" },
  { s: "Police identify victim killed in quadruple shooting near 21st & Cleveland", day: "2016-11-13", title: true, expect: "killed 1; injured 3" },
  { s: "Police say an Iowa man who claimed he was shot by a random gunman was actually the victim of an accidental shooting.", day: "2017-01-18", expect: "injured 1" },
  // gva-dev: one sentence per construction (CONSTRUCTIONS in support/sentence-picks.ts), same order
  // shot, N fatally
  { s: "HOUSTON - A young child was among four people shot, one fatally, at an apartment complex in southwest Houston, police said Sunday.", day: "2016-06-27", expect: "killed 1; injured 3", by: "police" },
  // no one hurt
  { s: "Police seized the bullets, and no one else was injured.", day: "2015-08-20", expect: "injured 0" },
  // no injuries
  { s: "No other injuries were reported during the incident.", day: "2016-10-03", expect: "injured 0" },
  // age not a count
  { s: "SALT LAKE CITY — Police say a Salt Lake man shot an 8-year-old boy and then himself in a murder-suicide Tuesday inside a Capitol Hill apartment.", day: "2016-07-26", expect: "killed 2", fails: "\"shot an 8-year-old boy and then himself in a murder-suicide\": the deaths are implied by \"murder-suicide\"" },
  // found dead
  { s: "WILKES-BARRE -- A mother, father, and toddler were found dead following a murder-suicide in Luzerne County.", day: "2016-11-19", expect: "killed 3" },
  // shot and killed
  { s: "A man shot and killed his wife and children before setting their house on fire and killing himself in Saratoga Springs on Sunday, Louisville Metro Police said.", day: "2016-03-22", expect: "killed at least 4", fails: "\"his wife and children ... and killing himself\": a plural without a number gives no count, so only the wife is counted" },
  // address block
  { s: "City police said officers were called around 8:10 p.m. to the 900 block of McAleer Court, where a 4-year-old girl was shot in the foot, and 8-year-old boy was shot in the leg and a 61-year-old woman was shot in the leg.", day: "2016-09-05", expect: "injured 3", fails: "three separate clauses each with one victim are not added up" },
  // calibre
  { s: "The boy was with his mother, a CPL holder, when he found her .9mm gun in the console and accidentally shot himself.", day: "2015-11-06", expect: "injured 1" },
  // at least
  { s: "There have been at least two other shootings at the troubled tata temple in recent years, including a 2010 incident that left one man dead, the Star-Ledger reported.", day: "2013-12-26", expect: "" },
  // dozens
  { s: "Before the gun smoke cleared, there were dozens of people dead and dozens of others wounded.", day: "2016-06-14", expect: "killed dozens 24; injured dozens 24" },
  // critical condition
  { s: "The child was taken to children's hospital where he was initially reported to be in critical condition.", day: "2016-06-19", expect: "injured 1; grave 1" },
  // according to
  { s: "According to troopers, Zackary Yashkus, 23, shot and killed Thompson in the driveway of an apartment house in Wilkes-Barre.", day: "2016-11-19", expect: "killed 1", by: "troopers" },
  // double homicide
  { s: "Salinas double homicide victims, suspect identified", day: "2015-08-29", title: true, expect: "killed 2" },
  // killed and wounded
  { s: "A Toledo man accused in a May 25 shooting that killed one and injured three others entered Alford pleas today in Lucas County Common Pleas Court.", day: "2014-11-18", expect: "killed 1; injured 3", by: null },
  // a dozen
  { s: "FRESNO (CBS/AP) — A Fresno motorcycle club’s annual dance, which draws bikers from all over the state, turned into a chaotic gun battle that spilled into the streets, leaving one dead and a dozen others wounded, authorities said.", day: "2013-10-06", expect: "killed 1; injured 12", by: "authorities" },
  // up to
  { s: "Sheriff Sid Gautreaux said they are looking for up to four people.", day: "2016-04-28", expect: "" },
  // more than
  { s: "More than 750 people have been killed so far this year, Chicago’s deadliest since the late 1990s.", day: "2016-12-20", expect: "" },
  // shot N times
  { s: "A 25-year-old man was shot multiple times and was taken to Mount Sinai Hospital in serious condition.", day: "2015-05-29", expect: "injured 1" },
  // distance
  { s: "Ben Edward Freeman, 38, began his deadly shooting spree when he burst into a home in the town of Lockport about 45 miles southwest of New Orleans and shot Lafourche Parish Councilman Louis Phillip Gouaux and his wife, Susan, shortly before 7 p.m., authorities said.", day: "2013-12-27", expect: "injured 2" }, // "his wife, Susan" is one person (an apposition)
  // clock time
  { s: "Raw: Multiple victims in Louisiana theater shooting | 00:41 A man opened fire Thursday night at a movie theater in Lafayette, Louisiana, leaving two people dead and several injured, according to authorities.", day: "2015-07-24", expect: "killed 2; injured several 3" },
  // calendar date
  { s: "Avontra Treon Moore, 22, of Lake Placid, was arrested Thursday afternoon (May 19) — four days after the early evening shootout that injured a 5-year-old boy and a 20-year-old woman.", day: "2016-06-01", expect: "injured 2" },
  // ruwa: the first sentence with a casualty word of each article, in SHA-1 order of ids
  { s: "About our escape from a dead city, filtration and life under occupation", day: "2022-07-19", expect: "" },
  { s: "Shelling of Zaporizhzhia: Ruscists attacked Zaporizhzhia at night: one person died, 5 people were injured, including child. VIDEO (10.10.22 06:06) « War in Ukraine | Censor.NET", day: "2022-10-10", title: true, expect: "killed 1; injured 5" },
  { s: "Russia's crimes near Bucha: Police exhume bodies of mother and son killed by Russians who unjustifiably fired on streets and houses in Wablia near Bucha. VIDEO&PHOTOS (14.04.22 17:55) « War in Ukraine | Censor.NET", day: "2022-04-14", title: true, expect: "killed 2" },
  { s: "Losses in Donetsk region: Ruscists killed 4 civilians in Donetsk region in day, - RMA (31.10.22 08:32) « War in Ukraine | Censor.NET", day: "2022-10-31", title: true, expect: "killed 4", by: "RMA" },
  { s: "Number of children killed by Russian troops in Ukraine grows to 390 - prosecutors", day: "2022-09-18", title: true, expect: "" },
  { s: "Russia says 23 dead in missile attack on Donetsk", day: "2022-03-14", title: true, expect: "killed 23", by: "Russia" },
  { s: "Their relatives are calmly reacting to the fact that the occupiers came to kill Ukrainian children and rob...", day: "2022-04-02", expect: "" },
  { s: "One person killed, five more injured in enemy missile strike on Zaporizhzhia", day: "2022-09-22", title: true, expect: "killed 1; injured 5" },
  { s: "Office of the Prosecutor General of Ukraine: More than 826 children were injured as result of Russia’s full-scale invasion of Ukraine (03.11.22 09:33) « War in Ukraine | Censor.NET", day: "2022-11-03", title: true, expect: "" },
  { s: "Five civilians killed, four injured in Russia’s shelling of Donetsk Region", day: "2022-05-27", title: true, expect: "killed 5; injured 4" },
  { s: "Russian military death toll in Ukraine climbs to 58,500", day: "2022-09-29", title: true, expect: "" },
  { s: "Prosecutor General’s Office: 429 children died in Ukraine due to the aggression of the Russian Federation, more than 817 were injured (21.10.22 09:07) « War in Ukraine | Censor.NET", day: "2022-10-21", title: true, expect: "" },
  { s: "Three people, including two children, killed in Russian shelling of Rubizhne", day: "2022-03-20", title: true, expect: "killed 3" },
  { s: "Russians continue shelling Kharkiv: 4 killed, 10 wounded over past day", day: "2022-04-13", title: true, expect: "killed 4; injured 10" },
  { s: "Enemy helicopter and UAV shot down in Donetsk region", day: "2022-09-03", title: true, expect: "" },
  { s: "Eighteen civilians injured in Russian shelling of Mykolaiv region in past day", day: "2022-07-07", title: true, expect: "injured 18" },
  { s: "Russian invaders shell civilians evacuating from Hostomel, one woman killed", day: "2022-03-14", title: true, expect: "killed 1" },
  { s: "Death of children due to war: Russia is killing Ukrainian children (31.05.22 08:42) « War in Ukraine | Censor.NET", day: "2022-05-31", title: true, expect: "" },
  { s: "One civilian has been killed and six injured in Russia’s shelling of the city of Mykolaiv and Mykolaiv Region over the past day.", day: "2022-06-22", expect: "killed 1; injured 6" },
  { s: "British volunteer Yuri: British volunteer Urie died in captivity of \"DPR\" terrorists (15.07.22 14:37) « War in Ukraine | Censor.NET", day: "2022-07-15", title: true, expect: "killed 1" },
  { s: "2 killed, 13 injured in missile attack on Kramatorsk", day: "2022-08-12", title: true, expect: "killed 2; injured 13" },
  { s: "3 killed, 4 injured in yet another enemy strike on Mykolayiv", day: "2022-06-04", title: true, expect: "killed 3; injured 4" },
  { s: "Seven Sri Lankan citizens, six men and one woman, were injured by the actions of the Russian occupiers in the Kharkiv region.", day: "2022-09-18", expect: "injured 7" },
  { s: "Russians fire at crowded bus stop in Toretsk: eight dead, three children among injured", day: "2022-08-04", title: true, expect: "killed 8; injured at least 3" },
  { s: "Ukraine says tens of thousands killed in Mariupol, accuses Russia of abuses", day: "2022-04-12", title: true, expect: "" }, // a city's toll over a siege: a tally (facts/tallies.ts)
  { s: "OHCHR: 902 civilians killed since start of Russia’s invasion of Ukraine", day: "2022-03-21", title: true, expect: "" },
  { s: "Ukraine has once again asked the International Committee of the Red Cross to call on Russia to take away the bodies of killed soldiers from the Ukrainian territory. — Ukrinform.", day: "2022-03-18", expect: "" },
  { s: "Russia is killing civilians: Civilians killed in Donetsk region (31.08.22 08:08) « War in Ukraine | Censor.NET", day: "2022-08-31", title: true, expect: "" },
  { s: "Some 1,035 civilians killed in Ukraine since Russian invasion started – UN", day: "2022-03-25", title: true, expect: "" },
  { s: "Kharkiv shelling update: Nine killed, including infant", day: "2022-05-26", title: true, expect: "killed 9" },
  { s: "Bombardment of Kramatorsk: 5 people were injured (17.09.22 17:20) « War in Ukraine | Censor.NET", day: "2022-09-17", title: true, expect: "injured 5" },
  { s: "Russian attack on Lysychansk kills eight people who went out to collect water", day: "2022-06-27", title: true, expect: "killed 8" },
  { s: "The notorious ‘Kraken’ ultranationalist battalion has been sent to the frontlines after allegedly killing civilians in Kharkov", day: "2022-07-20", expect: "" },
  { s: "UN records 4,569 civilians killed in Ukraine since Russian invasion started", day: "2022-06-20", title: true, expect: "" },
  { s: "Information received about 6 dead and 10 wounded civilians.", day: "2022-05-11", expect: "killed 6; injured 10" },
  // ruwa: one sentence per construction (CONSTRUCTIONS in support/sentence-picks.ts), same order
  // no one hurt
  { s: "According to preliminary information, no one was injured.", day: "2022-06-20", expect: "injured 0" },
  // age not a count
  { s: "Russian war crimes: In Mariupol, Russian aggressor shot an 11-year-old girl in the face. VIDEO (26.03.22 13:54) « War in Ukraine | Censor.NET", day: "2022-03-26", title: true, expect: "injured 1" },
  // found dead
  { s: "Shelling of Bakhmut: woman found dead under rubble of destroyed building", day: "2022-08-31", title: true, expect: "killed 1" },
  // toll rose
  { s: "In Kharkiv, the death toll from the latest Russian MLRS strike rose to nine, while 19 people are reported as injured. — Ukrinform.", day: "2022-05-26", expect: "killed 9; injured 19" },
  // number of killed increased
  { s: "Victims in Chasiv Yar: Two more bodies were discovered during demolition of rubble of house in city of Chasiv Yar, total number of dead has increased to 43, - SES (12.07.22 19:32) « War in Ukraine | Censor.NET", day: "2022-07-12", title: true, expect: "killed 43", by: "SES" },
  // at least
  { s: "At least 30 Islamist militants killed in Mali joint operations, France says", day: "2022-02-09", title: true, expect: "killed at least 30", by: "France" },
  // dozens
  { s: "Petro Poroshenko and Polish Sejm deputy Pawel Kowal visited the Bakhmut region of Donbass, in particular the town of Chasiv Yar, where dozens of civilians were killed after a rocket attack on a residential building on July 13.", day: "2022-07-18", expect: "killed dozens 24" },
  // critical condition
  { s: "His family believes he's in a hospital in Donetsk, where he is in critical condition.", day: "2022-10-14", expect: "injured 1; grave 1" },
  // according to
  { s: "According to official juvenile prosecutors, 229 children were killed and more than 421 injured.", day: "2022-05-16", expect: "" }, // a national bulletin (same series as "grows to 390"): a tally
  // missing
  { s: "28.06.22 11:53 - The shelling of Kremenchuk: Exact number of victims in Kremenchuk is unknown, 60% of blockages were dismantled, - Monastyrsky. 21 people are missing after the Russian missile strike on the Amstor shopping mall in Kremenchuk, the dismantling of the debris continues and may be completed by Wednesday morning.", day: "2022-06-28", expect: "missing 21" },
  // missiles shot down
  { s: "missile was shot down: Enemy missile was shot down over Zaporizhia region (07.06.22 12:10) « War in Ukraine | Censor.NET", day: "2022-06-07", title: true, expect: "" },
  // killed and wounded
  { s: "In Donetsk region, Russian invaders opened fire at a municipal bus stop in Toretsk, killing eight locals and injuring four, including three children. — Ukrinform.", day: "2022-08-04", expect: "killed 8; injured 4" },
  // a dozen
  { s: "More than a dozen killed in Russian attack on Ukraine mall", day: "2022-06-27", title: true, expect: "killed over 12" },
  // up to
  { s: "Russian troops continue to launch heavy artillery and air strikes on the Mariupol-based Azovstal plant, although up to 100 civilians are still remaining there. — Ukrinform.", day: "2022-05-10", expect: "" },
  // more than
  { s: "More than 400 people in this small suburb outside Kyiv were killed or died when the Russians invaded.", day: "2022-04-23", expect: "" }, // a town's dead over an occupation: a tally
  // missile count
  { s: "In the early hours of November 16, the enemy fired three missiles at a village near Zaporizhzhia city. — Ukrinform.", day: "2022-11-16", expect: "" },
  // building count
  { s: "On Thursday morning, the Russian Federation struck a military unit in Lyiutezh, the Kyiv region, one building was destroyed and two buildings were damaged.", day: "2022-07-28", expect: "" },
  // distance
  { s: "PHOTOS. 20-25 kilometers from the capital towards Zhytomyr on the road lie the bodies of Ukrainians killed by the occupiers.", day: "2022-04-03", expect: "" },
  // clock time
  { s: "10.10.22 06:06 - Shelling of Zaporizhzhia: Ruscists attacked Zaporizhzhia at night: one person died, 5 people were injured, including child.", day: "2022-10-10", expect: "killed 1; injured 5" },
  // calendar date
  { s: "As of the morning of October 21, 2022, more than 1,246 children were injured in Ukraine as a result of the full-scale armed aggression of the Russian Federation.", day: "2022-10-21", expect: "" },
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

function seedRow(id: string): Row {
  const row = SEED_ROWS.find((r) => r.id === id);
  if (!row) throw new Error(`no seed row "${id}"`);
  return row;
}

describe("casualty claims, sentence by sentence", () => {
  const rows = [...CORPUS_ROWS, ...SEED_ROWS];
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

describe.skipIf(!corpusPresent)("the table's corpus sentences are the ones the fixed rule picks", () => {
  it("same sentences, same order", () => {
    expect(CORPUS_ROWS.map((r) => r.s)).toEqual(pickSentences().map((p) => p.sentence));
  }, 60_000);
});
if (!corpusPresent) console.log("tests/facts/claims.test.ts: ../shared/corpus is absent, the pick-rule check is skipped");
