/**
 * A reviewed table of single words grouped by subject, as the other-topics and domain-words tables
 * are written: `words` are normalised words separated by ", ", stemmed when read, so one form per
 * stem is enough.
 */
import { stem } from './stem.ts';
import type { Steps } from './steps.ts';
import { tokeniseOneWord } from './tokenise.ts';

export interface WordRow {
  /** What the row is about (for the reader, and for errors). */
  readonly about: string;
  readonly words: string;
}

export const wordRow = (about: string, words: string): WordRow => ({ about, words });

/**
 * Stems of every word in `rows`, pausing after each row; a word that does not normalise to one word is
 * an error naming its row.
 */
export function* stemsOfTableSteps(rows: readonly WordRow[], table: string): Steps<ReadonlySet<string>> {
  const stems = new Set<string>();
  for (const row of rows) {
    for (const word of row.words.split(', ')) stems.add(stem(tokeniseOneWord(word, `${table} "${row.about}"`)));
    yield;
  }
  return stems;
}
