// A function's answers remembered by key, for pure functions asked the same keys over and over
// (folding "Ukraine", looking up "Kyiv"). Bounded: past `limit` keys it starts afresh, so a huge
// build never holds every key it ever saw.
export function rememberAnswers<T>(answer: (key: string) => T, limit: number): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    // One hash lookup for a remembered answer (these run millions of times a build, so no rest
    // arguments here: they cost an array a call); a second only for an answer that is itself undefined.
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as T;
    return remember(answers, key, answer(key), limit);
  };
}

/** The same for a function of several arguments, remembered under the key `keyOf` makes of them. */
export function rememberAnswersBy<A extends unknown[], T>(keyOf: (...args: A) => string, answer: (...args: A) => T, limit: number): (...args: A) => T {
  const answers = new Map<string, T>();
  return (...args) => {
    const key = keyOf(...args);
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as T;
    return remember(answers, key, answer(...args), limit);
  };
}

function remember<T>(answers: Map<string, T>, key: string, found: T, limit: number): T {
  if (answers.size >= limit) answers.clear();
  answers.set(key, found);
  return found;
}
