// Word lists the casualty grammar (claims.ts) matches against. Kept apart so a reader can check
// what counts as a person, a casualty verb or a filler word without reading the grammar.

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Nouns for people in the plural: a count before one of these counts people. */
export const PERSON_PLURAL = words(`
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
`);

/** Nouns for one person: "a man was killed", "killed a 71-year-old woman", "the victim died". */
export const PERSON_SINGULAR = words(`
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
`);

/** Words that may sit between a number and its noun ("four peaceful civilians", "two more people"). */
export const COUNT_MODIFIERS = words(`
  more other additional peaceful young elderly old teenage adult innocent unarmed unidentified unknown
  local ukrainian russian american israeli palestinian syrian iraqi afghan civilian military police
  male female black white hispanic latino asian armed injured wounded dead shooting gunshot stabbing
  african-american u.s. us british french german polish foreign
`);

/** Auxiliaries and adverbs that may sit between a subject and its casualty predicate. */
export const PREDICATE_FILLERS = words(`
  was were is are has have had been being be reportedly also all both later each subsequently apparently
  allegedly initially believed thought confirmed said reported eventually ultimately then who that now still
  critically seriously fatally badly severely gravely slightly mortally accidentally reportedly later
  either either-way nearly almost likely later-on tragically unfortunately sadly listed
`);

/** Determiners that open a singular noun phrase ("a man", "the victim", "his wife"). */
export const SINGULAR_DETERMINERS = words(`a an the one another his her their its this that`);

/** Reflexive objects: "shot himself" is one person hurt, "killed herself" one person dead. */
export const REFLEXIVES = words(`himself herself themselves self`);
