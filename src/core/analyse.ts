import { stem } from './stem.ts';
import { isStopword } from './stopwords.ts';
import { eachNormalisedWord, spelledOut } from './tokenise.ts';
import type { SearchDoc } from './matcher.ts';

/** What a normalised word adds to an index: its words after text-speak, stopwords dropped, and their stems. */
interface WordParts {
  readonly words: readonly string[];
  readonly stems: readonly string[];
}

/**
 * Most words whose parts are remembered (unit: distinct normalised words). A corpus of 2,000
 * entries has a few thousand; emptied when full so a long-lived page cannot grow it without bound.
 */
const PARTS_LIMIT = 50_000;
const partsCache = new Map<string, WordParts>();

/**
 * The parts of a normalised word, remembered: a corpus repeats the same few thousand words hundreds
 * of thousands of times, and one look-up replaces three (text-speak, stopwords, stem).
 */
function partsOf(raw: string): WordParts {
  let parts = partsCache.get(raw);
  if (parts === undefined) {
    const words = spelledOut(raw).filter((w) => !isStopword(w));
    parts = { words, stems: words.map(stem) };
    if (partsCache.size >= PARTS_LIMIT) partsCache.clear();
    partsCache.set(raw, parts);
  }
  return parts;
}

/** The stems of a text that can identify a question: stopwords dropped, word forms merged. */
export function indexStems(text: string): string[] {
  const stems: string[] = [];
  eachNormalisedWord(text, (raw) => {
    for (const s of partsOf(raw).stems) stems.push(s);
  });
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
  // Per word, its count and the last entry counted, so a word an entry repeats counts once.
  const counts = new Map<string, { entries: number; last: number }>();
  docs.forEach((doc, index) => {
    const count = (raw: string) => {
      for (const w of partsOf(raw).words) {
        const c = counts.get(w);
        if (c === undefined) counts.set(w, { entries: 1, last: index });
        else if (c.last !== index) {
          c.entries++;
          c.last = index;
        }
      }
    };
    eachNormalisedWord(doc.question, count);
    for (const text of doc.alternates) eachNormalisedWord(text, count);
    for (const text of doc.keywords) eachNormalisedWord(text, count);
    eachNormalisedWord(doc.answer, count);
  });
  const frequency = new Map<string, number>();
  for (const [w, c] of counts) frequency.set(w, c.entries);
  return frequency;
}
