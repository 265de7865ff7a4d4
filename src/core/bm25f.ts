import type { AnalysedDoc } from './analyse.ts';
import { NUMBER_STEM } from './stem.ts';

/** A document field, its weight against the others and its BM25 length normalisation. */
interface FieldSpec {
  readonly name: 'question' | 'alternates' | 'keywords' | 'answer';
  /**
   * How much one occurrence here counts (unitless, > 0). The visitor's words are most telling in the
   * question and its alternates; the answer is long prose that mentions many topics in passing.
   * Alternates at 0.8–1.2 ranked better than 1.5 on the development set (top-3, even half +1).
   */
  readonly weight: number;
  /** BM25 `b` (0 = ignore field length … 1 = fully normalise): alternates are a long list. */
  readonly b: number;
  /** Whether a word found here shows the entry is about it (see `fieldCredit`). */
  readonly strong: boolean;
}

export const FIELDS: readonly FieldSpec[] = [
  { name: 'question', weight: 3, b: 0.5, strong: true },
  { name: 'alternates', weight: 1, b: 0.5, strong: true },
  { name: 'keywords', weight: 2, b: 0.3, strong: true },
  { name: 'answer', weight: 0.3, b: 0.75, strong: false },
];

/** BM25 term-frequency saturation (unitless, 0.5–2 is usual): the third "pain" adds little. */
const K1 = 1.2;

/**
 * Credit for a word found only in an entry's answer, against 1 for its question fields (0..1).
 * 0.5–0.7 ranked better than 0.4 on the development set (odd half +1, even half unchanged; 0.3 worse).
 */
export const ANSWER_CREDIT = 0.6;

export interface Bm25fIndex {
  readonly size: number;
  /** BM25 inverse document frequency of a stem; `rareIdf` when no entry has it. */
  idf(stem: string): number;
  /** The idf of a word used by a single entry: the most telling a known word can be. */
  readonly rareIdf: number;
  /** The idf of a word used by `share` (0..1) of the entries. */
  idfAtShare(share: number): number;
  /** 1 when a question field of entry `doc` has the stem, ANSWER_CREDIT when only its answer does, else 0. */
  fieldCredit(stem: string, doc: number): number;
  /** Adds `weight × idf × saturated tf` of every entry having `stem` into `scores`. */
  accumulate(stem: string, weight: number, scores: Float64Array): void;
  has(stem: string): boolean;
  /** Whether a stem is the domain's own vocabulary: in some entry's question or keywords, or the lay-term table. */
  topical(stem: string): boolean;
  /** Stems in sorted order, for prefix look-ups. */
  readonly sortedStems: readonly string[];
}

/** Entries having a stem, in entry order, with the BM25F gain and field credit for each. */
interface Posting {
  readonly docs: Int32Array;
  readonly gains: Float64Array;
  readonly credits: Float32Array;
}

const idfOf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/**
 * A field's length for BM25 normalisation: a number stands for a quantity, not a word of the topic,
 * so it does not make a field longer (counting them raised an off-topic score, 0.396 → 0.397).
 */
function lengthOf(list: readonly string[]): number {
  let count = 0;
  for (const s of list) if (s !== NUMBER_STEM) count++;
  return count;
}

/**
 * Builds the index. `domain`: stems known to be the domain's vocabulary besides the entries'
 * questions and keywords (the lay-term table's), for `topical`.
 */
export function buildBm25f(analysed: readonly AnalysedDoc[], domain: ReadonlySet<string> = new Set()): Bm25fIndex {
  const n = analysed.length;
  const fieldStems = analysed.map((d) => ({
    question: d.question,
    alternates: d.alternates.flat(),
    keywords: d.keywords.flat(),
    answer: d.answer,
  }));
  const avgLength = FIELDS.map((f) => Math.max(1, fieldStems.reduce((sum, s) => sum + lengthOf(s[f.name]), 0) / Math.max(1, n)));

  // Per entry: the field-weighted, length-normalised term frequency of each stem and the credit of
  // its best field, then one posting per (stem, entry). Counting per entry first keeps the global
  // maps small and the build fast; the two per-entry maps are reused.
  const building = new Map<string, { docs: number[]; tfs: number[]; credits: number[]; strong: number }>();
  const tf = new Map<string, number>();
  const credit = new Map<string, number>();
  fieldStems.forEach((stems, doc) => {
    tf.clear();
    credit.clear();
    FIELDS.forEach((field, k) => {
      const list = stems[field.name];
      const norm = field.weight / (1 - field.b + (field.b * lengthOf(list)) / (avgLength[k] ?? 1));
      const given = field.strong ? 1 : ANSWER_CREDIT;
      for (const s of list) {
        tf.set(s, (tf.get(s) ?? 0) + norm);
        if ((credit.get(s) ?? 0) < given) credit.set(s, given);
      }
    });
    for (const [s, t] of tf) {
      let p = building.get(s);
      if (!p) building.set(s, (p = { docs: [], tfs: [], credits: [], strong: 0 }));
      const c = credit.get(s) ?? 0;
      p.docs.push(doc);
      p.tfs.push(t);
      p.credits.push(c);
      if (c === 1) p.strong++;
    }
  });

  const idfs = new Map<string, number>();
  // Document frequency counts the question fields: answers mention many topics in passing, which
  // would make a word like "first" look common when few entries are about it.
  for (const [s, p] of building) idfs.set(s, idfOf(n, p.strong > 0 ? p.strong : p.docs.length));

  // The domain's own vocabulary: what entries are about (their questions and keywords) and the lay
  // table's words. Alternates are visitors' phrasings and also hold incidental words ("tomorrow").
  const topical = new Set(domain);
  for (const d of analysed) for (const list of [d.question, ...d.keywords]) for (const st of list) topical.add(st);
  const postings = new Map<string, Posting>();
  for (const [s, p] of building) {
    const idf = idfs.get(s) ?? 0;
    postings.set(s, {
      docs: Int32Array.from(p.docs),
      gains: Float64Array.from(p.tfs, (t) => (idf * t) / (K1 + t)),
      credits: Float32Array.from(p.credits),
    });
  }

  const rareIdf = idfOf(n, 1);
  return {
    size: n,
    rareIdf,
    idfAtShare: (share) => idfOf(n, Math.max(1, share * n)),
    sortedStems: [...postings.keys()].toSorted(),
    idf: (s) => idfs.get(s) ?? rareIdf,
    has: (s) => postings.has(s),
    topical: (s) => topical.has(s),
    fieldCredit(s, doc) {
      const p = postings.get(s);
      if (!p) return 0;
      // Postings are in entry order: binary search.
      let lo = 0;
      let hi = p.docs.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = p.docs[mid] ?? 0;
        if (at === doc) return p.credits[mid] ?? 0;
        if (at < doc) lo = mid + 1;
        else hi = mid - 1;
      }
      return 0;
    },
    accumulate(s, weight, scores) {
      const p = postings.get(s);
      if (!p) return;
      for (let i = 0; i < p.docs.length; i++) {
        const doc = p.docs[i] ?? 0;
        scores[doc] = (scores[doc] ?? 0) + weight * (p.gains[i] ?? 0);
      }
    },
  };
}
