// What a place name is doing in its sentence: the scene of the incident ("in Nikopol", "the city
// of Lugansk", "shelled Kharkiv", a dateline), a place merely named ("Moscow-backed", "the Kyiv
// regime", "Kyiv says", "talks in Istanbul", "25 km southwest of Donetsk"), or not a place at all
// ("President Jackson", "Nataliya Pashchenko").
import { en } from "../facts/lexicon/en.js";
import { SLAVIC } from "../facts/slavic/lexicons.js";
import { alternation, stemFragments } from "../facts/lexicon/words.js";
import { atEnd } from "../text/at-end.js";

export type Usage =
  /** The scene: where something happened. */
  | "location"
  /** Named without a cue either way ("Kharkiv and Sumy regions"). */
  | "plain"
  /** Local attribute of a scene elsewhere unnamed: "Tulsa police", "a Kharkiv resident". */
  | "attributive"
  /** The place stands for its government or people: "Kyiv says", "the Kyiv regime", "Moscow-backed". */
  | "metonymy"
  /** Part of an organisation or event name: "Saint Petersburg International Economic Forum". */
  | "organisation"
  /** A reference point: "25 km southwest of Donetsk", "north of Kharkiv". */
  | "reference"
  /** Somewhere else than the scene: talks, visits, a speech. */
  | "elsewhere"
  /** The outlet's name after a headline: "... - KSLA News 12 Shreveport, Louisiana News". */
  | "outlet"
  /** Where people were taken afterwards: "airlifted to Jackson", "a Duluth hospital", "the Linn County Jail". */
  | "destination"
  /** Not a place: part of a person's name. */
  | "person"
  /** Not a place: part of a street's or a landmark's name ("Columbus Street", "Dnipro River"). */
  | "street"
  /** Not a place: a weapon or a unit named like one ("Iskander missiles", "the Azov regiment"). */
  | "thing"
  /** Not a place: a ship named like one ("the cruiser Moskva"), struck, hit or sunk like a scene. */
  | "vessel"
  /** A part of a city named like a town elsewhere: "the Lawndale neighborhood". */
  | "neighbourhood"
  /** Where the reporter files from: "BOSTON (Reuters) -". Taken as the scene: on gva-dev that is right far more often than an in-text place that follows. */
  | "dateline";

const SCENE_NOUNS =
  "city|town|village|settlement|border areas?|border regions|border districts|border communities|border villages|border settlements|areas|hamlet|township|borough|community|hromada|suburb|suburbs|neighbou?rhood|district|region|area|oblast|province|state|county|port|capital|outskirts|frontline town|front-line town|urban-type settlement|resort town|industrial city|border town|border village|territory|south|north|east|west|south-east|south-west|north-east|north-west|southeast|southwest|northeast|northwest|centre|center|heart|part|parts|vicinity|environs";

// Words between "in" and the name describe it ("in eastern Ukraine", "in Russian-held Melitopol");
// a preposition or pronoun there starts another phrase ("in talks with Russia", "at that point Hughes").
// ("killed in what Volodymyr Zelenskyy called ..." puts no place after "in": a relative clause opens.)
const NOT_A_PREPOSITION = String.raw`(?!(?:with|from|by|against|to|for|and|between|among|about|on|of|that|this|which|who|whom|whose|what|least|point|time|times)\b)`;
// Who holds a place, said before its name: "rebel-held Slavyansk", "Russian-occupied Melitopol".
const HELD = String.raw`\p{L}+-(?:held|controlled|occupied|run)`;
// What happens at a scene: "a blast in", "shelling of", "fighting near".
const EVENT_NOUNS = "strikes?|attacks?|shelling|bombardment|bombing|explosions?|blasts?|shootings?|fire|fighting|battles?|clashes|drone attack|missile attack|airstrikes?|air strikes?|rocket attack|assault|offensive|siege";
// An event noun just before the name's preposition ("a trip wire blast in X"): a word of travel or
// talk further back ("trip") does not make X somewhere else.
const EVENT_AT_BEFORE = new RegExp(String.raw`\b(?:${EVENT_NOUNS})\s+(?:in|at|near|outside|around)\s+(?:the\s+)?$`, "i");
// Before the name: "in", "at", "near", "the (Russian-controlled) city of", "shelled", "strike on"
// (the words between may be abbreviated: "in E. Ukraine").
// (The patterns of the words before a name that usageOf asks of every name are matched backwards
// from the name, once: text/at-end.ts.)
const LOCATION_BEFORE = atEnd(new RegExp(
  String.raw`(?:\b(?:in|at|near|outside|around|inside|across|throughout|over|on the outskirts of|in the outskirts of|in the vicinity of|off|off the coast of|approaching|nearing)\s+(?:the\s+)?(?:${NOT_A_PREPOSITION}\p{L}[\w'’-]*\.?\s+){0,2}?(?:(?:${SCENE_NOUNS})\s+of\s+)?` +
    String.raw`|\b(?:${SCENE_NOUNS})\s+of\s+` +
    String.raw`|\b(?:fir(?:ed|es|ing)\s+(?:on|at|upon)|opened fire (?:on|at)|shell(?:ed|s|ing)?|struck|strikes?|hit|hits|hitting|attack(?:ed|s|ing)?|bomb(?:ed|s|ing)?|target(?:ed|s|ing)?|pound(?:ed|s|ing)?|rock(?:ed|s)?|liberat(?:ed|es|ing)|captur(?:ed|es|ing)|seiz(?:ed|es|ing)|retook|recaptur(?:ed|es|ing)|raid(?:ed|s)?|storm(?:ed|s|ing)?|enter(?:ed|s)|took|take|taken|advance on|advanced on|advancing on|assault on|offensive on)\s+(?:the\s+)?(?:${HELD}\s+)?(?:(?:${SCENE_NOUNS})\s+of\s+)?` +
    String.raw`|\b(?:${EVENT_NOUNS})\s+(?:on|of|against|in|at|near|around|for)\s+(?:the\s+)?(?:${HELD}\s+)?(?:(?:${SCENE_NOUNS})\s+of\s+)?)$`,
  "iu",
));

