import { indexStems } from './analyse.ts';
import type { SearchDoc } from './matcher.ts';
import { tokenise } from './tokenise.ts';
import { isStopword } from './stopwords.ts';

/** A document field, its weight against the others and its BM25 length normalisation. */
interface FieldSpec {
  readonly name: 'question' | 'alternates' | 'keywords' | 'answer';
  /**
   * How much one occurrence here counts (unitless, > 0). The visitor's words are most telling in the
   * question and its alternates; the answer is long prose that mentions many topics in passing.
   */
  readonly weight: number;
  /** BM25 `b` (0 = ignore field length … 1 = fully normalise): alternates are a long list. */
  readonly b: number;
  /** Whether a word found here shows the entry is about it (see `fieldCredit`). */
  readonly strong: boolean;
}

export const FIELDS: readonly FieldSpec[] = [
  { name: 'question', weight: 3, b: 0.5, strong: true },
  { name: 'alternates', weight: 1.5, b: 0.5, strong: true },
  { name: 'keywords', weight: 2, b: 0.3, strong: true },
  { name: 'answer', weight: 0.3, b: 0.75, strong: false },
];

/** BM25 term-frequency saturation (unitless, 0.5–2 is usual): the third "pain" adds little. */
const K1 = 1.2;

/** Credit for a word found only in an entry's answer, against 1 for its question fields (0..1). */
export const ANSWER_CREDIT = 0.4;

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
  /** Every normalised word of the corpus (stopwords excluded), with the number of entries using it. */
  readonly vocabulary: ReadonlyMap<string, number>;
  /** Stems in sorted order, for prefix look-ups. */
  readonly sortedStems: readonly string[];
}

const idfOf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

export function buildBm25f(docs: readonly SearchDoc[]): Bm25fIndex {
  const n = docs.length;
  const fieldStems = docs.map((d) => ({
    question: indexStems(d.question),
    alternates: indexStems(d.alternates.join(' . ')),
    keywords: indexStems(d.keywords.join(' . ')),
    answer: indexStems(d.answer),
  }));
  const avgLength = FIELDS.map((f) => Math.max(1, fieldStems.reduce((sum, s) => sum + s[f.name].length, 0) / Math.max(1, n)));

  const tf = new Map<string, Map<number, number>>();
  const strong = new Map<string, Set<number>>();
  fieldStems.forEach((stems, doc) => {
    FIELDS.forEach((field, k) => {
      const list = stems[field.name];
      const norm = field.weight / (1 - field.b + (field.b * list.length) / (avgLength[k] ?? 1));
      for (const s of list) {
        let perDoc = tf.get(s);
        if (!perDoc) tf.set(s, (perDoc = new Map()));
        perDoc.set(doc, (perDoc.get(doc) ?? 0) + norm);
        if (field.strong) {
          let holders = strong.get(s);
          if (!holders) strong.set(s, (holders = new Set()));
          holders.add(doc);
        }
      }
    });
  });

  const postings = new Map<string, { docs: Int32Array; gains: Float64Array }>();
  const idfs = new Map<string, number>();
  for (const [s, perDoc] of tf) {
    // Document frequency counts the question fields: answers mention many topics in passing, which
    // would make a word like "first" look common when few entries are about it.
    const idf = idfOf(n, strong.get(s)?.size ?? perDoc.size);
    idfs.set(s, idf);
    const docsOf = Int32Array.from(perDoc.keys());
    const gains = Float64Array.from(perDoc.values(), (t) => (idf * t) / (K1 + t));
    postings.set(s, { docs: docsOf, gains });
  }

  const vocabulary = new Map<string, number>();
  for (const d of docs) {
    const words = new Set(tokenise([d.question, ...d.alternates, ...d.keywords, d.answer].join(' ')).filter((w) => !isStopword(w)));
    for (const w of words) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
  }

  const rareIdf = idfOf(n, 1);
  return {
    size: n,
    rareIdf,
    idfAtShare: (share) => idfOf(n, Math.max(1, share * n)),
    vocabulary,
    sortedStems: [...tf.keys()].toSorted(),
    idf: (s) => idfs.get(s) ?? rareIdf,
    has: (s) => tf.has(s),
    fieldCredit(s, doc) {
      if (strong.get(s)?.has(doc)) return 1;
      return tf.get(s)?.has(doc) ? ANSWER_CREDIT : 0;
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
