/**
 * Character-level normalisation shared by the corpus and the visitor's text: lower case, no
 * diacritics, one kind of apostrophe, contractions spelled out, everything but letters, digits and
 * spaces turned into spaces. Does not split words or change their spelling beyond contractions;
 * text-speak is `tokenise`'s job.
 */

/** Contractions with an apostrophe, most specific first; the possessive/"is" `'s` carries no meaning here. */
const CONTRACTIONS: readonly (readonly [RegExp, string])[] = [
  [/\bcan'?t\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/\bshan't\b/g, 'shall not'],
  [/\blet's\b/g, 'let us'],
  [/n't\b/g, ' not'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'m\b/g, ' am'],
  [/'ll\b/g, ' will'],
  [/'d\b/g, ' would'],
  [/'s\b/g, ''],
];

export function normalise(text: string): string {
  let s = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'");
  for (const [pattern, replacement] of CONTRACTIONS) s = s.replace(pattern, replacement);
  // "w/" and "w/o" are text-speak that the punctuation pass below would otherwise destroy.
  s = s.replace(/\bw\/o\b/g, ' without ').replace(/\bw\//g, ' with ');
  return s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