// A name before the event it names is that event's scene: "the deadly Kramatorsk attack", "a
// Kremenchuk mall strike", "Uvalde shooting victims". Followed by "on", "of" or "against" it is the
// side that struck ("a Kyiv strike on Donetsk"); a country before one is a side too (the caller).
const EVENT_NAMED_AFTER = new RegExp(
  String.raw`^\s+(?:(?:train|railway|rail|bus|station|shopping|mall|market|theatre|theater|hospital|maternity|school|apartment|residential|block|building|port|airport|bridge|dam|plant|church|nightclub|concert|hall|missile|rocket|drone|air|artillery|car|bomb|terror|terrorist|mass)\s+){0,3}(?:attack|strike|airstrike|air\s+strike|shelling|bombing|bombardment|blast|explosion|shooting|massacre)(?!\s+(?:on|of|against|at|in|by|from|into)\b)(?![\p{L}-])`,
  "iu",
);

// Ukrainian and Russian: a preposition of place ("у Луганську", "під Бахмутом", "в районе Донецка"),
// a settlement word ("селі", "поселке"), or a strike's noun or verb before the name in the genitive
// or after "по"/"на" ("обстріл Харкова", "удар по Луганську", "атаковали Гостомель").
// In the cases a preposition or a verb puts them in: "у селі", "по селищу", "біля міста".
const CYRILLIC_SETTLEMENT = String.raw`(?:міст[оаіу]|сел[оаіеу]|селищ[еіау]|смт|город[аеу]?|поселк[еау]|поселок|деревн[еияю]|аеродром[уі]?|аэродром[ае]?)`;
const CYRILLIC_LOCATION_BEFORE = new RegExp(
  String.raw`(?:^|[\s(«"“„])(?:(?:у|в|во|під|под|біля|поблизу|возле|около|близ|на|по|над|між|между|неподалік від|недалеко от|в районі|у районі|в районе|поруч із|рядом с|околиц[іяе]|окраин[еуы])\s+(?:${CYRILLIC_SETTLEMENT}\s+)?|${CYRILLIC_SETTLEMENT}\s+|(?:обстріл|обстрел|удар|атак|вибух|взрыв|штурм|звільнен|освобожден|захоплен|захвачен|атакувал|атаковал|обстріля|обстреля|уражен|поражен)\p{L}*\s+(?:(?:по|на)\s+)?)$`,
  "iu",
);

