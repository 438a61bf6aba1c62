// One lexicon per language (en.ts, uk.ts, ru.ts): the words each language's fact grammars match.
// Every lexicon fills the roles below; a language's own grammar may read more roles of its own
// lexicon (the English grammar's people, clauses, casualty verbs...). A new language is a new
// lexicon file plus its tests: detection, types and means read these roles only.
import type { IncidentType, Qualifier } from "../../model.js";

/** The languages the digest reads. */
export type Lang = "en" | "uk" | "ru";
export const LANGS: readonly Lang[] = ["en", "uk", "ru"];

/** Cues of one incident type: regular-expression fragments, each one alternative, whole words. */
export interface TypeCues {
  type: IncidentType;
  cues: string[];
  /** Words that take the cue back ("missiles ... were shot down"): later in an English sentence, anywhere in a Ukrainian or Russian one. */
  unlessLater?: string;
}

/** One means or weapon as the page names it, its cues, and the generic label it hides. */
export interface MeansCues {
  label: string;
  cues: string[];
  generic?: string;
}

/** What tells a language apart in a text. */
export interface LanguageSigns {
  lang: Lang;
  script: "latin" | "cyrillic";
  /** Letters this language writes and the other languages of its script do not ("іїєґ"). */
  letters?: string;
  /** Frequent short words of the language (for texts too short to show a telling letter). */
  functionWords: Set<string>;
}

/**
 * What the words of a clause do, for telling the report of an event from talk about one
 * (facts/clauses.ts). Each entry is a whole-word regular-expression fragment; the grammar reads
 * which role's word heads the clause, so another language fills the same roles with its own words.
 */
