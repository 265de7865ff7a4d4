import type { AnalysedDoc } from './analyse.ts';
import { NUMBER_STEM } from './stem.ts';
import { runThrough, type Steps } from './steps.ts';

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
  /** Whether an entry's question or keywords have the stem. */
  readonly topical: boolean;
  readonly docs: Int32Array;
  readonly gains: Float64Array;
  readonly credits: Float32Array;
}

const idfOf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** Every stem occurrence of the entries as a number, with where each field ends and its length. */
interface NumberedStems {
  /** Stem numbers, in order of first use. */
  readonly ids: ReadonlyMap<string, number>;
  readonly occurrences: Int32Array;
  /** Per entry and field (entry × FIELDS.length + field): where its occurrences end, and its length. */
  readonly fieldEnd: Int32Array;
  readonly fieldLength: Int32Array;
}

/**
 * Numbers the stems in order of first use, so the rest of the build works on typed arrays of
 * numbers instead of Maps of strings, and measures each field. A field's length for BM25
 * normalisation leaves out numbers: a number stands for a quantity, not a word of the topic
 * (counting them raised an off-topic score, 0.396 → 0.397).
 */
function numberStems(analysed: readonly AnalysedDoc[]): NumberedStems {
  let total = 0;
  for (const d of analysed) {
    total += d.question.length + d.answer.length;
    for (const list of d.alternates) total += list.length;
    for (const list of d.keywords) total += list.length;
  }
  const occurrences = new Int32Array(total);
  const fieldEnd = new Int32Array(analysed.length * FIELDS.length);
  const fieldLength = new Int32Array(analysed.length * FIELDS.length);
  const ids = new Map<string, number>();
  let numberId = -1;
  let cursor = 0;
  /** Numbers the stems of one list; returns its length. */
  const add = (list: readonly string[]): number => {
    let length = 0;
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
    return length;
  };
  let at = 0;
  for (const d of analysed) {
    for (const { name } of FIELDS) {
      let length = 0;
      if (name === 'question' || name === 'answer') length = add(d[name]);
      else for (const list of d[name]) length += add(list);
      fieldEnd[at] = cursor;
      fieldLength[at++] = length;
    }
  }
  return { ids, occurrences, fieldEnd, fieldLength };
}

/** One pair per (stem, entry having it), in entry order, with how many entries have each stem. */
interface Pairs {
  readonly count: number;
  readonly stem: Int32Array;
  readonly doc: Int32Array;
  /** The field-weighted, length-normalised term frequency of the stem in the entry. */
  readonly tf: Float64Array;
  /** The credit of the stem's best field in the entry (see `fieldCredit`). */
  readonly credit: Float64Array;
  /** Per stem: entries having it, and those having it in a question field. */
  readonly df: Int32Array;
  readonly strong: Int32Array;
  /** Per stem: 1 when an entry's question or keywords have it (see `topical`). */
  readonly topical: Uint8Array;
}

/**
 * The pairs, entry by entry: the term frequency and best credit of each stem the entry has
 * (`seenIn` tells which stems the current entry has touched). Each pass of the build is a function
 * of its own: V8 compiles a long loop while it runs, and code after the loop would be compiled
 * without type information and thrown away on every build.
 */
