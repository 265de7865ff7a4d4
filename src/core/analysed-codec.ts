/**
 * A compact text form of entries' words (`DocWords`) or stems, so the bundled corpus ships what
 * matching needs instead of its full text. One line per entry; tab-separated fields: question,
 * alternates, keywords, answer; `|` between phrasings, spaces between words. Words are normalised
 * (letters and digits only), so the separators cannot occur in them.
 */
import type { AnalysedDoc } from './analyse.ts';

const phrase = (stems: readonly string[]) => stems.join(' ');
const phrases = (list: readonly (readonly string[])[]) => list.filter((p) => p.length > 0).map(phrase).join('|');
const stemsOf = (text: string): string[] => (text === '' ? [] : text.split(' '));

/**
 * Empty phrasings (all stopwords) are dropped: they match nothing. The answer's words are sorted, as
 * only their counts matter to ranking, and repeats then compress to almost nothing.
 */
export function encodeAnalysed(docs: readonly AnalysedDoc[]): string {
  return docs
    .map((d) => [phrase(d.question), phrases(d.alternates), phrases(d.keywords), phrase(d.answer.toSorted())].join('\t'))
    .join('\n');
}

export function decodeAnalysed(text: string): AnalysedDoc[] {
  if (text === '') return [];
  return text.split('\n').map((line) => {
    const [question = '', alternates = '', keywords = '', answer = ''] = line.split('\t');
    const list = (field: string) => (field === '' ? [] : field.split('|').map(stemsOf));
    return { question: stemsOf(question), alternates: list(alternates), keywords: list(keywords), answer: stemsOf(answer) };
  });
}
