/**
 * What typo correction needs to know without loading it: which words are worth correcting. The
 * corrector itself (`typo.ts`, with Fuse.js) is loaded only when a visitor types such a word.
 */

/** A word the visitor typed, read as a known word. */
export interface Correction {
  readonly word: string;
  /** Edits between what was typed and `word` (1 or more). */
  readonly edits: number;
}

export interface TypoCorrector {
  /** The known word closest to `word`, or undefined when none is close enough. */
  correct(word: string): Correction | undefined;
}

/**
 * Shortest word worth correcting (unit: letters). Four-letter words have too many real neighbours
 * one edit away ("wait" → "want"); the corpus simply does not know most of them.
 */
export const MIN_TYPO_LENGTH = 5;
/** Longest word worth correcting (unit: letters); Fuse's bitap works on at most 32 characters. */
export const MAX_TYPO_LENGTH = 24;

/**
 * Edits allowed for a word of `length` letters: 1 below 8 letters ("clinc", "libedo"), 2 from 8
 * ("lisenced"). Two edits on a short word reach unrelated words ("scores" → "scared").
 */
export function maxEdits(length: number): number {
  if (length < MIN_TYPO_LENGTH) return 0;
  return length < 8 ? 1 : 2;
}

/** Whether a word the corpus does not know could be a typo worth correcting. */
export function isCorrectable(word: string): boolean {
  return maxEdits(word.length) > 0 && word.length <= MAX_TYPO_LENGTH && /^\p{L}+$/u.test(word);
}
