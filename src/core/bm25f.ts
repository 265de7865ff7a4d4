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
  readonly idf: number;
  readonly docs: Int32Array;
  readonly gains: Float64Array;
  readonly credits: Float32Array;
}

const idfOf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** A field's stems as lists: one for the question and the answer, one per alternate or keyword. */
const listsOf = (d: AnalysedDoc, field: FieldSpec['name']): readonly (readonly string[])[] =>
  field === 'question' || field === 'answer' ? [d[field]] : d[field];

/**
 * Builds the index. `domain`: stems known to be the domain's vocabulary besides the entries'
 * questions and keywords (the lay-term table's), for `topical`.
 */
export function buildBm25f(analysed: readonly AnalysedDoc[], domain: ReadonlySet<string> = new Set()): Bm25fIndex {
  const n = analysed.length;
  const fieldCount = FIELDS.length;

  // First pass: number the stems in order of first use, so the second pass works on typed arrays
  // of numbers instead of Maps of strings (the build's costliest part), and measure each field.
  // A field's length for BM25 normalisation leaves out numbers: a number stands for a quantity,
  // not a word of the topic (counting them raised an off-topic score, 0.396 → 0.397).
  let total = 0;
  for (const d of analysed) for (const field of FIELDS) for (const list of listsOf(d, field.name)) total += list.length;
  const occurrences = new Int32Array(total);
  /** Per entry and field: where its occurrences end, and its length. */
  const fieldEnd = new Int32Array(n * fieldCount);
  const fieldLength = new Int32Array(n * fieldCount);
  const lengthSum = FIELDS.map(() => 0);
  const ids = new Map<string, number>();
  let numberId = -1;
  let cursor = 0;
  analysed.forEach((d, doc) => {
    FIELDS.forEach((field, k) => {
      let length = 0;
      for (const list of listsOf(d, field.name)) {
        for (const s of list) {
          let id = ids.get(s);
          if (id === undefined) {
            id = ids.size;
            ids.set(s, id);
            if (s === NUMBER_STEM) numberId = id;
          }
          occurrences[cursor++] = id;
          if (id !== numberId) length++;
        }
      }
      fieldEnd[doc * fieldCount + k] = cursor;
      fieldLength[doc * fieldCount + k] = length;
      lengthSum[k] = (lengthSum[k] ?? 0) + length;
    });
  });
  const avgLength = lengthSum.map((sum) => Math.max(1, sum / Math.max(1, n)));

  // Second pass, per entry: the field-weighted, length-normalised term frequency of each stem and
  // the credit of its best field (`seenIn` tells the stems this entry has touched), then one pair
  // (stem, entry) per stem touched, in entry order.
  const stemCount = ids.size;
  const tf = new Float64Array(stemCount);
  const credit = new Float64Array(stemCount);
  const seenIn = new Int32Array(stemCount).fill(-1);
  const touched = new Int32Array(stemCount);
  /** Entries having the stem, and those having it in a question field. */
  const df = new Int32Array(stemCount);
  const strong = new Int32Array(stemCount);
  const pairStem = new Int32Array(total);
  const pairDoc = new Int32Array(total);
  const pairTf = new Float64Array(total);
  const pairCredit = new Float64Array(total);
  let pairs = 0;
  cursor = 0;
  for (let doc = 0; doc < n; doc++) {
    let count = 0;
    FIELDS.forEach((field, k) => {
      const norm = field.weight / (1 - field.b + (field.b * (fieldLength[doc * fieldCount + k] ?? 0)) / (avgLength[k] ?? 1));
      const given = field.strong ? 1 : ANSWER_CREDIT;
      for (const end = fieldEnd[doc * fieldCount + k] ?? 0; cursor < end; cursor++) {
        const id = occurrences[cursor] ?? 0;
        if (seenIn[id] !== doc) {
          seenIn[id] = doc;
          touched[count++] = id;
          tf[id] = norm;
          credit[id] = given;
        } else {
          tf[id] = (tf[id] ?? 0) + norm;
          if ((credit[id] ?? 0) < given) credit[id] = given;
        }
      }
    });
    for (let i = 0; i < count; i++) {
      const id = touched[i] ?? 0;
      const c = credit[id] ?? 0;
      pairStem[pairs] = id;
      pairDoc[pairs] = doc;
      pairTf[pairs] = tf[id] ?? 0;
      pairCredit[pairs] = c;
      pairs++;
      df[id] = (df[id] ?? 0) + 1;
      if (c === 1) strong[id] = (strong[id] ?? 0) + 1;
    }
  }

  // Document frequency counts the question fields: answers mention many topics in passing, which
  // would make a word like "first" look common when few entries are about it.
  const idfs = Float64Array.from(df, (d, id) => idfOf(n, (strong[id] ?? 0) > 0 ? (strong[id] ?? 0) : d));
  // Postings are slices of three arrays, grouped by stem (a counting sort of the pairs), so each
  // keeps entry order.
  const first = new Int32Array(stemCount + 1);
  for (let id = 0; id < stemCount; id++) first[id + 1] = (first[id] ?? 0) + (df[id] ?? 0);
  const next = first.slice(0, stemCount);
  const docs = new Int32Array(pairs);
  const gains = new Float64Array(pairs);
  const credits = new Float32Array(pairs);
  for (let i = 0; i < pairs; i++) {
    const id = pairStem[i] ?? 0;
    const j = next[id] ?? 0;
    next[id] = j + 1;
    const t = pairTf[i] ?? 0;
    docs[j] = pairDoc[i] ?? 0;
    gains[j] = ((idfs[id] ?? 0) * t) / (K1 + t);
    credits[j] = pairCredit[i] ?? 0;
  }
  const postings = new Map<string, Posting>();
  for (const [s, id] of ids) {
    const from = first[id] ?? 0;
    const to = first[id + 1] ?? 0;
    postings.set(s, { idf: idfs[id] ?? 0, docs: docs.subarray(from, to), gains: gains.subarray(from, to), credits: credits.subarray(from, to) });
  }

  // The domain's own vocabulary: what entries are about (their questions and keywords) and the lay
  // table's words. Alternates are visitors' phrasings and also hold incidental words ("tomorrow").
  const topical = new Set(domain);
  for (const d of analysed) {
    for (const st of d.question) topical.add(st);
    for (const list of d.keywords) for (const st of list) topical.add(st);
  }

  const rareIdf = idfOf(n, 1);
  return {
    size: n,
    rareIdf,
    idfAtShare: (share) => idfOf(n, Math.max(1, share * n)),
    sortedStems: [...postings.keys()].toSorted(),
    idf: (s) => postings.get(s)?.idf ?? rareIdf,
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
