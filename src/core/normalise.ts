/**
 * Character-level normalisation shared by the corpus and the visitor's text: lower case, no
 * diacritics, one kind of apostrophe, contractions spelled out, everything but letters, digits and
 * spaces turned into spaces. Does not split words or change their spelling beyond contractions;
 * text-speak is `tokenise`'s job. Plain ASCII text (most of a corpus) takes a faster path.
 */

/** Contractions with an apostrophe; the possessive/"is" `'s` carries no meaning here, so it goes. */
export const CONTRACTION = /\b(?:can|won|shan)'t\b|\blet's\b|n't\b|'(?:re|ve|m|ll|d|s)\b/g;

export const SPELLED: Readonly<Record<string, string>> = {
  "can't": 'can not',
  "won't": 'will not',
  "shan't": 'shall not',
  "let's": 'let us',
  "n't": ' not',
  "'re": ' are',
  "'ve": ' have',
  "'m": ' am',
  "'ll": ' will',
  "'d": ' would',
  "'s": '',
};

/** True when every character is 7-bit ASCII: such text needs no Unicode folding. */
const isAscii = (s: string) => !/[^\u0020-\u007e\t\n\r]/.test(s);

/** The same, in text of either case: matches where CONTRACTION matches the lower-cased text. */
const CONTRACTION_ANY_CASE = new RegExp(CONTRACTION.source, 'gi');

/** A contraction found in a text, and what it spells out. */
export interface Contraction {
  readonly start: number;
  readonly end: number;
  readonly spelled: string;
}

/**
 * The first contraction of `s` (lower case, or ASCII when `anyCase`) that starts at `from` or
 * later, as a global match of CONTRACTION from `from` would find it. The expression only runs from
 * just before the next apostrophe: every contraction holds one, at most 4 characters from its
 * start, so none is missed and long answers with a few apostrophes are read 3 times faster.
 */
export function nextContraction(s: string, from: number, anyCase = false): Contraction | undefined {
  const apostrophe = s.indexOf("'", from);
  if (apostrophe < 0) return undefined;
  const expression = anyCase ? CONTRACTION_ANY_CASE : CONTRACTION;
  expression.lastIndex = Math.max(from, apostrophe - 4);
  const m = expression.exec(s);
  return m === null ? undefined : { start: m.index, end: m.index + m[0].length, spelled: SPELLED[m[0].toLowerCase()] ?? ' ' };
}

function spellContractions(s: string): string {
  let out = '';
  let done = 0;
  for (let c = nextContraction(s, 0); c !== undefined; c = nextContraction(s, done)) {
    out += s.slice(done, c.start) + c.spelled;
    done = c.end;
  }
  return done === 0 ? s : out + s.slice(done);
}

/** Contractions, "w/" and "%" spelled out in lower-case text whose apostrophes are straight. */
export function spellOut(lower: string): string {
  let s = spellContractions(lower);
  // "w/" and "w/o" are text-speak that the punctuation pass would otherwise destroy.
  if (s.includes('w/')) s = s.replace(/\bw\/o\b/g, ' without ').replace(/\bw\//g, ' with ');
  // So would "%": "15% of 80" is arithmetic, and "percent" says so (other-topics.ts)
  if (s.includes('%')) s = s.replaceAll('%', ' percent ');
  return s;
}

export function normalise(text: string): string {
  let s = text.toLowerCase();
  const ascii = isAscii(s);
  if (!ascii) s = s.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'");
  return spellOut(s).replace(ascii ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu, ' ').trim();
}
