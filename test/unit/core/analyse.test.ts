import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALTERNATE_ONLY_SHARE, indexStems, wordFrequency } from '../../../src/core/analyse.ts';
import type { SearchDoc } from '../../../src/core/matcher.ts';
import { stem } from '../../../src/core/stem.ts';
import { isStopword } from '../../../src/core/stopwords.ts';
import { tokenise } from '../../../src/core/tokenise.ts';
import { SMALL_CORPUS } from './small-corpus.ts';

/** The analysis spelled out step by step, without the remembered word parts. */
const plainStems = (text: string) => tokenise(text).filter((w) => !isStopword(w)).map(stem);

/** The words of some texts without stopwords, before stemming. */
const plainWords = (texts: readonly string[]) => texts.flatMap(tokenise).filter((w) => !isStopword(w));

function plainFrequency(docs: readonly SearchDoc[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const doc of docs) {
    for (const w of new Set(plainWords([doc.question, ...doc.alternates, ...doc.keywords]))) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  }
  const asked = new Set(docs.flatMap((doc) => plainWords([doc.question, ...doc.keywords])));
  for (const [w, n] of frequency) if (!asked.has(w)) frequency.set(w, n * ALTERNATE_ONLY_SHARE);
  return frequency;
}

const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.array(fc.constantFrom('Sessions', 'session', 'idk', 'u', 'hubby', "can't", 'the', 'Ten', '10', 'went', 'w/o', 'été', 'pls', 'plz'), { maxLength: 12 }).map((w) =>
    w.join(' '),
  ),
);

describe('indexStems', () => {
  it('stems the words a visitor or an entry uses, without stopwords, text-speak spelled out', () => {
    expect(indexStems('Idk if my hubby went to 10 Sessions')).toEqual(['husband', '0', 'session']);
  });

  it('gives what tokenising, dropping stopwords and stemming give, also for words seen before', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(indexStems(t)).toEqual(plainStems(t));
        expect(indexStems(t)).toEqual(plainStems(t));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('wordFrequency', () => {
  it('counts each word once per entry that uses it, in order of first use', () => {
    expect([...wordFrequency(SMALL_CORPUS)]).toEqual([...plainFrequency(SMALL_CORPUS)]);
    // "sessions" is in one entry's alternates only, and in three answers, which are not counted.
    expect(wordFrequency(SMALL_CORPUS).get('sessions')).toBe(ALTERNATE_ONLY_SHARE);
    expect(wordFrequency(SMALL_CORPUS).get('therapy')).toBe(5);
    expect(wordFrequency(SMALL_CORPUS).has('treatable')).toBe(false);
  });

  it('agrees with counting word sets per entry on any entries', () => {
    const entry = fc.record({ id: fc.constant('x'), question: text, alternates: fc.array(text, { maxLength: 3 }), keywords: fc.array(text, { maxLength: 3 }), answer: text });
    fc.assert(fc.property(fc.array(entry, { maxLength: 5 }), (docs) => void expect([...wordFrequency(docs)]).toEqual([...plainFrequency(docs)])), { numRuns: 300 });
  });
});
