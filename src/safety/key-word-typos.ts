/**
 * Typo tolerance for the key words the crisis rules rely on. A typed word one edit (insertion,
 * deletion, substitution or adjacent swap) away from a key word is read as that key word, so
 * "myslef", "boyfreind", "molestd", "sucicide" reach the rules. Only long words (see
 * MIN_KEY_WORD_LENGTH) with the same first letter are corrected; shorter key words ("kill", "rape")
 * carry their own variants in the rules, where each one is a deliberate, reviewed choice.
 */
const KEY_WORDS: readonly string[] = [
  'myself', 'suicide', 'suicidal', 'overdose', 'overdosed', 'overdosing',
  'molest', 'molested', 'molesting', 'molester', 'molests', 'sexually', 'assaulted',
  'strangled', 'strangles', 'strangling', 'threatened', 'threatens', 'threatening',
  'husband', 'boyfriend', 'girlfriend', 'partner', 'stepdad', 'touching', 'abusive', 'abusing',
  'punches', 'punched', 'terrified', 'pedophile', 'grooming', 'groomed', 'anymore', 'without',
  'everyone',
];

/** Real words one edit from a key word: never "corrected" into it ("amusing" is not "abusing"). */
const REAL_WORDS = new Set([
  'overdone', 'overdoes', 'amusing', 'abrasive', 'torching', 'grooving', 'grooved', 'partier',
]);

/** Key words shorter than this (unit: letters) are not typo-corrected: too many real neighbours. */
const MIN_KEY_WORD_LENGTH = 6;

/** Longest first, so a slip one edit from two forms ("molestd") reads as the longer ("molested"). */
const BY_FIRST_LETTER = new Map<string, string[]>();
for (const word of [...KEY_WORDS].sort((a, b) => b.length - a.length)) {
  const bucket = BY_FIRST_LETTER.get(word[0] ?? '') ?? [];
  bucket.push(word);
  BY_FIRST_LETTER.set(word[0] ?? '', bucket);
}

/** The key word `token` is a slip of, or `token` itself. */
export function correctKeyWordTypo(token: string): string {
  if (token.length < MIN_KEY_WORD_LENGTH - 1 || REAL_WORDS.has(token)) return token;
  const candidates = BY_FIRST_LETTER.get(token[0] ?? '');
  // A plural or possessive ("husbands", "partners") is a real word, not a slip.
  if (candidates === undefined || candidates.includes(token) || (token.endsWith('s') && candidates.includes(token.slice(0, -1)))) return token;
  return candidates.find((word) => withinOneEdit(token, word)) ?? token;
}

/** Optimal-string-alignment distance ≤ 1, in one pass over the shorter word. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
