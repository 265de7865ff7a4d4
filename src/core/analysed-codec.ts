/**
 * A compact text form of the words visitors ask an entry with (`AskedWords`), so the bundled corpus
 * ships what matching needs instead of its full text. Tab-separated fields: question, alternates,
 * keywords; `|` between phrasings, spaces between words. Words are normalised (letters and digits
 * only), so the separators cannot occur in them.
 */
import type { AskedWords } from './doc-words.ts';

const phrase = (words: readonly string[]) => words.join(' ');
const phrases = (list: readonly (readonly string[])[]) => list.filter((p) => p.length > 0).map(phrase).join('|');
const wordsOf = (text: string): string[] => (text === '' ? [] : text.split(' '));
const listOf = (text: string): string[][] => (text === '' ? [] : text.split('|').map(wordsOf));

/** Empty phrasings (all stopwords) are dropped: they match nothing. */
export function encodeAsked(doc: AskedWords): string {
  return [phrase(doc.question), phrases(doc.alternates), phrases(doc.keywords)].join('\t');
}

export function decodeAsked(text: string): AskedWords {
  const [question = '', alternates = '', keywords = ''] = text.split('\t');
  return { question: wordsOf(question), alternates: listOf(alternates), keywords: listOf(keywords) };
}