// After the name: "X was shelled", "X came under attack", "X hit by", "X suffered the most" (the
// place a region's round-up singles out).
// "X was shelled", "X came under fire", or a headline's "X shelled overnight", "X hit by drones".
// Not "Russia shelled Kharkiv": an active verb with an object makes X the attacker.
// The settlement's community and region may come between: "X in the Y region was hit", "X, Y
// region, came under fire", "X territorial community of Y region was shelled".
const STATED_REGION_BETWEEN = String.raw`(?:,?\s+(?:(?:territorial\s+|urban\s+|rural\s+|village\s+|settlement\s+)?(?:community|hromada)\s+)?(?:(?:of|in)\s+)?(?:the\s+)?[A-Z][\p{L}'’-]*\s+(?:region|oblast)\s*,?)?`;
const LOCATION_AFTER = new RegExp(
  String.raw`^,?${STATED_REGION_BETWEEN}(?:(?:\s+(?:was|were|is|are|has been|have been|had been|again|overnight|city|town|village))+\s+(?:shelled|hit|attacked|struck|bombed|rocked|targeted|pounded|shaken|liberated|captured)\b|\s+(?:came under|comes under|under (?:\w+\s+)?(?:fire|attack|attacks|shelling|strikes?))\b|\s+(?:shelled|hit|attacked|struck|bombed|rocked|targeted|pounded|shaken|liberated|captured)(?=\s*(?:$|[,.:;!?(–—-]|by\b|overnight\b|again\b|at\b|in\b|on\b|with\b|as\b|twice\b|today\b|yesterday\b|last\b|this\b))|\s+(?:explosions?|blasts?)\b|\s+(?:suffered|suffers|was hit|were hit)\s+(?:the\s+)?(?:most|worst|hardest|heaviest)\b)`,
  "iu",
);
// "killed in Kiev forces' shelling", "Kharkiv troops": the place's forces act; it is no scene,
// whatever comes before.
const FORCES_AFTER = /^(?:['’]s?)?\s+(?:forces|troops|army|military|regime|occupiers|invaders|militants|militias?)\b/i;
// "Russia's shelling of ...", "Ukraine’s troops": the place as the actor, whatever comes before.
const ACTOR_POSSESSIVE = /^['’]s?\s+(?:\w+\s+)?(?:shelling|shellings|attacks?|strikes?|war|invasion|aggression|troops|forces|army|military|missiles?|drones?|weapons|nukes|offensive|bombardment|occupiers|occupation|defen[cs]e|air defen[cs]e|president|government|leadership|position|response|decision|proposal|demands?)\b/i;

// A dateline: "TULSA, Okla. —", "KYIV (Reuters) -", "KYIV, Oct 10 (Reuters) -".
const DATELINE_AFTER = /^(?:,\s*[^—–\n]{1,40}?)?\s*(?:\([\w .]+\))?\s*[—–-]{1,2}\s/;

// A place standing for its government: "Kyiv's ...", "Moscow-backed", "Kyiv says", "the Kyiv
// regime", "Riyadh and its allies" ... but not the city's own parts and landmarks: "Kyiv's
// Shevchenkivskyi district", "Kharkiv's Freedom Square", "Kyiv's Boryspil airport".
const METONYMY_AFTER =
  /^(?:['’]s?\s+(?!(?:\w+\s+)?(?:district|region|oblast|outskirts|suburbs?|centre|center|residents?|streets?)\b|(?:[\p{L}'’-]+\s+){1,3}(?:square|street|avenue|boulevard|park|bridge|airport|station|market|cathedral|embankment)\b)|-(?:backed|based|controlled|appointed|installed|led|friendly|aligned|allied|sponsored|imposed|made|run)\b|\s+and\s+(?:its|their)\s+(?:allies|partners|backers|proxies)\b|\s+(?:regime|government|authorities|leadership|administration|officials?|says|said|claims?|claimed|denies|denied|accuses|accused|wants|insists|warns|warned|responds|responded|told|rejects|rejected|demands|announced|announces|condemned|condemns|blames|blamed|regards|considers|refuses|refused|agreed|agrees|supports|supported|sanctions|sends|sent|threaten(?:s|ed)|vow(?:s|ed)|will|would|could|must|should|has|have|is ready|troops|forces|army|military)\b)/iu;
// Two capitals speaking or quarrelling as governments: "Kyiv and Moscow accuse each other",
// "Moscow and Kyiv traded blame", "Kyiv and Moscow say".
const PAIR_SPEAKS_AFTER = /^\s+(?:and|or)\s+[\p{Lu}][\p{L}'’-]+\s+(?:say|said|claim|claimed|accuse|accused|blame|blamed|deny|denied|traded|trade|exchanged|exchange|disagree|disagreed)\b/u;
// ... and the second of them: "Kyiv and Moscow accuse", "Moscow and Kyiv traded".
const PAIRED_SPEAKER = atEnd(/[\p{Lu}][\p{L}'’-]+\s+(?:and|or)\s+$/u);
const PLURAL_SPEAKS_AFTER = /^\s+(?:say|said|claim|claimed|accuse|accused|blame|blamed|deny|denied|traded|trade|exchanged|exchange|disagree|disagreed)\b/;

// A source or the accused, not a scene: "according to Moscow, ...", "accused Kyiv of", "blamed
// Moscow for". The name alone: "according to Tulsa police" and "an accused Dallas gunman" are
// local news, read as such.
const SPEAKER_BEFORE = atEnd(/\b(?:according to|in the words of|accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing))\s+(?:the\s+)?$/i);
// The agent of a political act, after a participle and "by": "a city claimed by Moscow", "the
// region annexed by Russia", "a group backed by Kyiv": the government, not where anything happened.
const AGENT_BEFORE = atEnd(/\b(?:claimed|annexed|controlled|occupied|held|backed|supported|recogni[sz]ed|ruled|governed|run|ordered|denied|condemned|blamed|accused|sanctioned|appointed|installed|funded|armed)\s+by\s+(?:the\s+)?$/i);
const SPEAKER_ALONE_AFTER = /^(?:\s*[,.;:)]|\s*$|\s+(?:of|for)\b)/;

const ELSEWHERE_BEFORE =
  atEnd(/\b(?:talks|negotiations|meeting|meetings|summit|conference|forum|visit|visits|visited|visiting|trip|trips|travel(?:led|ed|s)?|flew|fly|arrived|arrives|arriving|returned|returns|embassy|consulate|speaking|spoke|said|says|told reporters|told journalists|briefing|rally|exhibition|festival|congress|court|headquartered|based|born|studied|moved)\s+(?:\w+\s+){0,2}?(?:in|to|at|from)\s+(?:the\s+)?$/i);

// Talks and treaties named after their city happen there, not the war they are about: "ahead of the
// Minsk peace summit", "as Istanbul talks open", "despite the Minsk agreements".
const MEETING_AFTER = /^\s+(?:peace\s+|security\s+|ceasefire\s+|grain\s+)?(?:talks|summit|agreements?|accords?|negotiations|format|process|deal|conference|meetings?|forum|declaration|memorandum|protocol|communiqu[eé])\b/i;

// Where a weapon was launched or fired from is the attacker's side, not the scene: "missiles
// fired from the Russian city of Kursk", "shells fired from Belarus".
const LAUNCH_SITE_BEFORE =
  atEnd(/\b(?:launched|launching|fired|firing|took off|taking off)\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?(?:(?:[\w'’-]+\s+)?(?:territory|direction|area|side|city|town|village|region|airfield)\s+of\s+(?:the\s+)?)?$/i);
// ... whatever the verb, and however far back: "mortars hit border villages of the Sumy region
// at dawn from the territory of Russia".
const FROM_TERRITORY_BEFORE = atEnd(/\bfrom\s+(?:the\s+)?(?:territory|direction|side)\s+of\s+(?:the\s+)?$/i);

// Where the wounded were taken or a suspect is held is near the scene, not the scene: "was taken to
// Jackson", "flown to St. Francis Hospital in Wichita", "treated at ... Medical Center in Tyler".
// Words that end the destination's clause: what follows is the incident again ("taken to hospital
// after a shooting in Florence").
const CLAUSE_TURN = String.raw`(?!(?:after|before|when|where|while|following|since|shooting|shot|fire)\b)`;
const DESTINATION_BEFORE = atEnd(new RegExp(
  String.raw`\b(?:taken|transported|rushed|airlifted|air-lifted|flown|driven|treated(?=\s+at\b)|hospitali[sz]ed|recovering|booked|jailed|lodged)\b(?!\s+(?:prisoners?|hostages?|captive|place|part|over|away|down|off)\b)(?:\s+${CLAUSE_TURN}[\w'’.,()-]+){0,8}?\s+(?:to|in|at|into)\s+(?:the\s+|a\s+|an\s+)?$`,
  "i",
));
// "in a Duluth hospital", "at Bristol Regional Medical Center", "at the Linn County Jail" ...
const DESTINATION_AFTER = /^\)?['’]?s?\s+(?:[\p{Lu}][\w'’.-]*\s+){0,3}?(?:hospital|medical cent(?:er|re)|regional medical|children['’]s hospital|clinic|trauma cent(?:er|re)|jail|detention cent(?:er|re))\b/iu;
// "... Medical Center in Nashville", "located at Lanier Memorial Hospital in Valley".
const FACILITY_IN_BEFORE = new RegExp(String.raw`\b(?:hospital|medical cent(?:er|re)|clinic|trauma cent(?:er|re)|jail|detention cent(?:er|re))\s+(?:${CLAUSE_TURN}\w+\s+){0,2}?(?:in|at)\s+(?:the\s+)?$`, "i");
// A facility is a destination only when its clause speaks of patients or prisoners ("released from
// ... Medical Center in Nashville", "he was booked into the Ashford County Jail"); a hospital
// that is struck or opened is a scene ("a missile hit a children's hospital in Harbourtown").
const PATIENT_WORDS = /\b(?:released|treated|treatment|surgery|located|condition|recovering|recovered|admitted|died|dies|pronounced|taken|transported|transferred|flown|airlifted|rushed|hospitali[sz]ed|held|hold|booked|jailed|custody|inmates?|remains|remained|stable|critical)\b/i;
// ... unless the same clause attacks it ("troops shelled a prison near Riverton").
const ATTACK_WORDS = /\b(?:struck|strikes?|hit|hits|shell(?:ed|ing|s)?|attack(?:ed|s)?|bomb(?:ed|ing|s)?|fired on|fire on|explosions?|blasts?|missiles?|rockets?|drones?|stormed|seized|captured)\b/i;
/** The clause before `text`'s end: since the last comma, semicolon or sentence end. */
function lastClause(text: string): string {
  return text.split(/[,;:]\s|[.!?]\s/).at(-1)!;
}
const FACILITY_PREPOSITION_BEFORE = atEnd(/\b(?:in|at|to|into)\s+(?:the\s+|a\s+|an\s+)?$/i);
// ... but not "shooting outside Myrtle Beach hospital", "air strike hit maternity hospital in Mariupol".
const INCIDENT_AT_BEFORE =
  atEnd(/\b(?:shooting|shootings|shot|gunfire|fire|fired|killed|attack|attacked|attacks|stabbing|incident|standoff|robbery|strike|strikes|struck|hit|hits|shell(?:ed|ing|s)?|bomb(?:ed|ing|s)?|explosion|blast|missile|rocket|drone)\s+(?:\w+\s+){0,3}?(?:at|outside|near|in|inside|behind|on)\s+(?:the\s+|a\s+|an\s+)?$/i);

const REFERENCE_BEFORE =
  atEnd(/(?:\b\d+(?:[.,]\d+)?\s*(?:-\s*)?(?:km|kilomet(?:re|er)s?|mi|miles?)\b[^.;]{0,20}?|\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+)(?:of|from)\s+(?:the\s+)?(?:(?:city|town|village|regional centre|regional center|capital)\s+of\s+)?$/i);

// "north of Gorlovka" lies outside the town, "in the north of Gorlovka" inside it: a scene. (A
// country's part, "in the south of Ukraine", is no scene finer than the country: left a reference.)
const IN_PART_OF_BEFORE = atEnd(/\bin\s+the\s+(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+(?:part\s+)?of\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i);

// A name after the body it speaks for is its officer's: "Head of the Regional Military
// Administration Marchenko said", "the Defence Ministry Konashenkov".
const BODY_BEFORE_NAME = atEnd(/\b(?:Administration|Ministry|Directorate|Department|Command)\s+$/);

const PERSON_TITLE_BEFORE =
  atEnd(/\b(?:mr|mrs|ms|miss|dr|president|gov|governor|sen|senator|rep|representative|officer|ofc|sgt|sergeant|detective|det|chief|judge|justice|minister|mayor|lt|lieutenant|capt|captain|deputy|coach|pastor|reverend|rev|attorney|prosecutor|spokesman|spokeswoman|spokesperson|general|gen|colonel|col|commander|major|maj|prince|princess|king|queen|pope|saint|st|uncle|aunt|brother|sister|father|mother)\.?\s+$/i);

const STREET_WORDS =
  /^\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Pike|Trail|Circle|Square|Alley|Row|Crescent|Expressway|Freeway|River|Lake|Creek|Bay|Sea|Gulf|Strait|Canal|Reservoir|Mountains?|Hills?|Valley|Forest|Island|Beach|Apartments|Mall|Plaza|Center|Centre|Heights|Estates|Manor|Village Apartments)\b\.?/;

const ORGANISATION_WORDS =
  /^\s+(?:House|Office|Palace|Kremlin|Cross|Four|Stream|Pipeline|International|Economic|Forum|University|College|Institute|Airport|Stadium|Arena|Times|Post|Herald|Tribune|Journal|Gazette|News|Star|Sun|Daily|Press|Club|Company|Corporation|Bank|Group|Hospital|Church|Cathedral|Museum|Theatre|Theater|Opera|Zoo|Park|Bridge|Dam|Nuclear|Power|Plant|Station|Metro|Declaration|Agreement|Accords?|Format|Mechanism|Process|Protocol|Charter|Conference|Summit|Council|Assembly|Committee|Commission|Patriarchate|Region(?:al)? (?:Party|Council)|Regiment|Brigade|Battalion|Division)\b/;

// The sea named after a place ("the Azov Sea"), and troops named after their home base, which say
// nothing of where they fight: "Lviv paratroopers shot down a missile in the Mykolaiv area".
const UNIT_WORDS = /^\s+(?:sea|steel|fleet|paratroopers|marines|servicemen|gunners|artillerymen|territorial\s+defen[cs]e)\b/i;
// Units named like places are no places: "the Azov regiment", "Azov fighters", "Kraken unit".
const NAMED_UNIT_AFTER = /^(?:['’]s)?["”»]?\s+(?:regiment|battalion|brigade|unit|fighters|defenders|militants|volunteers|detachment|squad)\b/i;
// Weapons named like places: "Iskander missiles", "Kinzhal hypersonic missile", "Tochka-U", "Grad
// rockets", and the named weapons of the facts lexicon ("Iskander", "Kalibr", "Shahed").
// A model number makes a name a thing's ("the EW complex Moskva-1", "Kherson-2 radar").
const MODEL_NUMBER_AFTER = /^-\d/;
const WEAPON_AFTER = /^(?:-[\p{Lu}\d][\p{L}\d]*)?\s+(?:hypersonic\s+|ballistic\s+|cruise\s+|tactical\s+|multiple\s+)?(?:missiles?|rockets?|launchers?|(?:missile|rocket|air defen[cs]e)\s+systems?|complex(?:es)?|howitzers?|MLRS|drones?|UAVs?)\b/iu;
const NAMED_WEAPON = new RegExp(
  String.raw`^(?:${en.means
    .filter((m) => m.generic)
    .flatMap((m) => m.cues)
    .join("|")})$`,
  "i",
);
// Things named in quotes after their noun, in Ukrainian and Russian: "нафтопровід «Дружба»", "ракети «Пекло»".
const SLAVIC_LEXICONS = Object.values(SLAVIC);
// The second of two ("ракети «Пекло» і «Паляниця»") is a thing too.
const CYRILLIC_THING_BEFORE = atEnd(new RegExp(String.raw`(?:^|[^\p{L}])(?:${SLAVIC_LEXICONS.flatMap((l) => l.namedThingNouns).join("|")})\p{L}*\s+(?:[«"“„']+[^«»"“”„]{1,40}[»"”']+\s+(?:і|и|й|та)\s+)?[«"“„']+$`, "iu"));
// "у Білому домі" (the White House), "Сили оборони" (the Defence Forces): no place.
const CYRILLIC_ORGANISATION_AFTER = new RegExp(String.raw`^\s+(?:${SLAVIC_LEXICONS.flatMap((l) => l.organisationAfter).join("|")})(?![\p{L}])`, "iu");
// In Ukrainian and Russian, a capital speaking for its government ("Москва заявила", "Київ
// звинуватив"), a source ("за словами Москви", "по словам Киева") or the accused ("звинуватив
// Москву"): the attribution words of each lexicon.
const SLAVIC_SPEECH = SLAVIC_LEXICONS.flatMap((l) => stemFragments([...l.attribution.speech, ...l.attribution.accusation])).join("|");
// ... only as the sentence's subject, at its start or after a conjunction ("Мер Мелітополя
// повідомив" is the mayor speaking, and the town is his).
const CYRILLIC_SUBJECT_BEFORE = /(?:^|[.!?:;,«"“–—-]\s*|\s(?:і|та|и|а|й)\s+)$/u;
const CYRILLIC_SPEAKS_AFTER = new RegExp(String.raw`^\s+(?:${SLAVIC_SPEECH})(?![\p{L}])`, "iu");
const CYRILLIC_SPEAKER_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${SLAVIC_LEXICONS.flatMap((l) => stemFragments([...l.attribution.according, ...l.attribution.accusation])).join("|")})\s+$`,
  "iu",
);
// Every word of the Ukrainian and Russian patterns above (CYRILLIC_LOCATION_BEFORE's are written
// in Cyrillic) has a Cyrillic letter, and no Latin letter matches one, case folded or not: around
// an English name with no Cyrillic letter near it they cannot match, and are not run (most spans
// of an English build; these four cost about a tenth of usageOf on RUWA).
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
const SLAVIC_PATTERN_WORDS = SLAVIC_LEXICONS.flatMap((l) => [...l.organisationAfter, ...l.attribution.speech, ...l.attribution.accusation, ...l.attribution.according]);
const slavicWordsAllCyrillic = SLAVIC_PATTERN_WORDS.every((word) => CYRILLIC_LETTER.test(word));
/** May the Ukrainian and Russian patterns match in `text`? */
const mayBeSlavic = (text: string) => !slavicWordsAllCyrillic || CYRILLIC_LETTER.test(text);
// ... and after their noun: "the special purpose regiment Azov", "battalion Donbas".
const NAMED_UNIT_BEFORE = atEnd(/\b(?:regiment|battalion|brigade|detachment|squad|unit)\s+$/i);
// Ships named after places: "the cruiser Moskva", "the flagship Moskva", 'cruiser "Moskva"', "a
// warship named Moskva" ...
// (Ships' nouns: lexicon `ships`.)
const WARSHIPS = alternation(en.ships.warships);
const VESSEL_BEFORE = atEnd(new RegExp(String.raw`\b(?:${WARSHIPS}|${alternation(en.ships.others)})\s+(?:(?:named|called)\s+)?(?:the\s+)?["“«']?$`, "i"));
// ... and before their noun: "the Moskva cruiser", "Moskva missile cruiser". Warships only: "an
// Odesa tanker" may be a tanker at Odesa.
const VESSEL_AFTER = new RegExp(String.raw`^["”»']?\s+(?:(?:${alternation(en.ships.between)})\s+)?(?:${WARSHIPS}|${alternation(en.ships.afterName)})\b`, "i");
// ... or with an apposition that calls it one: "hit the Moskva – Russia's flagship", "the Moskva, a cruiser".
const VESSEL_APPOSITION = new RegExp(String.raw`^\s*[,–—]\s*(?:a|an|the|its|[\p{Lu}][\p{L}]+['’]s)\s+(?:[\p{L}-]+\s+){0,3}?(?:${WARSHIPS})\b`, "iu");
// A town of the place and not the unit named after it: "the town of Azov", "near Azov", and a
// settlement with its oblast after it ("shelled Azov, Donetsk"; not a list: "Azov, Aidar and Kraken").
const TOWN_OF = String.raw`(?:city|town|village|port)\s+of`;
const TOWN_OF_BEFORE = new RegExp(String.raw`\b(?:${TOWN_OF}|near|outside)\s+$`, "i");
const OBLAST_AFTER = /^,\s*[\p{Lu}][\p{L}'’-]+(?:\s+(?:region|oblast|province))?(?![\p{L}'’-])(?!\s*,)(?!\s+(?:and|or|&)\s)/u;
// A town, not the ship named after it: "in Moscow", "the city of Moscow" ("in the Moskva" is aboard).
const IN_TOWN_BEFORE = new RegExp(String.raw`\b(?:in|${TOWN_OF})\s+$`, "i");

/** Does the text before `start` name a town where an article names a ship after it ("talks in Moscow")? */
export function saysTownBefore(text: string, start: number): boolean {
  return IN_TOWN_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

// Streets named like towns, as local news writes them: "the 4800 block of South Throop", "the
// intersection of Hollywood and Bethume", "near West End and Kilbourn Avenues", "108th and Ida
// streets", "South Orange Blossom Trail".
const STREET_BEFORE = atEnd(/\b(?:block\s+of|intersection\s+of|corner\s+of)\s+(?:(?:north|south|east|west|n|s|e|w)\.?\s+)?(?:[\p{Lu}\d][\w'’.-]*\s+(?:and|&)\s+)?$/iu);
const STREET_PAIR_AFTER = /^\s+(?:and|&)\s+(?:[\p{Lu}\d][\w'’.-]*\s+){1,2}(?:streets|avenues|roads|boulevards|drives|sts|aves)\b/iu;
const STREET_AFTER = /^\s+(?:[\p{Lu}][\w'’-]*\s+){0,2}(?:Street|Streets|Avenue|Avenues|Road|Roads|Boulevard|Trail|Parkway|Highway|Pike|Drive|Lane)\b/u;
// Water named after a town is not the town: "the shore of the Kakhovka reservoir", "the Dnipro river".
const WATER_AFTER = /^\s+(?:reservoir|river|lake|bay|canal|dam|estuary|lagoon|coast|coastline|shore|shoreline|littoral)\b/i;
// ... and named after its noun: "the Sea of Azov", "the river Dnipro", "the banks of the Dnipro",
// "через реку Ингулец", "на правому березі Дніпра".
const WATER_BEFORE = atEnd(/(?:\b(?:sea|gulf|bay|strait|straits)\s+of|\b(?:river|banks?\s+of))\s+(?:the\s+)?$|(?:^|[^\p{L}])(?:річк[аиуі]|річкою|рік[аиу]|ріці|рек[аиуе]|рекой)\s+$/iu);
// "108th and Ida streets" (but "on Mariupol streets" are the city's).
const SECOND_OF_PAIR_BEFORE = atEnd(/[\p{Lu}\d][\w'’.-]*\s+(?:and|&)\s+$/u);
const PLURAL_STREETS_AFTER = /^\s+(?:streets|avenues|roads)\b/;
// A school, shop or garden named after a place is in that place more often than not, but says
// nothing of where the incident was: "at Townville Elementary", "Madison Market in Stockton".
const FACILITY_AFTER = /^\s+(?:[\p{Lu}][\w'’.-]*\s+){0,2}(?:Elementary|Middle School|High School|School|Academy|Market|Chapel|Gardens?|Southern University|Apartments)\b|^\s+apartments\b/u;
// A name cut from a school's: "Central High School" is a city's Central High, not a school named
// after the town of Central High (Oklahoma); the span ends inside the school's noun.
const SCHOOL_NOUN_START = /\b(?:High|Middle)$/;
const SCHOOL_NOUN_END = /^\s+School\b/;

/** Does the span at [start, end) of the sentence end inside a school's noun ("Central High| School")? */
export function cutFromSchoolName(text: string, start: number, end: number): boolean {
  return SCHOOL_NOUN_START.test(text.slice(start, end)) && SCHOOL_NOUN_END.test(text.slice(end, end + 20));
}
// An outlet's name after a headline: "... - WXYZ Channel 7 Springfield, Ohio News Weather &
// Traffic", "... - Cincinnati News, FOX19-WXIX TV", "... - NBC12 - WWBT - Richmond, VA News".
const TITLE_SEPARATOR = /\s(?:-|–|—|\||«)\s/g;
const OUTLET_WORDS = /\b(?:News|Weather|Sports|TV|Channel|Radio|Headlines)\b/;

/** Is the span at `start` of a headline inside the outlet's name after the last separator? */
function inOutletTagline(text: string, start: number): boolean {
  let separator = -1;
  for (const match of text.matchAll(TITLE_SEPARATOR)) if (match.index! < start) separator = match.index!;
  if (separator < 0) return false;
  const segment = text.slice(separator);
  return segment.length <= 100 && OUTLET_WORDS.test(segment);
}

/** Is the span the whole of a headline's closing attribution ("... to proceed through ICRC - Harmash", "... - White House")? */
function isTitleAttribution(text: string, start: number, end: number): boolean {
  let separator = -1;
  for (const match of text.matchAll(ATTRIBUTION_SEPARATOR)) if (match.index! < start) separator = match.index! + match[0].length;
  if (separator < 0) return false;
  const segment = text.slice(separator).trim();
  return segment.length > 0 && !OUTLET_WORDS.test(segment) && /^(?:the\s+|pro-)?$/i.test(text.slice(separator, start).trim()) && SPEAKER_TAIL.test(text.slice(end));
}
// A headline's closing attribution: "... - White House", "...: Kiev", "...- Kiev military".
const ATTRIBUTION_SEPARATOR = /\s[-–—|]\s?|[-–—]\s|:\s/g;
const SPEAKER_TAIL = /^\s*(?:military|army|officials?|authorities|government|ministry|sources?|says|said)?[\s.]*$/i;

export interface UsageInput {
  /** The sentence. */
  text: string;
  start: number;
  end: number;
  compound: boolean;
  /** The next word after the span is capitalised and names no place (a surname, an organisation word). */
  nextWordCapitalisedUnknown: boolean;
  /** The previous word is a capitalised non-place word inside the sentence (a first name). */
  previousWordCapitalisedUnknown: boolean;
  isTitle: boolean;
  /** False when the place is too small to speak for a government (a surname is likelier). */
  speakerSized?: boolean;
  /** Every reading is a country. */
  country?: boolean;
}

/** Does the text before `start` put what follows as a scene ("in", "the city of", "shelled")? */
export function saysLocationBefore(text: string, start: number): boolean {
  return LOCATION_BEFORE.test(text.slice(Math.max(0, start - 120), start));
}

/** How the span at [start, end) of the sentence is used. */
export function usageOf(input: UsageInput): Usage {
  const before = input.text.slice(Math.max(0, input.start - 120), input.start);
  const after = input.text.slice(input.end, input.end + 80);
  if (PERSON_TITLE_BEFORE.test(before) && !/\b(?:st|saint)\.?\s+$/i.test(before)) return "person";
  if (BODY_BEFORE_NAME.test(before)) return "person";
  if (en.people.publicFigures.has(input.text.slice(input.start, input.end).toLowerCase())) return "person";
  if (STREET_WORDS.test(after) || /\b(?:on|at)\s+\d+\s+$/i.test(before)) return "street";
  if (STREET_BEFORE.test(before) || STREET_PAIR_AFTER.test(after) || STREET_AFTER.test(after) || WATER_AFTER.test(after) || WATER_BEFORE.test(before)) return "street";
  if (PLURAL_STREETS_AFTER.test(after) && SECOND_OF_PAIR_BEFORE.test(before)) return "street";
  if (cutFromSchoolName(input.text, input.start, input.end)) return "organisation";
  if (input.isTitle && inOutletTagline(input.text, input.start)) return "outlet";
  // The speaker a headline quotes is not where anything happened.
  if (input.isTitle && isTitleAttribution(input.text, input.start, input.end)) return "metonymy";
  // (A Ukrainian settlement's community "of" a region is its hromada, the settlement's own: "shelled
  // the Velykyi Burluk community of Kharkiv region".)
  if (/^\s+(?:neighbou?rhood|section|subdivision|community of(?!\s+(?:the\s+)?\p{L}+\s+(?:region|oblast)\b)|area of)\b/iu.test(after)) return "neighbourhood";
  if (/^,\s*\d{1,3}\s*,/.test(after)) return "person"; // "Garcia, 20,"
  if (/^\s+[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2},\s*\d{1,3}\s*,/u.test(after)) return "person"; // "Ryan Welch, 4,"
  if (input.compound) return /^-(?:based|born)\b/i.test(after) ? "attributive" : "metonymy";
  if (/[«"“„']$/.test(before) && CYRILLIC_THING_BEFORE.test(before)) return "thing";
  const slavicAfter = mayBeSlavic(after);
  const slavicBefore = mayBeSlavic(before);
  if (slavicAfter && CYRILLIC_ORGANISATION_AFTER.test(after)) return "organisation";
  if (slavicBefore && CYRILLIC_SPEAKER_BEFORE.test(before)) return "metonymy";
  if (slavicBefore && CYRILLIC_LOCATION_BEFORE.test(before)) return "location";
  if (input.speakerSized !== false && slavicAfter && CYRILLIC_SPEAKS_AFTER.test(after) && CYRILLIC_SUBJECT_BEFORE.test(before)) return "metonymy";
  const surface = input.text.slice(input.start, input.end);
  if (NAMED_UNIT_AFTER.test(after) || NAMED_UNIT_BEFORE.test(before) || WEAPON_AFTER.test(after) || MODEL_NUMBER_AFTER.test(after) || NAMED_WEAPON.test(surface)) return "thing";
  if (en.people.unitsNamedLikePlaces.has(surface.toLowerCase()) && !TOWN_OF_BEFORE.test(before) && !OBLAST_AFTER.test(after)) return "thing";
  if (VESSEL_BEFORE.test(before) || VESSEL_AFTER.test(after) || VESSEL_APPOSITION.test(after)) return "vessel";
  if (ORGANISATION_WORDS.test(after) || UNIT_WORDS.test(after)) return "organisation";
  if (MEETING_AFTER.test(after)) return "elsewhere";
  if (input.previousWordCapitalisedUnknown) return "person";
  if (FACILITY_AFTER.test(after)) return "attributive";
  if (REFERENCE_BEFORE.test(before) && (input.country === true || !IN_PART_OF_BEFORE.test(before))) return "reference";
  if (DESTINATION_BEFORE.test(before)) return "destination";
  const patients = (clause: string) => PATIENT_WORDS.test(clause) && !ATTACK_WORDS.test(clause);
  if (DESTINATION_AFTER.test(after) && FACILITY_PREPOSITION_BEFORE.test(before) && !INCIDENT_AT_BEFORE.test(before) && patients(lastClause(before))) return "destination";
  const facility = FACILITY_IN_BEFORE.exec(before);
  if (facility && patients(lastClause(before.slice(0, facility.index)))) return "destination";
  if (ELSEWHERE_BEFORE.test(before) && !EVENT_AT_BEFORE.test(before)) return "elsewhere";
  if (LAUNCH_SITE_BEFORE.test(before) || FROM_TERRITORY_BEFORE.test(before)) return "elsewhere";
  if (SPEAKER_BEFORE.test(before) && SPEAKER_ALONE_AFTER.test(after)) return "metonymy";
  if (input.speakerSized !== false && AGENT_BEFORE.test(before)) return "metonymy";
  if (ACTOR_POSSESSIVE.test(after) || FORCES_AFTER.test(after)) return "metonymy";
  const locationBefore = LOCATION_BEFORE.test(before);
  // "Hilliard said", "Jackson told reporters": a surname speaking, unless a capital speaks for its
  // government (left to the caller, which knows the place's size).
  if (input.speakerSized === false && !locationBefore && /^\s+(?:said|says|told|added|stated|explained|testified)\b/.test(after)) return "person";
  if ((METONYMY_AFTER.test(after) || PAIR_SPEAKS_AFTER.test(after) || (PAIRED_SPEAKER.test(before) && PLURAL_SPEAKS_AFTER.test(after))) && !locationBefore) return "metonymy";
  if (input.nextWordCapitalisedUnknown && !locationBefore) return "person";
  if (locationBefore || LOCATION_AFTER.test(after) || (input.country !== true && EVENT_NAMED_AFTER.test(after))) return "location";
  // Islands are where things happen "on": "positions on Snake Island".
  if (/\bIsland$/.test(input.text.slice(input.start, input.end)) && /\bon\s+(?:the\s+)?$/i.test(before)) return "location";
  // A dateline: "BAKERSFIELD, Calif. -", "KYIV (Reuters) -", "TULSA, Okla. (KJRH)".
  if (input.start <= 2 && /^[\p{Lu}\s.'’-]+$/u.test(input.text.slice(input.start, input.end)) && (DATELINE_AFTER.test(after) || /^\s*[,(]/.test(after))) return "dateline";
  if (/^\s+(?:police|sheriff|fire|county|resident|residents|man|woman|teen|home|house|apartment|neighborhood|neighbourhood|community|area|hospital|officials)\b/i.test(after)) return "attributive";
  return "plain";
}
