import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnalysedDoc } from '../../../src/core/analyse.ts';
import { buildBm25f, type Bm25fIndex } from '../../../src/core/bm25f.ts';
import { buildPhrasings } from '../../../src/core/phrasings.ts';

/** The closest phrasing computed the plain way, a Set and a sum per phrasing, for every query. */
function plainBest(d: AnalysedDoc | undefined, terms: ReadonlyMap<string, number>, index: Bm25fIndex): number {
  const queryNorm = Math.sqrt([...terms].reduce((sum, [s, w]) => sum + (w * index.idf(s)) ** 2, 0));
  if (queryNorm === 0 || d === undefined) return 0;
  let best = 0;
  for (const phrasing of [d.question, ...d.alternates, ...d.keywords]) {
    const stems = [...new Set(phrasing)];
    const norm = Math.sqrt(stems.reduce((sum, s) => sum + index.idf(s) ** 2, 0));
    if (norm === 0) continue;
    const dot = stems.reduce((sum, s) => sum + (terms.has(s) ? (terms.get(s) ?? 0) * index.idf(s) ** 2 : 0), 0);
    best = Math.max(best, dot / (queryNorm * norm));
  }
  return best;
}

const stem = fc.constantFrom('sex', 'therapi', 'cost', 'pain', 'alon', 'week');
const stems = fc.array(stem, { maxLength: 6 });
const doc = fc.record({ question: stems, alternates: fc.array(stems, { maxLength: 3 }), keywords: fc.array(stems, { maxLength: 3 }), answer: stems });
const terms = fc.array(fc.tuple(fc.constantFrom('sex', 'cost', 'pain', 'week', 'unknown'), fc.constantFrom(0.5, 0.6, 1)), { maxLength: 4 }).map((t) => new Map(t));

describe('buildPhrasings', () => {
  it('scores each entry by its closest phrasing, as the plain computation does, on every query', () => {
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 6 }), fc.array(terms, { maxLength: 4 }), (analysed, queries) => {
        const index = buildBm25f(analysed);
        const phrasings = buildPhrasings(analysed, index);
        for (const q of queries) {
          for (let d = 0; d <= analysed.length; d++) expect(phrasings.best(q, d)).toBe(plainBest(analysed[d], q, index));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives 1 for a query that is exactly one of an entry\'s phrasings', () => {
    const analysed = [
      { question: ['cost', 'therapi'], alternates: [['price']], keywords: [], answer: [] },
      { question: ['pain'], alternates: [], keywords: [['sex', 'pain']], answer: [] },
    ];
    const phrasings = buildPhrasings(analysed, buildBm25f(analysed));
    expect(phrasings.best(new Map([['sex', 1], ['pain', 1]]), 1)).toBeCloseTo(1);
    expect(phrasings.best(new Map([['sex', 1], ['pain', 1]]), 0)).toBe(0);
  });
});