function pairsOf({ ids, occurrences, fieldEnd, fieldLength }: NumberedStems, n: number): Pairs {
  const fieldCount = FIELDS.length;
  const avgLength = FIELDS.map((_, k) => {
    let sum = 0;
    for (let doc = 0; doc < n; doc++) sum += fieldLength[doc * fieldCount + k] ?? 0;
    return Math.max(1, sum / Math.max(1, n));
  });
  const norms = new Float64Array(n * fieldCount);
  for (let doc = 0; doc < n; doc++) {
    FIELDS.forEach((field, k) => {
      norms[doc * fieldCount + k] = field.weight / (1 - field.b + (field.b * (fieldLength[doc * fieldCount + k] ?? 0)) / (avgLength[k] ?? 1));
    });
  }
  const given = FIELDS.map((field) => (field.strong ? 1 : ANSWER_CREDIT));
  // Alternates are visitors' phrasings and also hold incidental words ("tomorrow"): not topical.
  const topicalField = FIELDS.map((field) => field.name === 'question' || field.name === 'keywords');
  const stemCount = ids.size;
  const tf = new Float64Array(stemCount);
  const credit = new Float64Array(stemCount);
  const seenIn = new Int32Array(stemCount).fill(-1);
  const touched = new Int32Array(stemCount);
  const pairs = {
    count: 0,
    stem: new Int32Array(occurrences.length),
    doc: new Int32Array(occurrences.length),
    tf: new Float64Array(occurrences.length),
    credit: new Float64Array(occurrences.length),
    df: new Int32Array(stemCount),
    strong: new Int32Array(stemCount),
    topical: new Uint8Array(stemCount),
  };
  let cursor = 0;
  let count = 0;
  for (let doc = 0; doc < n; doc++) {
    let distinct = 0;
    for (let k = 0; k < fieldCount; k++) {
      const norm = norms[doc * fieldCount + k] ?? 0;
      const best = given[k] ?? 0;
      const topical = topicalField[k] === true;
      for (const end = fieldEnd[doc * fieldCount + k] ?? 0; cursor < end; cursor++) {
        const id = occurrences[cursor] ?? 0;
        if (topical) pairs.topical[id] = 1;
        if (seenIn[id] !== doc) {
          seenIn[id] = doc;
          touched[distinct++] = id;
          tf[id] = norm;
          credit[id] = best;
        } else {
          tf[id] = (tf[id] ?? 0) + norm;
          if ((credit[id] ?? 0) < best) credit[id] = best;
        }
      }
    }
    for (let i = 0; i < distinct; i++) {
      const id = touched[i] ?? 0;
      const c = credit[id] ?? 0;
      pairs.stem[count] = id;
      pairs.doc[count] = doc;
      pairs.tf[count] = tf[id] ?? 0;
      pairs.credit[count] = c;
      count++;
      pairs.df[id] = (pairs.df[id] ?? 0) + 1;
      if (c === 1) pairs.strong[id] = (pairs.strong[id] ?? 0) + 1;
    }
  }
  pairs.count = count;
  return pairs;
}

/** Postings are slices of three arrays, grouped by stem (a counting sort of the pairs), so each keeps entry order. */
function postingsOf(ids: ReadonlyMap<string, number>, pairs: Pairs, n: number): Map<string, Posting> {
  const { df, strong } = pairs;
  // Document frequency counts the question fields: answers mention many topics in passing, which
  // would make a word like "first" look common when few entries are about it.
  const idfs = Float64Array.from(df, (d, id) => idfOf(n, (strong[id] ?? 0) > 0 ? (strong[id] ?? 0) : d));
  const first = new Int32Array(df.length + 1);
  for (let id = 0; id < df.length; id++) first[id + 1] = (first[id] ?? 0) + (df[id] ?? 0);
  const next = first.slice(0, df.length);
  const docs = new Int32Array(pairs.count);
  const gains = new Float64Array(pairs.count);
  const credits = new Float32Array(pairs.count);
  for (let i = 0; i < pairs.count; i++) {
    const id = pairs.stem[i] ?? 0;
    const j = next[id] ?? 0;
    next[id] = j + 1;
    const t = pairs.tf[i] ?? 0;
    docs[j] = pairs.doc[i] ?? 0;
    gains[j] = ((idfs[id] ?? 0) * t) / (K1 + t);
    credits[j] = pairs.credit[i] ?? 0;
  }
  const postings = new Map<string, Posting>();
  for (const [s, id] of ids) {
    const from = first[id] ?? 0;
    const to = first[id + 1] ?? 0;
    postings.set(s, { idf: idfs[id] ?? 0, topical: pairs.topical[id] === 1, docs: docs.subarray(from, to), gains: gains.subarray(from, to), credits: credits.subarray(from, to) });
  }
  return postings;
}

/**
 * Builds the index. `domain`: stems known to be the domain's vocabulary besides the entries'
 * questions and keywords (the lay-term table's), for `topical`.
 */
export function buildBm25f(analysed: readonly AnalysedDoc[], domain: ReadonlySet<string> = new Set()): Bm25fIndex {
  return runThrough(bm25fSteps(analysed, domain));
}

/** `buildBm25f`, pausing between its passes. */
export function* bm25fSteps(analysed: readonly AnalysedDoc[], domain: ReadonlySet<string> = new Set()): Steps<Bm25fIndex> {
  const n = analysed.length;
  const numbered = numberStems(analysed);
  yield;
  const pairs = pairsOf(numbered, n);
  yield;
  const postings = postingsOf(numbered.ids, pairs, n);
  yield;

  const rareIdf = idfOf(n, 1);
  return {
    size: n,
    rareIdf,
    idfAtShare: (share) => idfOf(n, Math.max(1, share * n)),
    sortedStems: [...postings.keys()].toSorted(),
    idf: (s) => postings.get(s)?.idf ?? rareIdf,
    has: (s) => postings.has(s),
    // The domain's own vocabulary: what entries are about and the lay table's words.
    topical: (s) => domain.has(s) || postings.get(s)?.topical === true,
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
