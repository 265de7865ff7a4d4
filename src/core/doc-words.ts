/**
 * An entry's words, tokenised and without stopwords, before stemming: what the bundled corpus ships
 * (scripts/build-corpus.ts). From them the browser gets both the index's stems and the vocabulary
 * typos are corrected to, without downloading or tokenising the entries' full text.
 */
import type { AnalysedDoc } from './analyse.ts';
import type { SearchDoc } from './matcher.ts';
import { stem } from './stem.ts';
import { isStopword } from './stopwords.ts';
import { tokenise } from './tokenise.ts';

/** The same shape as `AnalysedDoc`, holding words instead of their stems. */
export type DocWords = AnalysedDoc;

const wordsOf = (text: string): string[] => tokenise(text).filter((w) => !isStopword(w));

export function docWords(doc: SearchDoc): DocWords {
  return {
    question: wordsOf(doc.question),
    alternates: doc.alternates.map(wordsOf),
    keywords: doc.keywords.map(wordsOf),
    answer: wordsOf(doc.answer),
  };
}

/** The entries' stems, as `analyseDoc` gives them; each distinct word is stemmed once. */
export function stemDocs(docs: readonly DocWords[]): AnalysedDoc[] {
  const stems = new Map<string, string>();
  const stemOf = (word: string) => {
    let s = stems.get(word);
    if (s === undefined) stems.set(word, (s = stem(word)));
    return s;
  };
  const all = (list: readonly string[]) => list.map(stemOf);
  return docs.map((d) => ({
    question: all(d.question),
    alternates: d.alternates.map(all),
    keywords: d.keywords.map(all),
    answer: all(d.answer),
  }));
}

/** Each word and the number of entries using it, as `wordFrequency` counts them. */
export function wordCounts(docs: readonly DocWords[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of docs) {
    const words = new Set([...d.question, ...d.alternates.flat(), ...d.keywords.flat(), ...d.answer]);
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}
