import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCorrectingMatcher } from '../../../src/core/typo.ts';
import { normalise } from '../../../src/core/normalise.ts';
import { tokenise } from '../../../src/core/tokenise.ts';
import { SMALL_CORPUS } from './small-corpus.ts';

const matcher = createCorrectingMatcher(SMALL_CORPUS);
const ids = new Set(SMALL_CORPUS.map((d) => d.id));

/** Any text a visitor could paste: any code points, control characters, emoji, and corpus words. */
const visitorText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('\u0000', '\u0007', '\u001b', '\u200b', '\u202e', '\ufeff', '😳', '🏳️‍🌈', 'é', ' ', '?'), maxLength: 100 }),
  fc.array(fc.constantFrom('sex', 'therapy', 'cost', 'pain', "can't", 'alone', 'hubby', 'insurence', 'the', '?'), { maxLength: 30 }).map((w) => w.join(' ')),
);

function expectWellFormed(text: string) {
  const outcome = matcher.match(text);
  expect(['answer', 'suggest', 'none']).toContain(outcome.verdict);
  expect(outcome.results.length).toBeLessThanOrEqual(5);
  for (const r of outcome.results) {
    expect(ids.has(r.id)).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(1);
  }
  expect(new Set(outcome.results.map((r) => r.id)).size).toBe(outcome.results.length);
  return outcome;
}

describe('matcher properties', () => {
  it('never throws, returns only corpus ids, scores in 0..1', () => {
    fc.assert(fc.property(visitorText, (text) => void expectWellFormed(text)), { numRuns: 500 });
  });

  it('is deterministic: the same text gives the same outcome, also from a fresh matcher', () => {
    const fresh = createCorrectingMatcher(SMALL_CORPUS);
    fc.assert(
      fc.property(visitorText, (text) => {
        expect(matcher.match(text)).toEqual(matcher.match(text));
        expect(fresh.match(text)).toEqual(matcher.match(text));
      }),
      { numRuns: 200 },
    );
  });

  it('copes with 10,000 characters in well under a second', () => {
    const long = 'my partner and I argue about sex and money 😳 '.repeat(250).slice(0, 10_000);
    const start = performance.now();
    expectWellFormed(long);
    expectWellFormed('x'.repeat(10_000));
    expectWellFormed('\u0000'.repeat(10_000));
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('suggest never throws and respects its limit', () => {
    fc.assert(
      fc.property(visitorText, fc.integer({ min: 0, max: 6 }), (text, limit) => {
        const found = matcher.suggest(text, limit);
        expect(found.length).toBeLessThanOrEqual(limit);
        for (const c of found) expect(ids.has(c.id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('normalises to lower-case letters, digits and single spaces only', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (text) => {
        const out = normalise(text);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/\s{2}|[^\p{L}\p{N} ]/u);
        expect(tokenise(text).every((w) => w.length > 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
