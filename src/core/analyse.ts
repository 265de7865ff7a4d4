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
  /** Distinct normalised words (stopwords excluded), for typo correction. */
  readonly words: ReadonlySet<string>;
}

export function analyseDoc(doc: SearchDoc): AnalysedDoc {
  const words = new Set<string>();
  const stemsOf = (text: string): string[] => {
    const stems: string[] = [];
    for (const word of tokenise(text)) {
      if (isStopword(word)) continue;
      words.add(word);
      stems.push(stem(word));
    }
    return stems;
  };
  return {
    question: stemsOf(doc.question),
    alternates: doc.alternates.map(stemsOf),
    keywords: doc.keywords.map(stemsOf),
    answer: stemsOf(doc.answer),
    words,
  };
}
