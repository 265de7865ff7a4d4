import type { AnalysedDoc } from './analyse.ts';
import type { Bm25fIndex } from './bm25f.ts';

/**
 * How close the query is to an entry's single best phrasing (its question, one alternate or one
 * keyword): idf-weighted cosine similarity, 0..1. BM25F sees an entry's phrasings as one bag of
 * words; this rewards words that occur together in one way of asking.
 */
export interface Phrasings {
  best(terms: ReadonlyMap<string, number>, doc: number): number;
}

export function buildPhrasings(analysed: readonly AnalysedDoc[], index: Bm25fIndex): Phrasings {
  const perDoc = analysed.map((d) =>
    [d.question, ...d.alternates, ...d.keywords].map((phrasing) => {
      const stems = [...new Set(phrasing)];
      const norm = Math.sqrt(stems.reduce((sum, s) => sum + index.idf(s) ** 2, 0));
      return { stems, norm };
    }),
  );
  return {
    best(terms, doc) {
      let queryNorm = 0;
      for (const [s, w] of terms) queryNorm += (w * index.idf(s)) ** 2;
      queryNorm = Math.sqrt(queryNorm);
      if (queryNorm === 0) return 0;
      let best = 0;
      for (const p of perDoc[doc] ?? []) {
        if (p.norm === 0) continue;
        let dot = 0;
        for (const s of p.stems) {
          const w = terms.get(s);
          if (w !== undefined) dot += w * index.idf(s) ** 2;
        }
        best = Math.max(best, dot / (queryNorm * p.norm));
      }
      return best;
    },
  };
}
