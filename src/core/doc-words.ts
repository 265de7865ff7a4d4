/**
 * An entry's words, tokenised and without stopwords, before stemming: what the bundled corpus ships
 * (scripts/build-corpus.ts), but for its answer's. From them the browser gets both the index's stems
 * and the vocabulary typos are corrected to, without downloading or tokenising the entries' full text.
 */
import { indexWords, readFields, vocabularyWeight, type AnalysedDoc } from './analyse.ts';
import type { SearchDoc } from './matcher.ts';
import { stem } from './stem.ts';
import { runThrough, type Steps } from './steps.ts';

/** The same shape as `AnalysedDoc`, holding words instead of their stems. */
export type DocWords = AnalysedDoc;

/**
 * The words visitors ask an entry with: its question's, alternates' and keywords'. What the bundled
 * corpus ships of an entry's words: its answer's are read from the answer it shows (engine/bundled.ts).
 */
export type AskedWords = Omit<DocWords, 'answer'>;

export function docWords(doc: SearchDoc): DocWords {
  return readFields(doc, indexWords);
}

/** The entries' stems, as `analyseDoc` gives them (`stem` remembers each word it has stemmed). */
export function stemDocs(docs: readonly DocWords[]): AnalysedDoc[] {
  return runThrough(stemDocSteps(docs));
}

/** `stemDocs`, pausing after each entry. */
export function* stemDocSteps(docs: readonly DocWords[]): Steps<AnalysedDoc[]> {
  const stemmed: AnalysedDoc[] = [];
  for (const d of docs) {
    stemmed.push(readFields(d, (words) => words.map((w) => stem(w))));
    yield;
  }
  return stemmed;
}

/** Each word and the number of entries using it, as `wordFrequency` counts them. */
export function wordCounts(docs: readonly AskedWords[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of docs) {
    const words = new Set([...d.question, ...d.alternates.flat(), ...d.keywords.flat()]);
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const asked = new Set(docs.flatMap((d) => [...d.question, ...d.keywords.flat()]));
  for (const [w, n] of counts) counts.set(w, vocabularyWeight(n, asked.has(w)));
  return counts;
}
