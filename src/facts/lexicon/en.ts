// The English lexicon: every word list the English fact grammars (src/facts/) match against, by
// role. The grammars decide how a list is used; this file says which words fill each role, so a
// reader can check what counts as a person, a casualty verb or a weapon without reading the code.
// Entries are plain words, or short regular-expression fragments where a list feeds a pattern
// ("missiles?", "arraign\\w*"); the order of a fragment list is kept (it is an alternation).
// One- or two-word tests that belong to one rule ("shot" + "down") stay with that rule.
import type { Qualifier } from "../../model.js";
import type { Lexicon } from "./index.js";
import { phrases, wordList, words } from "./words.js";

/** Who can be a casualty. */
const people = {
  /**
   * Surnames of the leaders and officials war news names every day that GeoNames also files as
   * villages' alternate names ("Putin" is an old name of Putiatyntsi): a person's, never a place.
   */
  publicFigures: words(`
    putin zelensky zelenskyy zelenskiy lukashenko shoigu peskov lavrov kadyrov prigozhin gerasimov
    surovikin medvedev zakharova zaluzhnyi syrskyi kuleba yermak podolyak reznikov klitschko
    stoltenberg guterres grossi budanov danilov syrsky terekhov kim
  `),
  /**
   * Units the news names bare, like the towns they were named after ("captured Azov defenders",
   * "her brother is in Azov"): the unit, never a town, unless the text calls it one ("the town of
   * Azov"). Only units far better known than their namesake villages.
   */
  unitsNamedLikePlaces: words(`azov aidar`),
  /** Nouns for people in the plural: a count before one of these counts people. */
  plural: words(`
    people persons civilians men women children kids boys girls teens teenagers adults victims others
    residents students officers policemen policewomen soldiers servicemen servicemembers troops fighters militants
    bystanders individuals patrons workers employees passengers infants babies toddlers youths juveniles
    suspects gunmen attackers deputies troopers firefighters rescuers medics journalists volunteers defenders
    invaders occupiers marines guards inmates pedestrians customers shoppers worshippers worshipers friends brothers
    sisters siblings cousins sons daughters parents hostages prisoners players fans spectators guests partygoers
    teenage-boys minors males females relatives members servicepeople agents sailors pilots miners farmers
    elderly seniors pensioners motorists drivers occupants staff colleagues neighbours neighbors
    russians ukrainians americans israelis palestinians syrians locals citizens inhabitants villagers pupils
    refugees evacuees peacekeepers contractors nationals tourists protesters demonstrators
    rebels separatists militiamen defenders schoolboys schoolgirls combatants insurgents paratroopers sappers saboteurs
    mercenaries conscripts cadets snipers gunners servicewomen fishermen crewmen commandants warlords
    patients doctors nurses teachers priests monks clergymen collaborators traitors
    shooters mothers fathers wives husbands uncles aunts grandsons granddaughters nephews nieces clerks owners
    homeowners roommates pastors cyclists tenants coaches classmates leaders mayors officials commanders chiefs
    councilmen lawmakers sheriffs detectives constables marshals rangers bodyguards partners spouses co-workers
    coworkers managers actors actresses singers musicians artists poets writers athletes photographers cameramen
    bloggers footballers boxers dancers painters scientists activists bailiffs warriors
    sergeants lieutenants captains colonels generals militias
  `),
  /**
   * Nouns for a body of people that a count may stand before with no other noun ("gunmen killed
   * three police", "ten Kiev military killed", "five personnel wounded"): people only when the
   * phrase ends there, for "two military vehicles" and "armoured personnel carriers" count things.
   */
  collectives: words(`police military militia personnel`),
  /**
   * A side's body that a translated headline names for one of its people, with no count and nothing
   * after its casualty word but a comma or a circumstance ("DPR militia killed, two wounded",
   * "Ukrainian military killed while on a combat mission").
   */
  singularInTranslation: words(`militia military`),
  /** The casualty words after such a body, and the words of a circumstance that may follow them. */
  singularInTranslationVerbs: words(`killed wounded injured died dies`),
  singularInTranslationAfter: words(`while in near as during by after on at`),
  /** Nouns for one person: "a man was killed", "killed a 71-year-old woman", "the victim died". */
  singular: words(`
    person man woman child kid boy girl teen teenager adult victim resident student officer policeman policewoman
    soldier serviceman servicewoman bystander individual worker employee passenger infant baby toddler youth juvenile
    suspect gunman shooter attacker deputy trooper firefighter driver civilian mother father mom dad son daughter wife
    husband boyfriend girlfriend brother sister friend neighbor neighbour cousin uncle aunt grandmother grandfather
    grandson granddaughter nephew niece pedestrian customer clerk guard inmate owner homeowner roommate teacher pastor
    player motorist cyclist male female agent sergeant journalist rescuer medic volunteer fighter pensioner
    stepfather stepson stepdaughter fiancee fiance relative security-guard cashier bartender bouncer security
    patron occupant tenant landlord nurse doctor priest coach classmate leader mayor official commander chief
    councilman councilwoman lawmaker deputy-head ex-wife ex-husband ex-girlfriend ex-boyfriend sheriff detective
    constable marshal ranger bodyguard fiancée partner spouse stepmother stepbrother stepsister co-worker coworker
    employer boss manager
    rebel separatist militiaman defender schoolboy schoolgirl combatant insurgent paratrooper sapper saboteur mercenary
    conscript cadet sniper gunner fisherman crewman militant patient monk clergyman commandant warlord
    actor actress host presenter singer musician artist poet writer athlete photographer cameraman blogger
    footballer boxer dancer ballerina painter scientist activist member collaborator gauleiter traitor
    farmer miner pilot sailor hostage prisoner citizen villager inhabitant pupil refugee evacuee tourist guest
    invader occupier peacekeeper contractor protester demonstrator shopper spectator worshipper worshiper partygoer
    colleague sibling parent servicemember
  `),
  /** Nouns after which "of" and a number counts someone's children: "a father of three" is one person. */
  parents: words(`father mother parent grandfather grandmother dad mom mum`),
  /** Nouns of a pair: "their parents" after a possessive, "a couple" after an article, is two people. */
  pairs: words(`parents grandparents couple`),
  /** Possessives before a pair noun ("his parents", "their grandparents"). */
  possessives: words(`his her their`),
  /** Words that may sit between a number and its noun ("four peaceful civilians", "two more people"). */
  countModifiers: words(`
    more other additional peaceful young elderly old teenage adult innocent unarmed unidentified unknown
    local ukrainian russian american israeli palestinian syrian iraqi afghan civilian military police
    male female black white hispanic latino asian armed injured wounded dead shooting gunshot stabbing
    african-american u.s. us british french german polish foreign ukraine dpr lpr pro-russian pro-kiev pro-ukrainian
    rebel separatist government army enemy self-defence self-defense
  `),
  /** Determiners that open a singular noun phrase ("a man", "the victim", "his wife"). */
  singularDeterminers: words(`a an the one another his her their its this that`),
  /** Determiners that make a casualty word after them a noun or an adjective, never a subject's predicate ("evacuate the wounded", "carried a badly injured child"). */
  nounDeterminers: words(`the a an his her their its our these those`),
  /** Words that take anyone of a kind, counting no one: "every killed soldier", "each wounded defender". */
  distributives: words(`every each any`),
  /** Reflexive objects: "shot himself" is one person hurt, "killed herself" one person dead. */
  reflexives: words(`himself herself themselves self`),
  /** "two of them", "one of whom": a part of a group named before. */
  groupAfterOf: words(`them whom those us these`),
  /** "ten of the injured", "one of the victims": nouns for a group of casualties besides the person nouns. */
  casualtyGroups: words(`injured wounded dead victims hurt`),
  /** Capitalised words that start sentences but are not names of people. */
  notNames: wordList(`
    police officers? authorities officials deputies investigators witnesses troops forces russian ukrainian the a an
    he she they it we i you nobody none no everyone someone somebody anyone everybody many some others several most
    few all each both this that these those there here who what when where why how one two three four five if but
    and as at in on after before while his her their its our my your update updated breaking video photos? watch
    live news meanwhile however moreover furthermore fortunately unfortunately additionally separately previously
  `),
  /** What may follow a bare "another" that stands for a person: a predicate or the end of the clause. */
  bareAnotherNext: wordList(`
    [^a-z0-9] was were is has had wounded injured hurt shot critically seriously also in at on during and with who
    inside outside before after when while
  `),
};

