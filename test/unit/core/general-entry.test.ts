import { describe, expect, it } from 'vitest';
import { analyseDoc } from '../../../src/core/analyse.ts';
import { buildBm25f } from '../../../src/core/bm25f.ts';
import { findGeneralEntry } from '../../../src/core/general-entry.ts';
import { createMatcher, layPhrases, type SearchDoc } from '../../../src/core/matcher.ts';
import { GENERAL, SMALL_CORPUS } from './small-corpus.ts';

const WITH_GENERAL = [...SMALL_CORPUS, GENERAL];

function general(docs: readonly SearchDoc[]): number | undefined {
  const analysed = docs.map(analyseDoc);
  return findGeneralEntry(analysed, buildBm25f(analysed, layPhrases().stems))?.doc;
}

describe('questions about the domain itself', () => {
  it('finds the entry whose question is only words most entries share, and none when every question names a topic', () => {
    expect(general(WITH_GENERAL)).toBe(WITH_GENERAL.indexOf(GENERAL));
    expect(general(SMALL_CORPUS)).toBeUndefined();
  });

  it('answers a bare or vague question about the domain with that entry', () => {
    const matcher = createMatcher(WITH_GENERAL);
    for (const q of ['sex therapy?', 'is sex therapy legitimate', 'sex therapy, what even is it really']) {
      const outcome = matcher.match(q);
      expect([q, outcome.verdict, outcome.results[0]?.id]).toEqual([q, 'answer', 'what-is']);
    }
  });

  it('leaves a question that names a topic, or only part of the domain, to ranking', () => {
    const matcher = createMatcher(WITH_GENERAL);
    expect(matcher.match('how much does sex therapy cost').results[0]?.id).toBe('cost');
    expect(matcher.match('is there homework in sex therapy').results[0]?.id).toBe('homework');
    expect(matcher.match('sex positions for beginners').verdict).not.toBe('answer');
  });
});
