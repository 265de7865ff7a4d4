import { stem } from './stem.ts';
import { isStopword } from './stopwords.ts';
import { tokenise } from './tokenise.ts';
import type { SearchDoc } from './matcher.ts';

/** The stems of a text that can identify a question: stopwords dropped, word forms merged. */
export function indexStems(text: string): string[] {
  const stems: string[] = [];
  for (const word of tokenise(text)) if (!isStopword(word)) stems.push(stem(word));
  return stems;
}

/** An entry as the indexes see it, each text analysed once. */
export interface AnalysedDoc {
  readonly question: readonly string[];
  /** Stems per alternate. */
  readonly alternates: readonly (readonly string[])[];
  /** Stems per keyword. */
  readonly keywords: readonly (readonly string[])[];
  readonly answer: readonly string[];
}

export function analyseDoc(doc: SearchDoc): AnalysedDoc {
  return {
    question: indexStems(doc.question),
    alternates: doc.alternates.map(indexStems),
    keywords: doc.keywords.map(indexStems),
    answer: indexStems(doc.answer),
  };
}

/** Every normalised word of the entries (stopwords excluded) with the number of entries using it: what typos are corrected to. */
export function wordFrequency(docs: readonly SearchDoc[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const doc of docs) {
    const words = new Set<string>();
    for (const text of [doc.question, ...doc.alternates, ...doc.keywords, doc.answer]) {
      for (const word of tokenise(text)) if (!isStopword(word)) words.add(word);
    }
    for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  }
  return frequency;
}
