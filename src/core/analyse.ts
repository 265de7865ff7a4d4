import { stem } from './stem.ts';
import { isStopword } from './stopwords.ts';
import { tokenise } from './tokenise.ts';

/** The stems of a corpus text that can identify a question: stopwords dropped, word forms merged. */
export function indexStems(text: string): string[] {
  const stems: string[] = [];
  for (const word of tokenise(text)) if (!isStopword(word)) stems.push(stem(word));
  return stems;
}
