// One lexicon per language (en.ts, uk.ts, ru.ts): the words each language's fact grammars match.
// Every lexicon fills the roles below; a language's own grammar may read more roles of its own
// lexicon (the English grammar's people, clauses, casualty verbs...). A new language is a new
// lexicon file plus its tests: detection, types and means read these roles only.
import type { IncidentType } from "../../model.js";

/** The languages the digest reads. */
export type Lang = "en" | "uk" | "ru";
export const LANGS: readonly Lang[] = ["en", "uk", "ru"];

/** Cues of one incident type: regular-expression fragments, each one alternative, whole words. */
export interface TypeCues {
  type: IncidentType;
  cues: string[];
  /** Words that, later in the same sentence, take the cue back ("missiles ... were shot down"). */
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

export interface Lexicon extends LanguageSigns {
  /** Incident types, most specific first (see facts/types.ts for how cues vote). */
  types: TypeCues[];
  /** Means and weapons, most specific first. */
  means: MeansCues[];
}
