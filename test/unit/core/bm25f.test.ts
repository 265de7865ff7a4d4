import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnalysedDoc } from '../../../src/core/analyse.ts';
import { ANSWER_CREDIT, buildBm25f, FIELDS } from '../../../src/core/bm25f.ts';
import { NUMBER_STEM } from '../../../src/core/stem.ts';

/** BM25F term-frequency saturation, as in bm25f.ts. */
const K1 = 1.2;
const idfOf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
const lengthOf = (list: readonly string[]) => list.filter((s) => s !== NUMBER_STEM).length;

/** BM25F written the plain way, with a Map per entry: what the index must compute, number for number. */
function reference(analysed: readonly AnalysedDoc[]) {
  const fields = analysed.map((d) => ({ question: d.question, alternates: d.alternates.flat(), keywords: d.keywords.flat(), answer: d.answer }));
  const avg = FIELDS.map((f) => Math.max(1, fields.reduce((sum, s) => sum + lengthOf(s[f.name]), 0) / Math.max(1, analysed.length)));
  const perDoc = fields.map((stems) => {
    const tf = new Map<string, number>();
    const credit = new Map<string, number>();
    FIELDS.forEach((field, k) => {
      const list = stems[field.name];
      const norm = field.weight / (1 - field.b + (field.b * lengthOf(list)) / (avg[k] ?? 1));
      for (const s of list) {
        tf.set(s, (tf.get(s) ?? 0) + norm);
        credit.set(s, Math.max(credit.get(s) ?? 0, field.strong ? 1 : ANSWER_CREDIT));
      }
    });
    return { tf, credit };
  });
  const idf = (s: string) => {
    const having = perDoc.filter((d) => d.tf.has(s));
    const strong = having.filter((d) => d.credit.get(s) === 1).length;
    return idfOf(analysed.length, strong > 0 ? strong : having.length);
  };
  const gain = (s: string, doc: number) => {
    const t = perDoc[doc]?.tf.get(s);
    return t === undefined ? 0 : (idf(s) * t) / (K1 + t);
  };
  return { perDoc, idf, gain };
}

const stems = fc.array(fc.constantFrom('sex', 'therapi', 'cost', 'pain', 'alon', NUMBER_STEM), { maxLength: 6 });
const doc = fc.record({
  question: stems,
  alternates: fc.array(stems, { maxLength: 3 }),
  keywords: fc.array(stems, { maxLength: 3 }),
  answer: fc.array(fc.constantFrom('sex', 'cost', 'time', 'week', NUMBER_STEM), { maxLength: 12 }),
});

describe('buildBm25f', () => {
  it('computes what plain BM25F computes: idf, gains, field credits, known and topical stems', () => {
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 8 }), (analysed) => {
        const domain = new Set(['time', 'lay']);
        const index = buildBm25f(analysed, domain);
        const ref = reference(analysed);
        const topical = new Set([...domain, ...analysed.flatMap((d) => [...d.question, ...d.keywords.flat()])]);
        const known = [...new Set(ref.perDoc.flatMap((d) => [...d.tf.keys()]))].toSorted();
        expect(index.sortedStems).toEqual(known);
        for (const s of [...known, 'unknown', 'lay']) {
          expect(index.has(s)).toBe(known.includes(s));
          expect(index.topical(s)).toBe(topical.has(s));
          expect(index.idf(s)).toBe(known.includes(s) ? ref.idf(s) : index.rareIdf);
          const scores = new Float64Array(analysed.length);
          index.accumulate(s, 0.5, scores);
          analysed.forEach((_, d) => {
            expect(scores[d]).toBe(0.5 * ref.gain(s, d));
            expect(index.fieldCredit(s, d)).toBe(Math.fround(ref.perDoc[d]?.credit.get(s) ?? 0));
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts only question fields towards document frequency when a stem is in any', () => {
    const index = buildBm25f([
      { question: ['cost'], alternates: [], keywords: [], answer: ['week'] },
      { question: ['pain'], alternates: [], keywords: [], answer: ['week', 'cost'] },
      { question: ['sex'], alternates: [], keywords: [], answer: ['week'] },
    ]);
    expect(index.idf('cost')).toBe(index.rareIdf);
    expect(index.idf('week')).toBeCloseTo(idfOf(3, 3));
  });
});