export interface DetectionRoles {
  /** Verbs that say something happened to someone or something: "killed", "hit", "shelled", "shot down". */
  eventVerbs: string[];
  /**
   * The other side's version of an event, which heads its clause before any word of talk: a
   * confirmation of the strike with its own target, a denial of the other side's claims ("the
   * ministry confirmed the strike", "diplomat castigates claims about the strike"). A fact of the
   * event, as a casualty update is.
   */
  counterClaims?: string[];
  /** Footage or photos of a strike posted: "shares photos after the missile attack on X" (a fact of the event, as a toll update is). */
  footageOfEvent?: string[];
  /** Verbs of a place changing hands ("captured", "took control"): an event when a place follows. */
  claimVerbs: string[];
  /** Words before such a verb that make it an adjective or a relative clause ("in captured X", "those killed"). */
  notHeadAfter: string[];
  /** Words before an event verb that make it an infinitive ("to hit"): a purpose or a plan, no happening. */
  infinitive: string[];
  /**
   * A modal or a bare "be" right before an event verb ("will hit", "must be destroyed"): what may,
   * must or will happen. Where the modal itself heads nothing, as in a relative clause ("a rival
   * that must be destroyed", "a plan that would hit the economy"), the verb tells no happening either.
   * So does an adverb of a habit ("the troops that regularly fired at the dam"): a situation, no one event.
   */
  notHappenedAfter?: string[];
  /** Adjectives before an event verb's form that make it a noun ("quick hits"). */
  adjectivesBeforeNoun: string[];
  /** Prepositions before an event verb's form that make it an adjective ("from destroyed Mariupol", "with damaged roofs"). */
  prepositionsBeforeAdjective?: string[];
  /**
   * Adverbs of degree that may stand between such a word and the verb's form ("to the practically
   * destroyed city", "the heavily damaged plant"): the word before them decides.
   */
  degreeAdverbs?: string[];
  /**
   * Casualty words that name people where a verb follows them ("600 wounded are blocked at the
   * plant", "heavily wounded evacuated"): that verb heads the clause, not the casualty word.
   */
  casualtyNouns?: string[];
  /**
   * Casualty words that, opening a clause before a noun, are its adjective ("Wounded defenders are
   * operated on in the basement"), unless a word of `casualtyVerbFollowers` follows ("Injured in
   * shelling", "Wounded and killed").
   */
  casualtyAdjectives?: string[];
  casualtyVerbFollowers?: string[];
  /** Nouns after a weapon's name that make it the weapon's trade or industry ("rocket program", "drone makers"). */
  weaponTrade?: string[];
  /**
   * An event's or a weapon's word in a sense that is no violence ("hunger strike", "heart attack",
   * "moon rocket", "coal mine"): left out of what a clause is read for, as a weapon's trade is.
   */
  peacefulSenses?: string[];
  /**
   * Damage participles that, opening a clause or a list's item before a building or property noun,
   * are its adjective ("Fuel, destroyed property, schools: the cabinet meets", "destroyed houses and
   * a school"): the damage is a situation shown or discussed, no verb of the clause.
   */
  damagedPropertyAdjectives?: string[];
  /** Two casualty words joined before a people noun ("killed and wounded soldiers"): that noun's adjectives, unless after an auxiliary. */
  casualtyPairsBeforePeople?: string[];
  /** Words that may stand between a subject and its verb ("are", "were", "still"). */
  auxiliaries?: string[];
  /**
   * A clause's own verb after an event participle and its phrase ("buildings damaged in shelling
   * will be demolished", "those wounded in the strike remain in hospital"): the participle only
   * describes its noun, and the later verb heads the clause.
   */
  predicatesAfterParticiple?: string[];
  /** Nouns of one event, in the singular: a clause without a verb that names one is a headline of it. */
  eventNouns: string[];
  /** Words before an event noun that make the event one that has not happened ("a possible blast at the dam", "the imminent offensive"). */
  hypotheticalBeforeNoun?: string[];
  /**
   * Event nouns of sustained fire ("shelling", "bombardment"): over a whole region they tell the
   * region's day, not one event, so a region's toll told with them alone is a tally.
   */
  sustainedFire: string[];
  /** Nouns of an area wider than a settlement ("region", "district"): a label naming one is a rubric. */
  areaNouns: string[];
  /** Words before a country's name that make it a part of it ("eastern Ukraine"). */
  partOfCountry: string[];
  /**
   * Nouns after a country's name (possessive or not, a word of `partOfCountry` between) that make
   * it a part of it: "Ukraine's rebel east", "the Ukraine rebel hub".
   */
  partOfCountryAfter: string[];
  /**
   * Nouns of one settlement or building after a country's or region's name ("the Ukraine rebel hub",
   * "a DPR town", "a Ukraine elevator blast"): one place in it, though unnamed.
   */
  sitesAfterArea?: string[];
  /**
   * Victims told as persons ("a man was killed", "two women"), not as a category counted ("three
   * civilians"): a region's toll told so is one scene's, not the region's day (group/reports.ts).
   */
  victimsAsPersons?: string[];
  /** Heads whose news is a reaction, comment or judgement: "condemns", "calls on", "told ... about". */
  reaction: string[];
  /** Mood: what may, will or should happen, or is tried: "will", "expected", "threatens to", "trying to". */
  outlook: string[];
  /** Courts, investigations and arrests: a case about an event. */
  legal: string[];
  /** Diplomacy, aid, sanctions and exchanges. */
  diplomacy: string[];
  /** Forces moved, massed, exercised or on alert: no event yet ("deploys", "exercises", "on alert"). */
  posture: string[];
  /** Weapons named as such ("missiles", "Kalibr"): a type cue that is only one of them tells no event where nothing heads the clause. */
  weapons: string[];
  /** Fighting told as a front's operational summary: "repelled assaults", "fought along the front". */
  front: string[];
  /** Finds, burials and exhumations of people killed earlier: "bodies found", "exhumation", "funeral". */
  aftermath: string[];
  /** Explainers, analysis, opinion. */
  analysis: string[];
  /** Footage posted by an outlet ("VIDEO", "footage", "filmed"): with no day and no town told, an earlier engagement's. */
  footage: string[];
  /**
   * Outlook heads that are someone's words ("warns deaths will be many more", "threatens to step up
   * strikes"): heading a report, they make it a statement (group/reports.ts). Other forecasts ("tried
   * to attack", "may have been destroyed", "could leave the town without power") head event reports
   * as often.
   */
  spokenOutlook?: string[];
  /**
   * Sources whose words are an assessment, not a witness's or an authority's report of an event:
   * an intelligence service, an analyst, a think tank. A clause that is only such a source ("...
   * - British intelligence", "– US analyst") or opens with one speaking ("ISW notes ...", "British
   * intelligence on ...") marks the passage an analysis: a report under it follows an event up.
   */
  analystSources?: string[];
  analystSpeech?: string[];
  /**
   * A passage opening with the calendar day it counts ("On October 18, 15 people were found dead"):
   * with no place and no one event named, a country's count of that day (group/reports.ts).
   */
  dayOpenings?: string[];
  /** An activity or a state that goes on rather than one event: "continues to", "is killing", "remain in hospital". */
  ongoing: string[];
  /** Live pages and round-ups of many topics: "live", "latest updates", "day 125". */
  liveBlog: string[];
  /** Words opening a question: a clause that asks one ("Which rocket killed 30 people?") is an analysis of the event. */
  questionWords?: string[];
  /** Words that open background to the main clause: "after", "following", "amid". */
  subordinators: string[];
  /**
   * Pronouns opening a relative clause after a comma (", who killed people there,"): where a comma
   * closes it, the main clause goes on after it ("the soldier, who ..., has been identified").
   */
  relativePronouns?: string[];
  /**
   * Casualty participles opening a phrase a comma sets apart after a noun ("defenders, killed in
   * the attack on the prison, were honoured"): where a comma closes it and talk heads what follows,
   * the phrase describes the noun and the talk decides.
   */
  describingParticiples?: string[];
  /**
   * Subordinators whose clause is background only where no event verb heads it: "refugees flee as
   * troops renew their assault" tells a flight, "casualties as fighting breaks out" the fighting.
   */
  weakSubordinators?: string[];
  /** A count over a period: "over the past day", "per day", "since February". */
  periodScopes: string[];
  /**
   * Periods longer than a day among those scopes ("in a week", "over the past months"): a count over
   * one at one settlement is its weeks' tally, not its day's one event (group/reports.ts).
   */
  periodsLongerThanDay?: string[];
  /**
   * The past day as a round-up tells it ("over the past day", "in the last 24 hours", "during the
   * day"): told over two or more settlements, a region's or a front's day (group/reports.ts).
   */
  pastDay?: string[];
  /** A count over many places: "across the region", "in 12 settlements", "at unspecified locations". */
  areaScopes: string[];
  /**
   * Two or more districts of a region named together ("the Oakvale and Milltown districts of the
   * region"): many places where an event verb heads the clause ("shelled the ... districts"); a
   * clause no event heads ("was most active in the ... districts") is left to the headline.
   */
  districtLists?: string[];
  /** A count of attacks ("carried out 15 shellings", "10 airstrikes"): a tally unless one settlement is named. */
  attackCounts: string[];
  /**
   * Air defence's score of aerial targets downed: "shot down 12 drones", "downs 79% of drones", "most
   * missiles intercepted", and enemy personnel "destroyed" or "eliminated" ("destroyed 60 invaders").
   * With no place finer than a country it is the force's tally of a night or of the war, not one
   * engagement.
   */
  targetCounts?: string[];
  /**
   * Words that aim an event at what follows: "shelled", "attack on", "shelling of", "hit". A day's
   * count aimed at a whole region ("shelled the Kherson region 40 times in a day") is the region's,
   * whatever town a sentence of it names (group/reports.ts).
   */
  aimedAt?: string[];
  /**
   * A town's surroundings named beside it ("shelled Kharkiv and the region", "the city and the
   * district"): a day counted over them is the region's, not the town's (group/reports.ts).
   */
  townAndSurroundings?: string[];
}

