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

/** An entry's phrasings: phrasing `p` has the distinct stems stems[first[p]] until stems[first[p + 1]]. */
interface EntryPhrasings {
  readonly stems: readonly string[];
  /** The squared idf of each of `stems`. */
  readonly squaredIdfs: readonly number[];
  readonly first: readonly number[];
  /** Per phrasing, the length of its idf vector. */
  readonly norms: readonly number[];
}

function phrasingsOf(d: AnalysedDoc, index: Bm25fIndex): EntryPhrasings {
  const stems: string[] = [];
  const squaredIdfs: number[] = [];
  const first = [0];
  const norms: number[] = [];
  for (const phrasing of [d.question, ...d.alternates, ...d.keywords]) {
    const from = stems.length;
    let sum = 0;
    for (const s of phrasing) {
      // Phrasings are a few words long: a scan finds repeats sooner than a Set would.
      let repeated = false;
      for (let i = from; i < stems.length && !repeated; i++) repeated = stems[i] === s;
      if (repeated) continue;
      const squared = index.idf(s) ** 2;
      stems.push(s);
      squaredIdfs.push(squared);
      sum += squared;
    }
    first.push(stems.length);
    norms.push(Math.sqrt(sum));
  }
  return { stems, squaredIdfs, first, norms };
}

export function buildPhrasings(analysed: readonly AnalysedDoc[], index: Bm25fIndex): Phrasings {
  // An entry's phrasings are prepared the first time a query reaches it: a query reaches a dozen
  // entries, so preparing all of them while building cost more than the queries of a whole visit.
  const entries = [...analysed];
  const prepared: (EntryPhrasings | undefined)[] = [];
  return {
    best(terms, doc) {
      const entry = entries[doc];
      if (entry === undefined) return 0;
      let queryNorm = 0;
      for (const [s, w] of terms) queryNorm += (w * index.idf(s)) ** 2;
      queryNorm = Math.sqrt(queryNorm);
      if (queryNorm === 0) return 0;
      const { stems, squaredIdfs, first, norms } = (prepared[doc] ??= phrasingsOf(entry, index));
      let best = 0;
      for (let p = 0; p < norms.length; p++) {
        const norm = norms[p] ?? 0;
        if (norm === 0) continue;
        let dot = 0;
        for (let i = first[p] ?? 0; i < (first[p + 1] ?? 0); i++) {
          const w = terms.get(stems[i] ?? '');
          if (w !== undefined) dot += w * (squaredIdfs[i] ?? 0);
        }
        best = Math.max(best, dot / (queryNorm * norm));
      }
      return best;
    },
  };
}
