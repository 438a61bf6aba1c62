// Spelling variants of romanised Cyrillic names that no single scheme gives: "Shchastia" and
// "Schastia", "Kryvyi", "Kryvyy", "Kryvij" and "Krivij", "Yenakiieve" and "Enakieve",
// "Zaporizhzhia" and "Zaporizhia", "Zhuljany" and "Zhuliany". Every Latin spelling of a place in
// a Cyrillic country is also filed under its loose key, in a namespace of its own, and a span the
// exact keys do not know is looked up there: a fallback, never a rival of an exact match.

const LOOSE_PREFIX = "~";

/** The loose key of a folded Latin spelling (see foldName), or null for non-Latin keys. */
export function looseKey(folded: string): string | null {
  if (!/^[a-z\s]+$/.test(folded)) return null;
  const loose = folded
    .replace(/shch/g, "sch")
    .replace(/zhzh/g, "zh")
    .replace(/[jy]/g, "i")
    .replace(/i+/g, "i")
    .replace(/ie/g, "e")
    .replace(/([bcdfgklmnprstvz])\1/g, "$1");
  return LOOSE_PREFIX + loose;
}