export interface Lexicon extends LanguageSigns {
  /** Incident types, most specific first (see facts/incident-types.ts for how cues vote). */
  types: TypeCues[];
  /** Means and weapons, most specific first. */
  means: MeansCues[];
  /** Incident detection; a language without it reads every passage with incident words as an event. */
  detection?: DetectionRoles;
  /**
   * Stems of the nouns of a front's sector named after a town ("на Покровському напрямку", "на
   * бахмутском фронте", "in the Kherson direction"): a town's name or adjective there is the front
   * near the town, a regional capital's the front in its region, and a name that is no town's
   * adjective ("Таврійський") no place.
   */
  frontNouns: string[];
}

/**
 * The roles the Ukrainian and Russian grammar (facts/slavic/) reads. Words inflect, so entries are
 * stems: a trailing "*" stands for any further letters ("загин*" is загинули, загинула, загиблих).
 */
export interface SlavicLexicon extends Lexicon {
  casualty: {
    /** Words saying people died ("загинули", "погибших", "жертвами"). */
    killed: string[];
    /** Words saying people were hurt ("поранені", "отримали поранення", "ранены"). */
    injured: string[];
    missing: string[];
    /** "у важкому стані", "в тяжелом состоянии". */
    grave: string[];
    /** Nouns a count is of ("людей", "людини", "осіб", "человек", "мирных жителей"). */
    people: string[];
    /** Nouns of one person, counted as 1 with no number ("загинула жінка", "погиб мужчина"). */
    onePerson: string[];
    /** Number words in every case form they are written in, with their values. */
    numbers: Record<string, number>;
    /** Words before a number and the qualifier they give ("щонайменше" -> at least). */
    qualifiers: [words: string, qualifier: Qualifier][];
    /** Phrases that make a count a running tally ("з початку повномасштабного вторгнення"). */
    tallies: string[];
    /** Phrases that make a count a revision ("зросла до", "возросло до"). */
    revisions: string[];
  };
  attribution: {
    /** Verbs of telling ("повідомив", "заявили", "сообщает"). */
    speech: string[];
    /** Phrases introducing a source ("за даними", "по словам"). */
    according: string[];
    /** Verbs of accusing and claiming ("звинуватив", "стверджує", "обвиняет"): a capital before them speaks for its government, one after them is accused. */
    accusation: string[];
  };
  dates: {
    /** Words of today and of the night before ("сьогодні", "вночі"), read as the publication day when chrono reads them later. */
    today: string[];
  };
  /**
   * Region names ("Донецька область", "Донеччина", "Крим") and the gazetteer key of the region they
   * name ("Donetsk oblast"); the lookup declines them ("на Донеччині", "Донецької області").
   */
  regionNames: Record<string, string>;
  /**
   * Names that, after "на", mean the region named after the city ("на Запоріжжі" is the oblast,
   * "у Запоріжжі" the city), with the gazetteer key of the region they mean.
   */
  regionAfterNa: Record<string, string>;
  /** Stems of adjectives of countries and peoples, never read as a town's adjective ("Українські" is not Ukrainsk's). */
  notPlaceAdjectives: string[];
  /**
   * Stems of nouns whose quoted name is a thing's, not a place's: the pipeline «Дружба», the
   * missile «Пекло», the operation «Павутина» (an airfield «Саки» or a port «Рені» is its town's).
   */
  namedThingNouns: string[];
  /** Words after a name that make it an institution's or a force's: "у Білому домі", "Сили оборони". */
  organisationAfter: string[];
  /** Stems of compass adjectives: "на Південному напрямку" is a front, not the town Південне. */
  compassAdjectives: string[];
  /**
   * Abbreviations of a region's administration that its adjective agrees with as with "область"
   * ("Харківської ОВА", "в Івано-Франківській ОДА"): the region speaking or where something happened.
   */
  regionAdministrations: string[];
}
