import type { SearchDoc } from './matcher.ts';
import { newMark, readWordParts, type WordParts } from './word-parts.ts';

/** Parts of the words of the text being analysed, and their stems, kept for the next text. */
const parts: WordParts[] = [];
const stems: string[] = [];

/** The stems of a text that can identify a question: stopwords dropped, word forms merged. */
export function indexStems(text: string): string[] {
  const count = readWordParts(text, parts);
  let length = 0;
  for (let k = 0; k < count; k++) for (const s of parts[k]?.stems ?? []) stems[length++] = s;
  // A copy of exactly the right length: arrays grown by `push` keep spare room, which the index
  // would carry for as long as it lives.
  return stems.slice(0, length);
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
  // Per word, its count and the last entry counted, so a word an entry repeats counts once; a word
  // is looked at once per entry (its mark), the words it spells out once per word of the entry.
  const counts = new Map<string, { entries: number; last: number }>();
  docs.forEach((doc, index) => {
    const mark = newMark();
    const count = (text: string) => {
      const found = readWordParts(text, parts);
      for (let k = 0; k < found; k++) {
        const p = parts[k];
        if (p === undefined || p.mark === mark) continue;
        p.mark = mark;
        for (const w of p.words) {
          const c = counts.get(w);
          if (c === undefined) counts.set(w, { entries: 1, last: index });
          else if (c.last !== index) {
            c.entries++;
            c.last = index;
          }
        }
      }
    };
    count(doc.question);
    doc.alternates.forEach(count);
    doc.keywords.forEach(count);
    count(doc.answer);
  });
  const frequency = new Map<string, number>();
  for (const [w, c] of counts) frequency.set(w, c.entries);
  return frequency;
}