/** Numbers as news copy writes counts. */
const numbers = {
  units: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  } as Record<string, number>,
  tens: { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 } as Record<string, number>,
  scales: { hundred: 100, thousand: 1000, million: 1_000_000 } as Record<string, number>,
  /** Qualifiers written before a number, longest first (matched on lower-case words). */
  qualifiers: [
    [["no", "fewer", "than"], "at least"],
    [["no", "less", "than"], "at least"],
    [["a", "minimum", "of"], "at least"],
    [["at", "least"], "at least"],
    [["more", "than"], "over"],
    [["upwards", "of"], "over"],
    [["in", "excess", "of"], "over"],
    [["over"], "over"],
    [["as", "many", "as"], "up to"],
    [["no", "more", "than"], "up to"],
    [["at", "most"], "up to"],
    [["up", "to"], "up to"],
    [["fewer", "than"], "up to"],
    [["less", "than"], "up to"],
    [["close", "to"], "about"],
    [["an", "estimated"], "about"],
    [["approximately"], "about"],
    [["roughly"], "about"],
    [["around"], "about"],
    [["about"], "about"],
    [["almost"], "about"],
    [["nearly"], "about"],
    [["some"], "about"],
  ] as [string[], Qualifier][],
  /** Vague quantities: the value is the least the words can mean, the qualifier says how vague. */
  vague: [
    [["tens", "of", "thousands", "of"], 20000, "at least"],
    [["tens", "of", "thousands"], 20000, "at least"],
    [["dozens", "of"], 24, "dozens"],
    [["dozens"], 24, "dozens"],
    [["scores", "of"], 40, "dozens"],
    [["hundreds", "of"], 200, "at least"],
    [["thousands", "of"], 2000, "at least"],
    [["hundreds"], 200, "at least"],
    [["thousands"], 2000, "at least"],
    [["several"], 3, "several"],
    [["multiple"], 2, "several"],
  ] as [string[], number, Qualifier][],
  /** "double homicide", "triple shooting". */
  multiples: { double: 2, triple: 3, quadruple: 4, quintuple: 5 } as Record<string, number>,
  /** Ordinals rank someone in a series ("the eighth child this year to be shot"): never adjectives. */
  ordinals: wordList(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth [a-z]+teenth [a-z]+ieth last latest next`),
  /** What a number must not be followed by to count people: units of time, distance, money, ammunition. */
  notPeopleAfter: words(`
    % percent a.m a.m. p.m p.m. am pm o'clock : years year months month days day hours hour minutes minute seconds
    weeks week times time miles mile km kilometres kilometers kilometre kilometer feet foot meters metres yards block blocks
    shots rounds round bullets bullet casings dollars cents degrees mph caliber calibre mm year-old years-old
    missiles missile drones drone rockets rocket shells shell tanks homes houses buildings cars vehicles settlements villages
    towns times-a counts count charges charge points point games game st nd rd th million billion thousand hundred
    of-the am. pm.
  `),
  /** What a number must not be preceded by: addresses, roads, channels, ranks, scores. */
  notPeopleBefore: words(`
    $ no no. route highway interstate channel hwy sr cr county road room apartment apt unit number # page age aged ages
    ward district precinct station flight bus line gate level grade chapter section article code docket case
    i-
  `),
};

/** The words around a casualty predicate. */
const clauses = {
  /** Auxiliaries of the passive ("were killed", "got shot"): before a casualty verb they make it passive. */
  passiveAuxiliaries: words(`was were been being is are be got get gets`),
  /** Auxiliaries and adverbs that may sit between a subject and its casualty predicate. */
  predicateFillers: words(`
    was were is are has have had been being be reportedly also all both later each subsequently apparently
    allegedly initially believed thought confirmed said reported eventually ultimately then who that now still
    critically seriously fatally badly severely gravely slightly mortally accidentally reportedly later
    either either-way nearly almost likely later-on tragically unfortunately sadly listed
  `),
  /** Times that may stand between a subject and its predicate ("four Sunday night were shot"). */
  timeWords: words(`
    monday tuesday wednesday thursday friday saturday sunday morning night afternoon evening overnight early late
    today tonight yesterday last this week weekend earlier just shortly around about a.m p.m
  `),
  quotes: new Set(['"', "“", "”", "'", "‘", "’"]),
  /** Words that end the clause a subject's predicate can sit in. */
  clauseEnd: new Set(["after", "when", "where", "while", "because", "but", "said", "says", "say", "told", "before", "although", "though", "if", "whose", "as", ";", ":", ".", "?", "!", "(", ")", "—", "–"]),
  negations: words(`not never neither nor`),
  /** Adverbs that make the casualty word right after them a near miss ("were nearly killed"). */
  nearMisses: words(`nearly almost`),
  /** Copulas before a condition ("is grave", "remains critical"). */
  copulas: words(`is are was were remains remain remained`),
  /** Words that end a noun phrase or start a clause: never read as adjectives before a person noun. */
  notAdjectives: words(`
    and or but in on at of to from by for with as was were is are be been has have had who that which when where
    while after before found left said says a an the his her their its this these those my our your another whose
    whom what than if not no nor then so also just even only both all each every any some most least deceased slain
    fatal down up out off over into onto through against about around near like among amid between including inside
    outside behind under during per via within without across toward towards upon beside besides
  `),
  /** Words that make "to kill" an intent, a threat or an attempt ("used artillery to kill 11" is a killing). */
  intent: wordList(`
    try tries tried trying attempt attempts attempted attempting plot plots plotted plotting plan plans planned
    planning threaten threatens threatened threatening want wants wanted wanting intend intends intended intending
    intent conspiracy conspiring conspired hired hiring solicit solicited soliciting vowed vowing allegedly seeking
    sought meant going
  `),
};

/** Casualty verbs, participles and nouns, by what they say happened. */
const casualty = {
  /** Cheap gate: a sentence with none of these fragments mentions no casualty. */
  hint: wordList(`
    kill dead death die[sd]?\\b dying injur wound hurt shot shoot slain murder fatal missing unaccounted toll
    bod(?:y|ies) hospital treatment condition casualt lives homicide slaying struck hit\\b grazed perish succumb
    execut gunned no_one nobody \\bKIA\\b \\bWIA\\b
  `).map((w) => w.replace(/_/g, " ")),
  /** Labels of a figure in a coded event's record ("Fatalities: 3."), by what they count. */
  labels: { killed: words(`fatalities deaths dead killed`), injured: words(`injured wounded injuries`) },
  /** Active verb forms that take the dead as their object ("killing four people"). */
  killVerbs: words(`killing killed kills kill murdering murdered murders slaying`),
  /** Their bare infinitives: after "to" and a word of intent ("trying to kill"), no one was hurt. */
  infinitives: words(`kill injure wound shoot murder`),
  /** Active verb forms that take the hurt as their object ("wounding over 40"). */
  injureVerbs: words(`wounding wounded wounds wound injuring injured injures injure hurting maiming grazing grazed grazes`),
  shootVerbs: words(`shooting shot shoots shoot`),
  /** Participles that, followed by an object, are the active verb of someone else ("shot a clerk"). */
  transitive: words(`killed shot wounded injured hurt murdered executed hit struck`),
  /** Predicates of the dead after a subject ("were killed", "died"). */
  killedPredicates: words(`killed slain murdered dead died dies die perished succumbed executed`),
  /**
   * Military abbreviations standing for a predicate after a count ("one KIA, two WIA": killed and
   * wounded in action), matched in capitals only: "Kia" is a car.
   */
  inActionAbbreviations: { killed: words(`KIA`), injured: words(`WIA`) },
  /** Predicates of the hurt after a subject ("were wounded", "hospitalized"). */
  injuredPredicates: words(`injured wounded hurt hospitalized hospitalised grazed maimed`),
  /** "fatally shot", "mortally wounded". */
  fatalParticiples: words(`shot wounded injured struck hit stabbed hurt`),
  /** A later death of someone first counted as hurt ("was shot and later died"). */
  deathAfterHurt: words(`died dies dead succumbed killed`),
  /** A death at the hospital ("was rushed to the hospital, where she died"). */
  deathAtHospital: words(`died dies succumbed dead`),
  /** Words that, in a people phrase, say what happened (title case "Five Shot During Party"). */
  casualtyWords: words(`shot killed dead dies died hurt injured wounded slain missing struck hit`),
  /** A body taken out of a strike's ruins ("a man's body recovered from under the rubble"): one dead. */
  bodyRecovered: words(`recovered found pulled retrieved removed extracted unearthed`),
  ruins: words(`rubble ruins debris`),
  /** "10 wounded civilians", "two dead soldiers": the phrase itself says what happened to them. */
  stateWords: words(`dead injured wounded`),
  /** Bare verbs that end a run of adjectives ("witnessed his father kill mother"). */
  bareVerbs: words(`kill shoot injure wound hit stab graze hurt strike murder slay execute attack beat`),
  /** Words of gunfire in a sentence: "4 struck" then means hit by bullets. */
  gunfire: wordList(`shoot gunfire gunshot bullet gunman gunmen \\bshots?\\b firearm \\bgun\\b rifle pistol handgun`),
  /** "hit by gunfire", "struck by a stray bullet" (not "hit by a car"). */
  gunfireObjects: words(`gunfire bullets bullet a stray shrapnel fire`),
  /** Words before "shot" that make it the noun (a gunshot), not the participle. */
  shotAsNoun: words(`a the one single fatal first second third another warning no fired firing fire his her gun kill head parting any each every lucky good that this final`),
  /** Conditions: "in grave condition" counts the gravely hurt; the others are hurt. */
  graveConditions: words(`grave critical severe life-threatening extremely`),
  otherConditions: words(`serious stable fair good satisfactory moderate non-life-threatening unknown`),
  /** "received treatment", "sought medical care". */
  treatment: words(`treatment care help aid attention assistance`),
  woundNouns: words(`injuries injury wounds wound`),
  /** "were taken to the hospital": hurt, as local news says of the people shot. */
  transported: words(`taken transported rushed airlifted flown brought driven sent`),
  hospitalWords: words(`hospital hospitals medical trauma er emergency`),
  /** What opens a place or a time after "shot at" ("were shot at a party", "at about 2 a.m."). */
  atPlaceOrTime: words(`a an the this that his her their about around approximately roughly least close point-blank`),
};

/** Revised figures: "the death toll rose to five". */
const revisions = {
  rise: words(`
    rose risen rise rises rising increased increase increases increasing climbed climb climbs climbing grew grown
    grow grows growing jumped jumps reached reaches hit raising raised bringing brought pushing pushed upping revised
    updated went gone fell fallen dropped lowered
  `),
};

/** Days and months, as names and as the fragments the date finders gate on. */
const calendar = {
  weekdaysAndMonths: wordList(`
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  `),
  /** Months alone, full and abbreviated: a number beside one is a day of the month ("July 15"). */
  months: wordList(`
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
  `),
  /** chrono reads "sun" in "The sun sets" and "sat" in "sat down" as weekdays. */
  lowercaseAbbreviations: wordList(`sun mon tue tues wed thu thur thurs fri sat`),
  /** Parts of the day that may come before "of" and a date ("on the night of March 3"). */
  partsOfDay: wordList(`night morning afternoon evening dawn`),
};

/** Date rules: what happened on a stated day. */
const dates = {
  /** What happened on the date is not the incident ("was arraigned Monday", "funeral services will be held Saturday"). A "story" is a news story, never the floors of a "nine-story" building. */
  notTheEvent: wordList(`
    court arraign\\w* hearing trial sentenc\\w* plead\\w* pleaded convicted indicted charged charges? filed probation
    parole (?<!-)story prosecut\\w* judge warrant extradit\\w* custody captured booked surrender\\w*
    turned_(?:himself|herself|themselves)_in jail prison guilty lawsuit sued reward funeral vigil memorial mourn\\w*
    services?_(?:will|are|is) visitation buried burial born graduat\\w* released_from scheduled will_be (?:may|might|could)_be expected_to
    appear\\w*_(?:in|before) bond bail jury verdict testif\\w* autopsy press_conference rally marched protest\\w*
    meeting election summit forum talks visit\\w* turns? marks? anniversary since announced released met_with issued
    interview\\w*
  `).map((w) => w.replace(/_/g, " ")),
  /** Of those, a day that dates nothing at all (a birthday, a meeting, a future hearing). */
  unrelatedDay: wordList(`
    born graduat\\w* since marks? anniversary turns? will_be (?:may|might|could)_be scheduled expected_to birthday wedding election summit
    forum talks meeting rally protest\\w* marched (?<!-)story interview\\w*
  `).map((w) => w.replace(/_/g, " ")),
  /** A date needs an event in its sentence. */
  eventWords: wordList(`
    shot shoot\\w* kill\\w* dead died dies death wound\\w* injur\\w* hurt fire[ds]? gunfire gunman gunmen attack\\w*
    strike struck shell\\w* bomb\\w* explo\\w* missile drone rocket airstrike raid clash\\w* battle assault\\w* stabb\\w*
    murder\\w* homicide slay\\w* found happened occurred incident crash victims? liberat\\w* captur\\w* seiz\\w*
    took_control advance\\w* respond\\w* called_to dispatched called responded gun\\w* robber\\w* rob robbing
  `).map((w) => w.replace(/_/g, " ")),
};

/** Nouns of one event: a large count told with one of these is that event's, not a tally. */
const tallies = {
  eventNouns: wordList(`
    strike attack airstrike air_strike air_raid raid explosion blast bombing bombardment shelling missile rocket
    earthquake flood fire crash collapse massacre shooting stampede sinking derailment bomb ambush assault storm
    hurricane tornado battle(?!_(?:for|of))
  `).map((w) => w.replace(/_/g, " ")),
};

/**
 * Incident detection (facts/clauses.ts): which word heads a clause tells an event from talk about
 * one. Fragments are whole words; "_" stands for a space between words of one entry.
 */
// What a measure, a market or a hacker does to its object is no strike: "hit by sanctions",
// "targeted in fresh sanctions", "servers targeted by hackers", "a hit to the economy".
const MEASURES = String.raw`sanctions|tariffs?|bans?|fines?|embargo(?:es)?|restrictions|inflation|recession|crisis|shortages?|prices?|costs|layoffs|software|malware|ransomware|viruses|cyber-?attacks?|hackers|hacking|phishing`;
const ECONOMY = String.raw`economy|economies|finances|budget|revenues?|exports?|imports|banks?|markets?|industry|oligarchs|assets|currency|ruble|rouble`;

// Adverbs of a habit: what is done "regularly" or "constantly" is a situation, no one event.
const HABITUAL = String.raw`regularly|constantly|repeatedly|systematically|routinely|daily|nightly|continuously|periodically`;

const detection = {
  eventVerbs: phrases(`
    kill(?:s|ed)? killing(?=_\\d|_(?:at|an?|one|two|three|four|five|six|seven|eight|nine|ten|dozens|\\w+_(?:people|civilians)))
    die died dies dead(?<!(?:agreements?|accords?|deals?|treat(?:y|ies)|talks|truce|ceasefire|process|protocols?)['’]?_(?:(?:have|has|had|is|are|was|were|been|now|long|already|effectively)_){0,3}dead) slain murdered wounded injured hurt shot(?!_(?:down|dead))
    (?:shot|shoots|shoot|shooting)_down downed gunned_down stabbed executed
    (?<!(?:fundraising|fund-raising|funding|donation|appeal|sales|savings|revenue|membership|ticket|vaccination)_targets?_)hits?(?!_(?:by|in|with)_(?:[\\w.-]+_){0,3}(?:${MEASURES}))(?!_to_(?:[\\w'’.-]+_){0,2}(?:${ECONOMY}))
    struck shell(?:s|ed) bomb(?:s|ed) attacked
    shell_(?:the_)?(?:[\\w'’-]+_){0,3}(?:region|oblast|district|community|village|town|city|positions|outskirts|cent(?:re|er))
    (?:fighting|clashes|battles?|gunfights?|firefights?)_(?:breaks?|broke|erupts?|erupted|flares?|flared)(?:_out|_up)? dropp(?:ed|ing)_(?:[\\w,.-]+_){0,3}bombs?
    fired_(?:at|on|upon|into) fire_(?:on|upon) opened_fire
    (?:fire|fires|fired|launches|launched)_(?:[\\w-]+_){0,3}(?:missiles?|rockets?|shells?|drones?|bombs?|mortars?)_(?:at|on|upon|into|near)
    (?:launch(?:es|ed)?|carr(?:y|ies|ied)_out|conduct(?:s|ed)?|inflict(?:s|ed)?|deliver(?:s|ed)?|made|make)_(?:\\w+_){0,4}(?:strikes?|attacks?|raids?)
    destroy(?:s|ed) destroy_(?:an?_|the_)?(?:[\\w'’-]+_){0,2}?(?:apartment_block|apartment_building|high-rise|residential_building|house|school|hospital|kindergarten)
    damag(?:es|ed) explod(?:es|ed) (?:blew|blow|blows)_up(?!_(?:[\\w'’-]+_){0,2}(?:propaganda|myths?|narratives?|lies|fakes?|internet|social_media|stereotypes?))
    eliminat(?:es|ed) liquidat(?:es|ed) sank sunk sinks?_(?:[\\w'’-]+_){0,2}(?:ship|vessel|boat|cruiser|flagship|warship|frigate|corvette|submarine|tug|tugboat|landing_ship) rock(?:s|ed) pound(?:s|ed)
    targeted(?<!(?:sanctions|measures|restrictions|tariffs|hackers)_targeted)(?!_(?:by|in|with)_(?:[\\w.-]+_){0,3}(?:${MEASURES})) came_under comes?_under
    burn(?:s|ed|t)_down collapsed crash(?:es|ed) found_dead
    (?:found|recovered|retrieved|pulled|removed)_(?:[\\w'’-]+_){0,8}?(?:from_)?(?:under|beneath|from)_the_rubble (?:under|beneath)_the_rubble_(?:[\\w'’-]+_){0,2}?(?:found|recovered|retrieved|pulled)
  `),
  counterClaims: phrases(`
    confirm(?:s|ed)_(?:[\\w'’-]+_){0,3}(?:strikes?|attacks?|blows?|hits?)_(?:on|at|against)
    (?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|castigat\\w*|refut(?:es|ed)|debunk(?:s|ed)?)_(?:[\\w'’-]+_){0,2}(?:claims?|reports?|accusations?|allegations?|explanations?|versions?)_(?:about|of|that|on)_(?:[\\w'’‘“”",-]+_){0,12}?(?:strikes?|attacks?|shelling|bombing|bombardment|explosions?|explod(?:ed|es)|blasts?|massacre|struck|attacked|shelled|bombed|hit|killed|killing)
  `),
  footageOfEvent: phrases(`
    (?:shar|post|publish|releas)(?:es|ed|e|s|ing)?_(?:[\\w'’-]+_){0,2}(?:photos?|photographs|videos?|footage|images)_(?:of|from|after|taken_at)_(?:[\\w'’-]+_){0,5}(?:strikes?|attacks?|shelling|explosions?|blasts?|bombing)
  `),
  /** Verbs of a place changing hands: an event when a place follows (facts/incident-types.ts reads the claim). */
  // (A bare verb is a headline's plural present, "Forces liberate Chuhuiv", but not after "and",
  // "or", "can" or "not", where it is an infinitive's or an ability's: "to blockade the city and
  // liberate it"; nor the noun "capture of".)
  claimVerbs: phrases(`
    captur(?:es|ed) seiz(?:es|ed) liberat(?:es|ed) retakes recaptur(?:es|ed)
    (?<!(?:and|or|can|cannot|not)_)(?:capture(?!_of)|seize|liberate|retake|recapture)
    took_control retook (?:re)?gained_control occupied entered
  `),
  /** Words before a verb form that make it an adjective or a relative clause ("in captured Henichesk", "those killed"). */
  notHeadAfter: phrases(`the a an in of his her their its those who which that whom newly recently temporarily`),
  /** Words before an event verb that make it an infinitive, a purpose or a plan rather than a happening ("missiles to hit civilian targets"). */
  infinitive: phrases(`to`),
  notHappenedAfter: phrases(`will would could can cannot may might must should shall be ${HABITUAL.replace(/\|/g, " ")}`),
  /** Adjectives before an event verb's form that make it a noun ("quick hits", "greatest hits"). */
  adjectivesBeforeNoun: phrases(`quick greatest biggest`),
  prepositionsBeforeAdjective: phrases(`from for with into onto at on by near among under across through towards?`),
  degreeAdverbs: phrases(`practically almost nearly completely totally partially partly fully heavily badly severely seriously critically mortally largely virtually entirely utterly`),
  casualtyNouns: phrases(`wounded injured hurt dead`),
  // ("Dead" is left out: "Dead man found in the square" tells the find of a body, an event.)
  casualtyAdjectives: phrases(`wounded injured hurt`),
  casualtyVerbFollowers: phrases(`in at on by during after as when while and or from near following amid over under since to of`),
  /**
   * Nouns after a weapon's name that make it the weapon's trade or industry ("rocket program",
   * "drone makers", "missile supplies"): no event is named.
   */
  weaponTrade: phrases(`programs? programmes? sales? supply supplies production makers? manufacturers? factory factories industry contracts? exports? imports? purchases? shipments? deliveries stockpiles? tests? treaty experts? specialists? instructors? advis[eo]rs? technicians?`),
  // (Labour's, medicine's, space flight's and mining's senses; a prisoner's hunger strike, a hacker
  // or cyber attack on servers, a space agency's moon rocket, a coal mine's pit.)
  peacefulSenses: phrases(`
    (?:hunger|general|national|nationwide|warning|labou?r|workers['’]?|miners['’]?|teachers['’]?|doctors['’]?|transport|rail|student|climate|italian|sit-down)_strikes? strike_(?:action|ballot|pay|breakers?)
    (?:heart|panic|asthma|anxiety|hacker|hackers['’]?|cyber|ddos|phishing|ransomware|shark|dog|bear)_attacks?
    (?:moon|space|lunar|orbital|carrier|booster|heavy-lift|nasa['’]s|spacex['’]?s?|falcon|soyuz|proton|angara|artemis)_(?:(?:new|heavy|giant|mega)_)?rockets? rockets?_(?:launch_pads?|engines?|scientists?|science|stages?|boosters?|to_(?:the_)?(?:launch_pad|moon|orbit|space))
    (?:coal|gold|salt|copper|iron|iron-ore|ore|uranium|lithium|potash|open-pit|diamond)_mines?
    anti-(?:drone|missile|rocket|aircraft|air|tank|ship)
    (?:delivery|toy|hobby|racing|camera|light-show)_drones? drone_(?:shows?|racing|deliver(?:y|ies)|footage|videos?|photos?|camera|pilots?_license)
  `),
  // (A list's item "destroyed property" or a caption's "destroyed houses and a school": a count of
  // them is a damage tally, which is read before; "Missile destroyed houses" keeps its verb.)
  damagedPropertyAdjectives: phrases(`
    (?:destroyed|damaged|ruined|burnt|burned|bombed-out|shelled)_(?:(?:and_)?(?:destroyed|damaged|residential|private|civilian|apartment|public|high-rise|multi-storey|multi-story)_){0,2}(?:property|houses|homes|buildings|housing|apartment_blocks|blocks_of_flats|infrastructure|bridges|schools|hospitals|streets|cities|towns|villages|neighbou?rhoods)
  `),
  // (Two casualty words joined before people are their adjectives wherever they stand: "the
  // evacuation of killed and wounded soldiers", "ready to take out wounded and dead servicemen".)
  casualtyPairsBeforePeople: phrases(`
    (?:killed|wounded|injured|dead)_and_(?:killed|wounded|injured|dead)_(?:[\\w-]+_)?(?:soldiers|servicemen|servicewomen|defenders|troops|fighters|personnel|marines|civilians|people|residents|children)
  `),
  auxiliaries: phrases(`are is were was have has had been being still now also`),
  // (A modal, a headline's "to be" or a state: "houses damaged by shelling will be demolished",
  // "bridge damaged in the blast to be rebuilt", "wounded in the strike remain in hospital".)
  predicatesAfterParticiple: phrases(`will would could can cannot may might must should shall to_be remain(?:s|ed)? stay(?:s|ed)?`),
  hypotheticalBeforeNoun: phrases(`possible potential imminent hypothetical planned threatened expected looming prospective feared`),
  eventNouns: phrases(`
    strike attack airstrike air_strike air_raid raid explosion blast bombing bombardment shelling missile rocket
    shooting ambush assault sniper mine landmine drone death_toll toll
    (?<!(?:deal|deals|dealt|dealing|land|lands|landed|inflict\\w*)_(?:an?_)?(?:[\\w-]+_)?)blow_(?:to|on|at)
  `),
  sustainedFire: phrases(`shelling shellings bombardments? artillery_fire`),
  /** Nouns of an area wider than a settlement: a label naming one is a page's rubric ("Shelling of the Donetsk region: ..."). */
  areaNouns: phrases(`region regions oblast oblasts district districts raion territory territories front frontline country area areas`),
  /** Words before a country's name that make it a part of the country ("eastern Ukraine", "rebel-held east"). */
  partOfCountry: phrases(`east eastern west western south southern north northern central south-eastern southeastern north-eastern northeastern rebel-held rebel separatist-held occupied government-controlled e\\.`),
  // An engagement named after the country ("in latest Ukraine clashes", "in single Ukraine battle")
  // is fought somewhere in it, as "Ukraine's rebel east" is a part of it; the country's war or
  // fighting as a whole is not.
  partOfCountryAfter: phrases(`east west south north south-east southeast north-east northeast battle clash clashes assault`),
  // A settlement or a building after the country's or region's name is one place in it ("attack on
  // Ukraine mall", "killed in a Ukraine elevator blast", "open fire at a DPR town").
  sitesAfterArea: phrases(`hub stronghold city town village community port capital mall shopping_(?:mall|cent(?:re|er)) theat(?:re|er) hospital elevator lift`),
  // Victims told as persons ("a man", "two women", "an elderly couple"), not counted as a category
  // ("three civilians", "residents"); one of a counted category ("including a boy") is not.
  // Troops lost are told one by one, by who they were ("two soldiers", "an officer", "Ukrainian
  // serviceman killed" opening a headline): a side names its dead of one clash so, where a day's
  // count of a front says over what period or in how many attacks (those stay tallies).
  victimsAsPersons: phrases(`
    (?<!(?:including|among_them|among_whom|of_whom)_)(?:a|an|one|two|three|four|five|\\d+)_(?:[\\w'’-]+_){0,2}?(?:man|men|woman|women|boys?|girls?|teenagers?|pensioners?|couple(?!_of))
    (?<!(?:including|among_them|among_whom|of_whom)_)(?:a|an|one|two|three|four|five)_(?:[\\w'’-]+_){0,2}?(?:soldiers?|servicem[ae]n|officers?|militiam[ae]n|militias|paratroopers?|marines?|medics?|sergeants?|kia)
    ^(?:[\\w'’-]+_)?(?:soldier|serviceman|officer|militiaman|paratrooper|marine|medic|sergeant)_(?:killed|dies|died|wounded|injured)
  `),
  reaction: phrases(`
    condemn\\w* denounc\\w* den(?:y|ies|ied|ying) slam(?:s|med)? decr(?:y|ies|ied) react(?:s|ed|ing)? reaction
    comment(?:s|ed|ing)? urg(?:e|es|ed|ing) call(?:s|ed|ing)?_for
    call(?:s|ed|ing)?_(?:on|upon)_(?:the_)?(?:world|international|all|everyone|citizens|people|residents|ukrainians|russians|partners|allies|leaders|governments?|countries|nations|west|nato|un|eu|russia|ukraine|us)\\b demand(?:s|ed|ing)? vow(?:s|ed)?
    criticis\\w* criticiz\\w* castigat\\w* discuss\\w* briefed inform(?:s|ed) thank(?:s|ed)? prais\\w*
    mourn\\w* condolences solidarity sympath\\w* commemorat\\w* honou?r(?:s|ed|ing) visit(?:s|ed|ing)? tour(?:s|ed|ing)? meet(?:s|ing)? met_with
    (?:tell|tells|told|spoke|speaks|talk(?:s|ed)?|wrote|writes)_(?:\\w+_){0,3}about (?:tell|tells|told|spoke|speaks|talk(?:s|ed)?|wrote|writes)_of
    about(?!_(?:\\d|[a-z]+(?:ty|teen)\\b|ten|two|three|four|five|six|seven|eight|nine|a_(?:hundred|thousand|dozen)|hundreds|thousands|dozens|half))(?=_\\w) call(?:s|ed)?_(?:[\\w'’-]+_){0,12}(?:(?:a|an)_['‘"“]?|['‘"“])(?:[\\w'’-]+_){0,3}(?:crime|act|terror\\w*|genocide|manipulation|provocation|staging|hoax|fake|lie|tragedy|atrocity)
    crime_against_humanity act_of_terror\\w* address(?:es|ed) (?:['’]s(?<!(?:to|at|from|near|outside|of|in)_(?:the_|a_|an_|his_|her_|their_)?[\\w-]+['’]s)|video|evening|nightly|televised)_address(?=\\s*(?:$|[(:.–—-]|to\\s+(?:the\\s+)?(?:nation|people|ukrainians|citizens|parliament|congress)\\b)) address_by_(?:the_)?(?:president|prime_minister|head|leader)
    (?:hold(?:s|ing)?|held)_(?:[\\w'’-]+_){0,3}?(?:(?:ultimately|fully|directly|solely)_)?responsible commit(?:s|ted|ting)?_['‘"“]?war_crimes? assess(?:es|ed)?_(?:that_)?(?:[\\w'’-]+_){0,2}?(?:forces|troops|army|military|russia|ukraine|moscow|kyiv)
    in_memory_of memory_of_(?:the_)?(?:killed|dead|fallen|victims|those)
    (?:show(?:s|ed|n)?|demonstrat(?:es|ed)|prov(?:es|ed)|reveal(?:s|ed))_(?:\\w+_){0,3}(?:cruelty|barbarism|face|nature|depth|true|terror\\w*)
    hit(?:s|ting)?_back_at humiliation cynical accountable (?:a|an)_war_crime reel(?:s|ed|ing)?_from blam(?:e|es|ed|ing)(?!_(?:for|on)\\b)
    knew_(?:that_)?(?:he|she|they|we|i)
    died_(?:bravely|heroically|a_(?:brave|heroic|hero['’]s)_death|(?:as_)?a_hero|while_(?:performing|fulfilling|carrying_out)_(?:a_|his_|her_|their_)?(?:combat_|military_)?(?:service|duty|mission|task))
    (?:gave|laid_down)_(?:his|her|their)_lives?
    protest(?:ed|ing) stag(?:e|es|ed|ing)_(?:[\\w-]+_){0,2}(?:riots?|protests?|rall(?:y|ies)|demonstrations?)
    (?:claim|claims|claimed|claiming|take|takes|took|taking)_(?:[\\w'’“”"-]+_){0,2}credit_for
    show(?:s|ed|ing)?_(?:[\\w'’-]+_){0,3}(?:debris|wreckage|fragments)_of
  `),
  outlook: phrases(`
    will would could may(?!_\\d) might cannot should must (?:has|have)_to consider(?:s|ing)_(?:a_way|ways|options?|plans?|whether|how|the_(?:possibility|option|idea)) expect(?:s|ed)? forecast\\w* predict\\w* plan(?:s|ned)?_to
    prepar(?:es|ing)_to prepar(?:es|ing)_for threaten(?:s|ed)? threatening_to intend\\w* going_to if unless possib\\w* (?:un)?likely risk(?:s)? fear(?:s|ed)?
    plot\\w* planning want(?:s|ed)?_to tr(?:y|ies|ying|ied)_to attempt(?:s|ed|ing)?(?:_to)? seek(?:s|ing)?_to aim(?:s|ed|ing)?_to ready_to need(?:s|ed)?
    promis\\w* warn\\w* threat_of fac(?:e|es|ing)_(?:[\\w-]+_){0,2}(?:battle|battles|fight|threat|attack|offensive|risk)
    brac(?:e|es|ing)_for order(?:s|ed)?_(?:\\w+_)?to_prepare on_the_(?:verge|brink)_of
    refus(?:e|es|ed|ing)_to dar(?:e|es|ed)_(?:not_)?to
    avert(?:s|ed|ing)? hop(?:e|es|ed|ing)_to scenarios? hypothetical\\w* in_case(?:_of)? in_the_event_(?:of|that) (?:gets?|getting|got)_ready avenge\\w* take_revenge
    to_(?:start|begin|boost|send|provide|give|train|build|hold|host|join|impose|expand|increase|get|receive|open|resume|discuss|consider|visit|meet|supply|deliver|buy|purchase|acquire|sell|produce|annex|restore|rebuild|reconstruct|remain|preserve)
    (?<!(?:believed|thought|said|reported|understood|known|alleged|claimed|appears?|appeared|seems?|seemed)_)to_be_(?:\\w+(?:ed|en|t)|struck)
  `),
  legal: phrases(`
    verdict trial mistrial court tribunal sentenc\\w* convict\\w* acquit\\w* indict\\w* plead\\w* guilty jury
    lawsuit extradit\\w* hearing testif\\w* charg(?:es|ed)_with
    (?:has|have|had|was|were)_been_identified(?!_as\\b) identification_of
    (?:launch|open|start|initiat)\\w*_(?:an?_)?(?:(?!(?:in|of|for|to)_)\\w+_)?(?:investigation|probe|inquiry|case|proceedings)
    fact-finding_mission
    jailed (?:avoid(?:s|ed|ing)?|escap(?:es|ed|ing)|fac(?:es|ed|ing)|sent_to)_jail jail_(?:terms?|sentences?) imprison\w* arrest(?:ed|ing)? detain(?:s|ed|ing)? (?:made|makes?)_(?:\\w+_)?arrests
    expos(?:es|ed|ing)_(?:[\\w'’“”"-]+_){0,4}(?:agents?|agent_(?:group|network)s?|spy|spies|networks?|cells?|collaborators?|informants?|saboteurs?|traitors?|spotters?|associates?|accomplices?|accessories|adjusters?|gunners?|henchm[ae]n)
  `),
  diplomacy: phrases(`
    talks negotiat\\w* summit summon(?:s|ed) sanction\\w* aid(?!_(?:workers?|convoy|group|agency|organi[sz]ation)) package deliver(?:y|ies) suppl(?:y|ies|ied) loan grant funding
    agreement treaty pledg\\w* donat\\w* allocat\\w* approv\\w* provid(?:es|ed|ing) (?:send|sends|sent|sending)_(?:\\w+_){0,2}(?:weapons|arms|aid|troops)
    (?:gets|got|receives?|received|receiving|obtain(?:s|ed)?)_(?:[\\w'’-]+_){0,4}(?:weapons|arms|howitzers|missiles|systems|tanks|aid|ammunition|equipment|himars|drones|vehicles|shells|launchers)
    prisoner_(?:exchange|swap) exchange_of_prisoners captivity evacuat\\w* (?:treat|prioriti[sz])\\w*_(?:the_)?(?:[\\w'’-]+_){0,2}?(?:wounded|injured) humanitarian_corridor\\w* suspend\\w* resum\\w* ban(?:s|ned)?
    fakes? disinformation propaganda
  `),
  // (A look-behind follows the word it checks: leading an alternative, it would be tried at every
  // position of every sentence.)
  posture: phrases(`
    exercises? drills? manoeuvres? maneuvers? deploy(?:s|ed|ing|ment)? redeploy\\w* transfer(?:s|red|ring)? reinforc\\w*
    mobili[sz]\\w* build-?up massing mass(?:es|ed)_(?:[\\w'’-]+_){0,3}?(?:troops|forces|soldiers|equipment|tanks|armou?r|units|vehicles|artillery|weapons) amass\\w* concentrat(?:es|ed|ing) relocat\\w*
    (?:moves?|moving|heads?|heading|headed|spotted|seen)(?<=(?:convoys?|columns?)_(?:of_)?(?:[\\w-]+_){0,4}?(?:moves?|moving|heads?|heading|headed|spotted|seen))
    (?:equipment|troops|vehicles|columns?|convoys?)(?<=movement_of_(?:[\\w-]+_){0,2}(?:equipment|troops|vehicles|columns?|convoys?))
    dig(?:s|ging)?_(?:[\\w-]+_){0,2}?trenches dug_(?:[\\w-]+_){0,2}?trenches
    on_(?:combat_)?alert (?:combat|battle)[_-]ready ready_for_(?:action|combat|launch) on_combat_duty combat_readiness
    (?:mine|mines|mined|mining)_(?:the_)?(?:territory|territories|roads?|fields?|approaches|areas?|bridges?|coast|shore|beaches)
  `),
  /**
   * What a weapon alone is named by, with no event noun or verb: "ships with 24 Kalibr missiles",
   * "the only threat is Russia's missiles" name weapons, not something they did (a type cue that is
   * one of these words is no evidence in a clause nothing heads).
   */
  weapons: phrases(`
    (?:cruise_|ballistic_|guided_|kamikaze_)?(?:missiles|rockets|drones|uavs|shells|bombs|mines|grenades)
    (?:long-range_|strategic_)?bombers?
    howitzers? mlrs
    atacms himars shaheds? iskanders? kalibrs? (?:kalibr|iskander|kinzhal|onyx|oniks|tochka-u)-type
  `),
  /** Fighting told as a front's operational summary, no one event: "repelled assaults", "fought along the front". */
  front: phrases(`
    repel(?:s|led|ling)? repuls(?:e|es|ed|ing) fought battles?_for fighting_(?:along|on|in|near) (?:combat|hostilities|battles?)_(?:operations|actions)
    hold(?:s|ing)?_(?:the_)?(?:defen[cs]e|line) counteroffensive counter-offensive
    attack(?:s|ed|ing)?_to_(?:block|encircle|surround|capture|seize|take|cut|break|advance|storm|push|reach)
    along_(?:the_)?(?:entire|whole)_(?:line_of_contact|contact_line|front_line|frontline|front)
    active_(?:actions|hostilities|operations|combat_operations|offensive_actions) (?:offensive|assault)_(?:operations|actions)
    conduct(?:s|ed|ing)?_(?:an?_)?(?:[\\w-]+_)?offensive focus(?:es|ed|ing)?_(?:[\\w-]+_){0,2}?on_(?:storming|capturing|attacking|encircling|offensive|assaults?) (?:assault(?:s|ed|ing)?|storm(?:s|ed|ing)?)_(?:the_)?(?:[\\w'’-]+_){0,2}?positions
  `),
  /** Finds, burials and exhumations of people killed earlier: "bodies found", "exhumation", "buried". */
  aftermath: phrases(`
    bodies exhum\\w* found_(?:(?:almost|nearly|completely|fully|partly|partially|largely|totally|virtually)_){0,2}(?:destroyed|ruined|looted|plundered) buri(?:ed|al|als)(?!_(?:under|beneath|in_the_rubble)) bur(?:y|ies|ying) funerals? farewell reburi\\w* mass_graves?
    (?:\\d{2,}|dozens|scores|hundreds)_(?:[\\w-]+_){0,3}found_dead
    (?:found|discovered|recovered|exhumed)_the_body_of(?!_(?:[\\w'’-]+_){0,8}?(?:under|beneath|from)_the_rubble)
    (?:the_)?body_of_(?:[\\w'’-]+_){0,8}?(?:was|has_been)_(?:found|discovered|recovered|exhumed)(?!_(?:[\\w'’-]+_){0,3}?(?:under|beneath|from)_the_rubble)
    (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|several|dozens|scores|hundreds)_more_(?:[\\w'’-]+_){0,5}?(?:found|discovered)_dead
    repair(?:s|ed)? restor(?:es|ed)_(?:power|electricity|heating|water|gas|supply|supplies|traffic|(?:the_)?(?:[\\w-]+_){0,3}(?:line|lines|bridge|grid|plant|station))
    put_(?:back_)?into_operation reconnect(?:s|ed)
    demin\\w* mine_clearance (?:eliminat|neutrali[sz]|defus|dispos|remov)\\w*_(?:[\\w-]+_){0,3}(?:explosive_(?:items|objects|ordnance|remnants)|unexploded|ordnance)
  `),
  /** Words opening a question: a headline that asks one ("Which rocket killed 30 people?") is a feature about the event. */
  questionWords: phrases(`what why how who which whose where when`),
  analysis: phrases(`
    factbox explainer analysis opinion commentary q&a what_we_know what_happened why how explained story_of
    interview\\w* podcast in_pictures timeline
  `),
  footage: phrases(`videos? footage filmed uav_video drone_video`),
  spokenOutlook: [String.raw`warn\w*`, String.raw`threaten\w*`, String.raw`promis\w*`, String.raw`predict\w*`, String.raw`forecast\w*`],
  // (An intelligence service, an analyst or a think tank: "- British intelligence", "– US analyst",
  // "ISW notes ...", "British intelligence on the plant". Officers of such a service are a unit,
  // not a source: "intelligence officers destroyed two tanks".)
  analystSources: phrases(`
    intelligence(?:_(?:data|report|update|service|agency))? intel analysts? experts? isw institute_for_(?:the_)?study_of_war think_tanks?
    military_observers?
  `),
  /** What such a source opening a clause does with its words ("ISW notes", "British intelligence on ..."). */
  analystSpeech: phrases(`on about notes? noted believes? assess(?:es|ed)? estimates? thinks? sees? says? said reports? reported`),
  dayOpenings: phrases(`
    on_(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)_\\d{1,2}|\\d{1,2}_(?:january|february|march|april|may|june|july|august|september|october|november|december))(?:,?_\\d{4})?(?=,)
  `),
  ongoing: phrases(`
    continu(?:e|es|ed|ing)_to
    continu(?:e|es|ed|ing)_(?:(?:the|their|its|intensive|intense|heavy|massive|active|daily|constant)_){0,2}(?:shelling|shellings|strikes|attacks|bombardment|bombing|firing|offensive|assaults?|hostilities|fighting)
    (?:fighting|battles?|clashes|hostilities|shelling|firefights?|gunfights?)_(?:(?:is|are|remains?|still)_){0,2}(?:ongoing|underway|raging)
    (?:passed|went|was)_(?:relatively_|mostly_|largely_)?(?:quiet(?:ly)?|calm(?:ly)?) (?:passed|went)_without_(?:shelling|strikes|attacks|explosions|incidents|casualties) (?:that_)?(?:everything|all|the_situation)_(?:is|was|remains?)_(?:calm|quiet)
    (?<![\w'’-]_)no_(?:shelling|shellings|strikes|attacks|explosions) (?:did_not|didn['’]t)_(?:shell|strike|attack|bomb|fire_(?:at|on))
    (?:the_)?(?:fighting|battles?|clashes|hostilities|shelling|attacks|strikes|bombardment)_(?:\\w+_)?continu(?:e|es|ed|ing) keep(?:s)?_(?:\\w+ing) grinds?_on
    under_(?:constant|continuous|continual|permanent|regular|daily|incessant|relentless|round-the-clock)_(?:enemy_)?(?:fire|shelling|attacks?|bombardment)
    (?:is|are)_(?:\\w+_)?(?:killing|destroying|ravaging)_(?:and_\\w+_)?(?:\\w+_)?(?:children|civilians|people|ukrainians|russians|territories|lands?|cities|towns|villages)
    (?:is|are)_(?:(?:now|still|constantly|again)_)?(?:shelling|attacking|bombing|bombarding|storming|firing_(?:at|on|upon))_(?:the_)?(?:[\\w'’-]+_){0,2}?(?:region|oblast|district|communities|settlements|villages|towns|front|frontline)
    (?:kills|kill|destroys|destroy|shells|attacks|hits)_(?:ukrainian_|our_|innocent_|peaceful_)?(?:children|civilians|people|ukrainians|cities|towns|villages|settlements)\\b
    (?:remain(?:s|ed)?|stay(?:s|ed)?)_(?:in_hospitals?|hospitali[sz]ed|under_(?:treatment|siege|blockade)|blocked|trapped) blocked_(?:at|in|on)
    (?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?)_(?:within|inside)
    (?:has|have)_(?:been_repeatedly|repeatedly_been)_\\w+
    (?:is|are|was|were)_being_(?:(?:systematically|gradually|completely|deliberately)_)?(?:destroyed|looted|plundered|ruined|demolished|razed)
    (?:has|have)_been_(?:shelled|attacked|hit|struck|targeted|bombed)_(?:several|many|multiple|numerous|dozens_of|countless)_times
    (?:${HABITUAL})_(?:\\w+_)?(?:fir(?:es|ed|ing)|shell(?:s|ed|ing)?|attack(?:s|ed|ing)?|hit(?:s|ting)?|struck|strik(?:es|ing)|bomb(?:s|ed|ing)?|target(?:s|ed|ing)?)
    (?:the_)?situation(?<!(?:shooting|hostage|standoff|barricaded?|barricade|emergency|medical)_situation)_(?:in|at|on|with|around|near|remains|is)
  `),
  liveBlog: phrases(`
    live latest latest_updates live_updates live_news live_blog as_it_happened round-?up key_events day_\\d+
    news_digest briefing front_pages press_review headlines summary
  `),
  relativePronouns: phrases(`which who`),
  describingParticiples: phrases(`killed wounded injured slain executed murdered tortured`),
  subordinators: phrases(`
    after following amid in_response_to in_retaliation_for despite since as_a_result_of due_to ,_(?:which|who|whom|where)
    ,_(?:marking|making|bringing)
    over(?!_(?:the_)?(?:past|last)_)(?!_(?:\\d|[a-z]+(?:ty|teen)\\b|ten|two|three|four|five|six|seven|eight|nine|a_(?:hundred|thousand|dozen)|hundreds|thousands|dozens|half))
  `),
  // "As" before a clause in which a war or an offensive goes on, is renewed or steps up ("refugees
  // flee as troops renew their assault", "as the war grinds on"): the war's course is background. (Read
  // more widely, "as" heads manners and names: "investigated as homicides", "identified him as".)
  weakSubordinators: phrases(`
    (?<=[\\w'’]_)as(?=_(?:[\\w'’.-]+_){1,3}?(?:renews?|renewed|steps?_up|stepped_up|press(?:es)?_(?:on|ahead)|intensif(?:y|ies|ied)|escalates?|escalated|grapples?|grappled|mounts?|grinds?_on|drags?_on|rages?_on|enters?|widens?|expands?|pushes_(?:on|ahead))\\b)
  `),
  periodScopes: phrases(`
    (?:over|in|during|for)_(?:the_)?(?:past|last)_(?:\\d+_|twenty-four_|two_|three_|few_)?(?:hours?|days?|weeks?|months?|day)
    past_(?:24|twenty-four)_hours (?:past|last)_24_?(?:hrs?|h) (?:over|in|during)_(?:24|twenty-four)_hours within_(?:24|twenty-four)_hours(?!_(?:of|after|before)\\b)
    (?:per|a|in_a|one|each|every)_day
    during_(?:the_)?day over_the_day daily (?:per|a)_week weekly
    in_(?:a|one)_week this_week so_far to_date
    (?:over|for)_(?:several_|a_few_|many_|two_|three_)?days
  `),
  // ("This week", "a week after", "for last week's" and "the second time in one week" date an event or
  // link two rather than count over a span; "in the past 18 months" is as often a relative clause's
  // history of the place as the sentence's count.)
  periodsLongerThanDay: phrases(`(?<!times?_)in_(?:a|one)_week per_week weekly fortnight (?:over|for)_(?:several_|a_few_|many_|two_|three_)?days (?:over|during|for)_the_(?:past|last)_(?:[\\w-]+_)?(?:weeks?|months?|years?)`),
  // (Not "daily": a newspaper's name, "the Daily News", says it as often as a count does.)
  pastDay: phrases(`
    (?:over|in|during|for)_(?:the_)?(?:past|last)_(?:day|24_hours|twenty-four_hours|24_?(?:hrs?|h)) past_(?:24|twenty-four)_hours during_the_day over_the_day
    (?:over|during)_(?:24|twenty-four)_hours within_(?:24|twenty-four)_hours(?!_(?:of|after|before)\\b)
  `),
  areaScopes: phrases(`
    across_(?:the_)?(?:country|region|oblast|front|ukraine|\\w+_region) all_over throughout_(?:the_)?(?:country|region|ukraine)
    (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|dozens_of)_(?:[\\w'’]+_)?(?:settlements|communities|villages|towns|cities|districts|regions|oblasts|localities)
    (?:in|on|at)_(?:several|various|different|multiple|many|all)_(?:directions|areas|sectors|axes|fronts|places)
    (?:at|in)_(?:unspecified|various|several|different|unknown)_(?:locations|places|areas|settlements|sites)
    [\\w'’-]+_(?:regions|oblasts)
    (?:shelling|shelled|shells|shell|attacks?_on|attacked|(?:air_?)?strikes?_on|struck|hit|hits|fir(?:es|ed|ing)_(?:at|on))_(?:the_)?(?:(?:frontline|front-line|border|residential|peaceful|surrounding|nearby|neighbou?ring|adjacent|territorial)_)?(?:settlements|communities|villages|towns|populated_areas|localities)
    (?:several|many|various|multiple)_(?:regions|oblasts|cities|settlements|towns|villages)
    (?:southern|northern|eastern|western)_front \\w+_directions? (?:areas?|sections?|sectors?|stretch(?:es)?|parts?)_of_(?:the_)?(?:front|frontline|front_line|contact_line) (?:attack(?:s|ed)?|shell(?:s|ed)?|fired_(?:at|on)|struck|hit)_(?:the_)?(?:entire|whole)_(?:line_of_contact|contact_line|front_line|frontline|front)
    in_[\\w'’]+['’]s_(?:south|north|east|west)\\b(?!_of) on_the_territory_of ukrainian_cities russian_cities peaceful_cities
    (?:attacks?|strikes?|shelling|bombardment)_(?:on|against)_(?:ukraine|russia|the_country)(?!['’]s)(?!_(?:mall|shopping_(?:mall|cent(?:re|er))|theat(?:re|er)|hospital)\\b)
  `),
  districtLists: phrases(`
    [\\w'’-]+,?_and_[\\w'’-]+_(?:districts|raions)(?!_(?:in|of)_(?!(?:the_)?[\\w'’-]+_(?:region|oblast)))
  `),
  // (A count or a share of aerial targets after a verb of downing, or before it: "shot down 12
  // drones", "downs 79% of drones", "most missiles intercepted". Hardware destroyed on the ground
  // is left out: a unit's "destroyed two tanks with their crews" is one engagement, as UCDP codes it.
  // Enemy personnel counted as "destroyed" or "eliminated" ("destroyed 60 invaders", "150 occupiers
  // eliminated") and hardware counted so ("destroys three tanks, an IFV and an aircraft") are a
  // force's score too: placed nowhere finer than a country, a day's or a war's; tanks destroyed
  // "with their crews" stay the one engagement above.)
  targetCounts: phrases(`
    (?:announc|releas|report|publish)(?:es|ed|e|s|ing)?_(?:[\\w'’-]+_){0,2}results_of_(?:the_)?(?:[\\w'’-]+_){0,2}(?:air_war|units|work|combat_work|day)
    (?:destroy(?:s|ed)?|eliminat(?:es|ed)|liquidat(?:es|ed)|neutrali[sz](?:es|ed))_(?:(?:about|over|more_than|at_least|nearly|almost|another|some|up_to)_)*(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|dozens|hundreds)_(?:(?:enemy|russian|ukrainian|more)_){0,2}(?:invaders|occupiers|soldiers|troops|servicemen|militants|personnel|rashists|racists|ruscists|russians)
    (?:destroy(?:s|ed)?|eliminat(?:es|ed)|hits?)_(?:(?:about|over|more_than|at_least|nearly|almost|another|some|up_to)_)*(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|dozens)_(?:(?:enemy|russian|more)_){0,2}(?:tanks|ifvs|apcs|armou?red_vehicles|infantry_fighting_vehicles|(?:hardware_)?units_of_(?:military_|enemy_)?(?:hardware|equipment)|hardware_units|artillery_systems|mortars|howitzers|observation_posts|ammunition_depots)(?!_(?:[\\w-]+_){0,3}?(?:along_|together_)?with_(?:their_|the_|its_)?crews)
    (?<![\\w-])(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|dozens|hundreds)_(?:(?:enemy|russian|ukrainian|more)_){0,2}(?:invaders|occupiers|soldiers|troops|servicemen|militants|personnel|rashists|racists|ruscists|russians)_(?:were_|was_|have_been_|had_been_)?(?:destroyed|eliminated|liquidated|neutrali[sz]ed)
    (?:shot_down|shoots?_down|shooting_down|down(?:s|ed)?|intercept(?:s|ed)?|destroy(?:s|ed)?|neutrali[sz](?:es|ed))_(?:(?:about|over|more_than|at_least|nearly|almost|another|all|most|some|the|up_to)_)*(?:\\d[\\d,]*%?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|dozens|hundreds|most|all|several)_(?:of_)?(?:(?:the|enemy|russian|ukrainian|incoming|hostile|its|their|strike|attack|kamikaze|cruise|ballistic|shahed|iranian-made|[\\w-]+-made|tactical|operational-tactical|reconnaissance|unmanned|aerial)_){0,3}(?:drones|uavs|shaheds|missiles|rockets|aircraft|aircrafts|planes|jets|helicopters|(?:air_)?targets|aerial_vehicles)
    (?<![\\w-])(?:\\d[\\d,]*%?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|dozens|hundreds|most)_(?:of_)?(?:(?:the|enemy|russian|ukrainian|incoming|hostile|strike|attack|kamikaze|cruise|ballistic|shahed|iranian-made)_){0,3}(?:drones|uavs|shaheds|missiles|rockets|aircraft|planes|helicopters|(?:air_)?targets)_(?:were_|was_|have_been_|had_been_)?(?:shot_down|downed|intercepted|destroyed)
  `),
  aimedAt: phrases(`
    shell(?:s|ed|ing)? (?:shelling|shellings|attacks?|strikes?|airstrikes?|bombardment|fire|raids?)_(?:on|of|at|against|in)
    attack(?:s|ed)? hit(?:s)? struck strik(?:es|ing) bombard(?:s|ed|ing)? pound(?:s|ed)? target(?:s|ed)
    fir(?:es|ed|ing)_(?:on|at|upon)
  `),
  townAndSurroundings: phrases(`
    and_(?:the|its)_(?:region|oblast|district|raion|area|surrounding_(?:area|villages|settlements)|villages|settlements|community)(?!['’])(?!_(?:close|near|next|adjacent|around|attorneys?|court|council|judge|police|sheriff)\\b)
  `),
  attackCounts: phrases(`
    (?<![:.,/\\d])(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|dozens_of|hundreds_of)_(?:(?!(?:killed|dead|died|wounded|injured|hurt|people|civilians|persons|in|on|at|by|of|from|as|after|during|and)_)[a-z][\\w-]*_){0,2}(?:strikes|airstrikes|air_strikes|attacks|shellings?|raids|bombardments|launches|times)
  `),
};

/** Damage to buildings and property. */
const damage = {
  verbs: wordList(`
    damag\\w* destroy\\w* ruin\\w* demolish\\w* level(?:l)?ed flattened struck hit collapsed burn(?:ed|t)
    set_(?:on_)?fire gutted blown_out shattered
  `).map((w) => w.replace(/_/g, " ")),
  /** Building and property nouns, plural and singular, as they end a damage phrase. */
  property: words(`
    blocks flats block flat buildings building houses house homes home schools school kindergartens kindergarten
    hospitals hospital colleges college universities university shops shop stores store cars car vehicles vehicle
    garages garage churches church warehouses warehouse enterprises enterprise facilities facility bridges bridge
    high-rises high-rise apartments apartment structures structure outbuildings outbuilding businesses business
    clinics clinic dormitories dormitory markets market stations station substations substation plants plant
    lines line offices office cottages cottage barns barn sheds shed trucks truck buses bus mosques mosque
    monasteries monastery temples temple theatres theatre theaters theater libraries library museums museum
  `),
  /** Words that may stand before a property noun ("residential buildings", "five-storey blocks"). */
  modifiers: wordList(`
    residential apartment multi-storey multi-story five-storey five-story high-rise private civilian public
    administrative educational medical higher education infrastructure industrial commercial religious power gas
    water heating transmission other more nearby neighbouring neighboring soviet-era \\w+-storey \\w+-story
  `),
  /** Nouns that are never property even after a damage verb. */
  notProperty: words(`people persons civilians children missiles drones rockets shells`),
};

/**
 * Incident types: cue fragments per type, most specific first (src/model.ts has the taxonomy). A cue
 * of a missile or drone strike does not count when the sentence says they were shot down.
 */
const types: Lexicon["types"] = [
  {
    type: "missile strike",
    cues: [
      String.raw`missiles?(?!\s+(?:sales?|supply|supplies|deliver\w*|purchases?|production|contracts?|exports?|shipments?|programm?es?|stockpiles?|treaty|systems?|defen[cs]es?|tests?|launch(?:ers?)? sites?)\b)`,
      String.raw`rocket (?:attack|strike)s?`, String.raw`rockets? (?:hit|struck|attack\w*)`,
      "atacms", "himars", "iskander", "kalibr", String.raw`kh-?\d{2,3}`, "s-?300", "storm shadow",
    ],
    unlessLater: "shot down",
  },
  {
    type: "drone strike",
    cues: [String.raw`drone (?:attack|strike)s?`, String.raw`drones? (?:hit|struck|attack\w*)`, "kamikaze drones?", String.raw`shahed\w*`, "uav (?:attack|strike)s?"],
    unlessLater: "shot down",
  },
  {
    type: "airstrike",
    cues: ["air ?strikes?", "air raids?", String.raw`aerial bomb\w*`, "guided (?:aerial )?bombs?", "bombed", "bombing raids?", "warplanes?", "bombers"],
  },
  {
    type: "shelling",
    // The verb in a headline's present too ("troops shell Rubizhne"); not a shotgun's shells, the
    // casings police find after a shooting, or someone "shell-shocked" (a concussion, no attack).
    cues: ["shelling", "shelled", String.raw`(?<!shotgun )shells?(?! casings?)(?!-?shock)`, "artillery", "mlrs", "grad", "smerch", "uragan", "mortars?", "howitzers?", "cannon fire"],
  },
  {
    type: "explosion",
    cues: ["explosions?", "exploded", "blasts?", "car bomb", String.raw`detonat\w*`, "improvised explosive", "ied", "landmines?", "land mines?", "grenade"],
  },
  {
    type: "armed clash",
    cues: ["clash(?:es|ed)?", "firefights?", "gunfights?", String.raw`skirmish\w*`, String.raw`ambush\w*`, "fierce fighting", "battles? (?:for|near|in)"],
  },
  {
    type: "shooting",
    cues: ["shootings?(?! down)", "shootout", "gunfire", "gunman", "gunmen", "gunshots?", "opened fire", "shot(?! down)", "shoots(?! down)", "fatally shot"],
  },
  {
    // A strike whose means the report does not name ("a Russian strike on the suburbs", "launched
    // mass strikes overnight"), as Ukrainian and Russian "удар по": named means win over it.
    type: "strike",
    cues: [String.raw`strikes? (?:on|at|against)`, String.raw`(?:launch\w*|carr(?:y|ied|ies) out|conduct\w*|deliver\w*) (?:\w+ ){0,2}strikes?`],
  },
];

/** A place said to change hands: "liberated Robotyne", "took control of the village of X". */
const territorialClaim = {
  verbs: [
    // (A headline's present tense too: "Forces liberate Chuhuiv", "Army captures Oakvale".)
    "liberated", "liberating", "liberates?", "liberation of", "captured", "capturing", "captures?", "capture of", "took control (?:of|over)",
    "taken control (?:of|over)", "seized", "seizes?", "retook", "retakes?", "recaptured", "recaptures?", "regained control (?:of|over)", "gained control (?:of|over)",
  ],
  /** "captured on video", "in captured Mariupol", "a flag on liberated Zmiinyi": the word is no claim after these. */
  notAfter: wordList(`in on of the newly recently temporarily from to near around at by with outside`),
  settlementNouns: wordList(`village town settlement city hamlet locality settlements villages towns`),
  /** "captured Russian soldiers": a capitalised word before these is no place. */
  notBefore: wordList(`police officers? deputies soldiers? troops regiment battalion brigade members fighters? mercenar(?:y|ies) commanders? militants? saboteurs? spy spies agents? lands? territor(?:y|ies)`),
  /** Peoples taken captive, not places taken ("captured Britons", "captured British citizens"). */
  demonyms: wordList(`Britons British Russians Russian Ukrainians Ukrainian Americans American`),
  /** "occupied the village of X". */
  occupyVerbs: wordList(`occupied entered`),
  occupiedNouns: wordList(`village town settlement city`),
};

/**
 * Ships' nouns. A ship named after a town is no place (places/roles.ts: "the cruiser Moskva"), and
 * a named ship is a target wherever it is (group/constraints.ts): later reports of it (a toll, the
 * crew) find its event though none names a town.
 */
const ships = {
  /** Before or after a name: "the cruiser Moskva", "the Moskva cruiser". */
  warships: wordList(`cruiser flagship warship frigate corvette destroyer submarine`),
  /** Before a name only ("the tanker X": "an Odesa tanker" may be a tanker at Odesa), save `afterName`. */
  others: ["ship", "vessel", "tanker", "carrier", "landing ship", "patrol ship", "cruise ship", "tugboat", "tug"],
  /** After a name too, as the warships: "the Moskva missile carrier", "its Moskva missile cruise ship". */
  afterName: ["carrier", "cruise ship"],
  /** Between a name and its noun: "the Moskva missile cruiser", "the Makarov guided-missile frigate". */
  between: [String.raw`(?:guided-)?missile`],
};

/** Weapons and means, as the page names them, most specific first; a specific one hides its generic kin. */
const means: Lexicon["means"] = [
  { label: "ATACMS missile", cues: ["atacms"], generic: "missile" },
  { label: "HIMARS rocket", cues: ["himars"], generic: "rocket" },
  { label: "Storm Shadow missile", cues: ["storm shadow"], generic: "missile" },
  { label: "Iskander missile", cues: [String.raw`iskander\w*`], generic: "missile" },
  { label: "Kalibr missile", cues: [String.raw`kalibr\w*`], generic: "missile" },
  { label: "Kh-101 missile", cues: [String.raw`kh-?\s?(?:101|22|555|59|31|47)`], generic: "missile" },
  { label: "S-300 missile", cues: ["s-?300"], generic: "missile" },
  { label: "cruise missile", cues: ["cruise missiles?"], generic: "missile" },
  { label: "ballistic missile", cues: ["ballistic missiles?"], generic: "missile" },
  { label: "missile", cues: ["missiles?"] },
  { label: "Shahed drone", cues: [String.raw`shahed\w*`], generic: "drone" },
  { label: "drone", cues: ["drones?", "uavs?", "unmanned aerial vehicles?", "kamikaze drones?"] },
  { label: "guided bomb", cues: ["guided (?:aerial )?bombs?", "kabs?"], generic: "airstrike" },
  { label: "airstrike", cues: ["air ?strikes?", "air raids?", String.raw`aerial bomb\w*`, "bombers?", "warplanes?", "fighter jets?"] },
  { label: "MLRS", cues: ["mlrs", "multiple (?:launch )?rocket launchers?", "grad", "smerch", "uragan", "tornado-s"], generic: "rocket" },
  { label: "rocket", cues: ["rockets?"] },
  { label: "mortar", cues: ["mortars?"] },
  { label: "artillery", cues: ["artillery", "howitzers?", "cannons?"] },
  { label: "shelling", cues: ["shell(?:ing|ed|s)"] },
  { label: "tank fire", cues: [String.raw`tanks? (?:fire|shell\w*)`] },
  { label: "car bomb", cues: [String.raw`car bomb\w*`], generic: "explosive" },
  { label: "mine", cues: ["landmines?", "land mines?", "anti-personnel mines?", "anti-tank mines?", "mine blast"], generic: "explosive" },
  { label: "grenade", cues: ["grenades?"], generic: "explosive" },
  { label: "explosive", cues: ["explosives?", "explosive devices?", "ieds?", "bombs?"] },
  {
    label: "gunfire",
    cues: ["gunfire", "gunshots?", "opened fire", "handguns?", "pistols?", "rifles?", "shotguns?", "revolvers?", "firearms?", "guns?", "shot (?:and killed|dead|to death)", "fatally shot", "(?:was|were) shot(?! down)"],
  },
];

/** Counting a salvo: "fired five US-made ATACMS missiles". */
const launches = {
  verbs: wordList(`fired fire launched launch launching firing struck_with attacked_with hit_with using used with`).map((w) => w.replace(/_/g, " ")),
  /** The means nouns a count stands before. */
  nouns: wordList(`missiles? drones? uavs? rockets? shells? bombs? atacms himars shaheds? iskanders? kalibrs? mines? grenades?`),
  /** Words that may stand between the count and the noun ("five US-made ATACMS"). */
  modifiers: wordList(`more cruise ballistic guided attack kamikaze combat enemy`),
};

/** Who says what a sentence states. */
const attribution = {
  speechVerbs: wordList(`said says say added adds reported reports told tells stated states announced announces confirmed confirms wrote writes noted notes claimed claims posted`),
  /** Outlets that sign their own copy: a signature is no speaker. */
  outletSignatures: wordList(`ukrinform censor\\.net reuters tass afp ap interfax`),
};

/**
 * Grouping (group/constraints.ts): what keeps reports of one place apart or ties a late report to
 * its event. Targets a follow-up names its strike by ("the mall strike"), each under one key for
 * its spellings; cues of a new attack; times of day as quarters (0 night, 1 morning, 2 afternoon,
 * 3 evening).
 */
const grouping = {
  targets: [
    { key: "mall", cues: ["malls?", "shopping (?:cent(?:er|re)|mall|complex)s?", "supermarkets?"] },
    { key: "theatre", cues: ["theat(?:re|er)s?", "drama theat(?:re|er)"] },
    { key: "prison", cues: ["prisons?", "penal colon(?:y|ies)", "colon(?:y|ies)", "detention (?:cent(?:er|re)|facility)", "jails?"] },
    // (A bare "station" is a railway's or a bus station's; not a subway's, a police or a filling station: a
    // shelled railway station "in central Ukraine" was placed at a New York subway shooting by it.)
    { key: "station", cues: ["(?:railway|train|rail|bus) stations?", String.raw`(?<!\b(?:subway|metro|underground|tube|police|fire|gas|petrol|filling|service|power|pumping|compressor|space|radio|tv|television|radar|weather|polling|research|ambulance) )stations?`] },
    { key: "bridge", cues: ["bridges?"] },
    { key: "dam", cues: ["dams?", "reservoirs?"] },
    { key: "plant", cues: ["power (?:plant|station)s?", "nuclear plant", "npp", "refiner(?:y|ies)", "oil depots?", "fuel depots?", "substations?"] },
    { key: "arms depot", cues: ["(?:ammo|ammunition|arms|weapons?|munitions?) (?:depots?|dumps?|stockpiles?|warehouses?)", "stockpiles? (?:of )?(?:weapon\\w*|ammunition|ammo|arms|munitions)", "(?:hangars?|warehouses?) with (?:weapons?|arms|ammunition)"] },
    { key: "airport", cues: ["airports?", "airfields?", "air ?bases?"] },
    { key: "port", cues: ["ports?", "harbou?rs?", "docks?"] },
    { key: "hospital", cues: ["hospitals?", "maternity (?:hospital|ward)s?", "clinics?"] },
    { key: "school", cues: ["schools?", "kindergartens?", "universit(?:y|ies)", "colleges?"] },
    // (Not a trade's market: "the hryvnia on the black market", "stock markets", "the labour market".)
    { key: "market", cues: [String.raw`(?<!\b(?:black|stock|labou?r|financial|currency|exchange|money|energy|gas|oil|grain|food|global|world|housing|property|bond|capital|domestic|foreign|international|free|single|common|car|insurance) )markets?`, "bazaars?"] },
    { key: "church", cues: ["churches?", "cathedrals?", "monaster(?:y|ies)", "mosques?", "synagogues?"] },
    { key: "museum", cues: ["museums?", "librar(?:y|ies)"] },
    // A government's building, named as one (a "regional administration" alone is most often who speaks).
    { key: "administration", cues: ["(?:government|administration|council) (?:buildings?|headquarters)", "buildings? of the (?:[\\w-]+ ){0,4}(?:administration|council|government)", "city hall", "town hall"] },
    { key: "hotel", cues: ["hotels?"] },
    { key: "stadium", cues: ["stadiums?", "sports? (?:complex|arena)s?"] },
    { key: "cafe", cues: ["caf(?:e|é)s?", "restaurants?", "pizzerias?", "bars?", "nightclubs?", "clubs?"] },
  ],
  /** A new attack on a place ("another missile strike", "shelled the city again", "a new wave of strikes"). */
  newAttack: [
    String.raw`(?:another|new|fresh|renewed|repeated) (?:[\w’'-]+ ){0,2}(?:attacks?|strikes?|shelling|bombardment|barrage|wave of (?:strikes|attacks)|missile attacks?|drone attacks?|shooting)`,
    String.raw`(?:attacked|shelled|struck|hit|bombed|targeted|fired at|fired on) (?:\w+ ){0,3}again`,
    String.raw`again (?:attacked|shelled|struck|hit|bombed|targeted|came under|fired?|fires|launched)`,
  ],
  /**
   * The event was in the night before the report's publication ("struck the city overnight"): two
   * such reports published on different days tell two nights.
   */
  // "Tonight" is the night before only where the calendar day follows it, as translations of
  // Ukrainian outlets' morning reports write it ("Tonight, August 13, the enemy shelled ..."); said
  // in the evening, it is the night to come.
  lastNight: [
    "last night", "overnight", "at night", "during the night", "in the night", "this night",
    String.raw`tonight,? (?:on )?(?:\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2})`,
  ],
  /**
   * The report tells what came after an event, not a new one: its toll rising, bodies found, the
   * rubble cleared. Such a report without a day may be days late (domain.ts UNDATED_LAG).
   */
  tollsAndRecovery: [
    String.raw`(?:death|casualty|injury) tolls?`, String.raw`(?:number|count) of (?:the )?(?:dead|killed|victims|injured|wounded)`,
    String.raw`bod(?:y|ies) (?:of [\w ]{1,30} )?(?:was |were |have been |has been )?(?:recovered|found|retrieved|pulled)`,
    String.raw`(?:from )?(?:under )?the rubble`, String.raw`died (?:of (?:his|her|their) (?:wounds|injuries) )?in hospital`,
    String.raw`(?:search and rescue|rescue) (?:operations?|work)`,
  ],
  /**
   * A city's part named with its city ("the Podilskyi district of Kyiv", "the Obolon
   * neighbourhood in Kyiv", "Kharkiv's Saltivka district"): the name is captured, a region after
   * it ("the Kremenchuk district of the Poltava region") makes it a rural district, no city's part.
   */
  cityParts: [
    String.raw`(?:the )?(\p{Lu}[\p{L}'’-]+) (?:micro)?(?:district|neighbou?rhood) (?:of|in) (?:the )?(?:city of )?\p{Lu}[\p{L}'’-]+(?![\p{L}'’-]| (?:region|oblast|province|area)\b)`,
    String.raw`\p{Lu}[\p{L}'’-]+['’]s (\p{Lu}[\p{L}'’-]+) (?:micro)?(?:district|neighbou?rhood)`,
  ],
  partsOfDay: [
    { quarter: 0, cues: ["at night", "last night", "overnight", "during the night", "in the night", "night(?:time)? (?:attack|strike|shelling)s?", "at dawn", "before dawn"] },
    { quarter: 1, cues: ["in the morning", "this morning", "morning (?:attack|strike|shelling)s?"] },
    { quarter: 2, cues: ["in the afternoon", "this afternoon", "afternoon (?:attack|strike|shelling)s?", "at noon", "midday"] },
    { quarter: 3, cues: ["in the evening", "this evening", "evening (?:attack|strike|shelling)s?", "tonight"] },
  ],
};

/** Words frequent in any English text and absent from Ukrainian and Russian (language detection). */
const functionWords = words(`the and of to in is was were a an for on with that by from at as said`);

export const en: Lexicon & {
  people: typeof people;
  numbers: typeof numbers;
  clauses: typeof clauses;
  casualty: typeof casualty;
  revisions: typeof revisions;
  calendar: typeof calendar;
  dates: typeof dates;
  tallies: typeof tallies;
  damage: typeof damage;
  territorialClaim: typeof territorialClaim;
  ships: typeof ships;
  launches: typeof launches;
  attribution: typeof attribution;
  grouping: typeof grouping;
  detection: typeof detection;
} = {
  lang: "en",
  script: "latin",
  functionWords,
  frontNouns: ["direction", "axis", "sector", "front"],
  types,
  means,
  people,
  numbers,
  clauses,
  casualty,
  revisions,
  calendar,
  dates,
  tallies,
  damage,
  territorialClaim,
  ships,
  launches,
  attribution,
  grouping,
  detection,
};
