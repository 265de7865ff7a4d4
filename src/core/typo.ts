import Fuse from 'fuse.js/basic';
import { wordFrequency } from './analyse.ts';
import { createMatcher, type Matcher, type SearchDoc } from './matcher.ts';
import { editDistance } from './edit-distance.ts';
import { isCorrectable, MAX_TYPO_LENGTH, maxEdits, type Correction, type TypoCorrector } from './typo-limits.ts';

/**
 * Fuse.js score limit for candidates (0 exact … 1 anything). Loose on purpose: Fuse only proposes,
 * the edit distance decides.
 */
const FUSE_THRESHOLD = 0.45;

const keyOf = (first: string, length: number) => `${first}${length}`;

/**
 * Corrects typos against a vocabulary. Only words with the same first letter are candidates:
 * people rarely mistype the first letter, and without that rule real words outside the corpus get
 * "corrected" into it ("letter" → "better"). Fuse.js finds candidates among known words of similar
 * length; the edit distance then keeps the closest, preferring words common in the corpus, then
 * alphabetical order, so the choice is deterministic.
 */
export function createTypoCorrector(frequency: ReadonlyMap<string, number>): TypoCorrector {
  // One Fuse per first letter and length: a typo changes length by at most `maxEdits`, so only a
  // few small buckets are searched instead of the whole vocabulary. Built on first use.
  const buckets = new Map<string, string[]>();
  for (const word of frequency.keys()) {
    if (word.length > MAX_TYPO_LENGTH + 2) continue;
    const key = keyOf(word.charAt(0), word.length);
    const list = buckets.get(key) ?? [];
    list.push(word);
    buckets.set(key, list);
  }
  const fuses = new Map<string, Fuse<string>>();
  const fuseFor = (first: string, length: number): Fuse<string> | undefined => {
    const key = keyOf(first, length);
    const words = buckets.get(key);
    if (!words) return undefined;
    let fuse = fuses.get(key);
    if (!fuse) {
      fuse = new Fuse(words, { threshold: FUSE_THRESHOLD, ignoreLocation: true, ignoreFieldNorm: true, isCaseSensitive: true });
      fuses.set(key, fuse);
    }
    return fuse;
  };

  return {
    correct(word) {
      if (!isCorrectable(word)) return undefined;
      const max = maxEdits(word.length);
      let best: Correction | undefined;
      let bestFrequency = 0;
      for (let length = word.length - max; length <= word.length + max; length++) {
        for (const { item } of fuseFor(word.charAt(0), length)?.search(word) ?? []) {
          const edits = editDistance(word, item, max);
          if (edits > max || edits === 0) continue;
          const freq = frequency.get(item) ?? 0;
          const better =
            !best || edits < best.edits || (edits === best.edits && (freq > bestFrequency || (freq === bestFrequency && item < best.word)));
          if (better) {
            best = { word: item, edits };
            bestFrequency = freq;
          }
        }
      }
      return best;
    },
  };
}

/** A corrector for the words of `docs`. */
export function correctorFor(docs: readonly SearchDoc[]): TypoCorrector {
  return createTypoCorrector(wordFrequency(docs));
}

/** A matcher over `docs` with typo correction ready from the start: what the Node tools and tests use (the browser loads it apart). */
export function createCorrectingMatcher(docs: readonly SearchDoc[]): Matcher {
  return createMatcher(docs, { typos: correctorFor(docs) });
}
