/**
 * The matcher's public face: finds the entry a visitor's question is about, or says honestly that
 * there is none. Pipeline: normalise → tokenise (text-speak) → correct typos against the corpus
 * vocabulary → stem → lay phrases → stopwords → BM25F ranking → confidence from the share of the
 * visitor's own words the entry matches → verdict by threshold.
 */
import { analyseDoc, type AnalysedDoc } from './analyse.ts';
import { bm25fSteps } from './bm25f.ts';
import { confidence } from './confidence.ts';
import { layPhraseSteps, type LayPhrases } from './lay-phrases.ts';
import { buildPhrasings } from './phrasings.ts';
import { asksAboutDomain, findGeneralEntry, namesDomain } from './general-entry.ts';
import { LAY_TERMS } from './lay-terms.ts';
import { analyseQuery, correctableWords, wordTableSteps, type QueryContext, type Unit } from './query.ts';
import { stem } from './stem.ts';
import { runThrough, type Steps } from './steps.ts';
import { isStopword } from './stopwords.ts';
import { ANSWER_THRESHOLD, SUGGEST_THRESHOLD, UNANCHORED_THRESHOLD, verdictFor } from './thresholds.ts';
import { tokenise } from './tokenise.ts';
import type { TypoCorrector } from './typo-limits.ts';

export interface SearchDoc {
  readonly id: string;
  readonly question: string;
  readonly alternates: readonly string[];
  readonly keywords: readonly string[];
  /** The answer as plain text (see `plainText`), indexed at low weight. */
  readonly answer: string;
}

export interface Candidate {
  readonly id: string;
  /** Confidence in 0..1, higher is better. */
  readonly score: number;
}

/**
 * answer: show results[0]; suggest: "did you mean…" with the top 3; none: the honest "no answer",
 * offering none of the results (they stay ranked for `ask`).
 */
export type Verdict = 'answer' | 'suggest' | 'none';

export interface MatchOutcome {
  readonly verdict: Verdict;
  /** Up to 5 candidates, best first. */
  readonly results: readonly Candidate[];
}

export interface Matcher {
  match(query: string): MatchOutcome;
  /** Questions to offer while the visitor types: cheap, prefix-tolerant, best first. */
  suggest(partial: string, limit?: number): readonly Candidate[];
  /** Words of `query` the corpus does not know that a typo corrector could read (see `MatcherOptions.typos`). */
  correctable(query: string): readonly string[];
}

export interface MatcherOptions {
  /**
   * Typo correction: a corrector, or a function giving the one loaded so far (the browser loads it
   * only when a visitor types a word the corpus does not know). Without one, such words stay as typed.
   */
  readonly typos?: TypoCorrector | (() => TypoCorrector | undefined);
}

/** Candidates returned by `match` (CONTRACT §4: up to 5). */
const MAX_RESULTS = 5;
/**
 * Entries, best by BM25F, whose confidence is measured (unit: entries). Confidence can reorder
 * close BM25F scores; entries further down never reach the top 5 in practice.
 */
const RERANK_DEPTH = 12;
/** Candidates below this confidence are noise, not offered at all (0..1; scores round to 0.001). */
const MIN_SCORE = 0.01;
/** Completions tried for the word being typed (unit: stems); more only adds noise. */
const MAX_COMPLETIONS = 8;
/**
 * Share of relevance from the closest single phrasing, the rest from BM25F (0..1). 0.35–0.4 was
 * best on both halves of the development set (0.3 and below let an off-topic question through,
 * 0.45 and up rank worse); either alone ranks worse.
 */
const PHRASE_MIX = 0.4;
/**
 * Highest confidence when the question names a subject this FAQ is not about (see `other-topics.ts`),
 * or names nothing of its domain and matches weakly (see `domain-words.ts`): just under
 * ANSWER_THRESHOLD, so the entries it shares words with stay ranked (for `ask`), never the answer.
 */
const ELSEWHERE_CAP = ANSWER_THRESHOLD - 0.001;
/** Shortest half-typed word completed (unit: letters); one letter begins too many words. */
const MIN_PREFIX = 2;

let lay: LayPhrases | undefined;

/**
 * The lay-phrase table, compiled (its words stemmed) on first use rather than when the module
 * loads, so a browser can do it in steps (see `matcherSteps`).
 */
export function layPhrases(): LayPhrases {
  return runThrough(layPhrasesSteps());
}

function* layPhrasesSteps(): Steps<LayPhrases> {
  return (lay ??= yield* layPhraseSteps(LAY_TERMS));
}

export function createMatcher(docs: readonly SearchDoc[], options: MatcherOptions = {}): Matcher {
  return matcherOver(docs.map((d) => d.id), docs.map(analyseDoc), options);
}

/** A matcher over entries analysed beforehand (the bundled corpus is analysed at build time). */
export function matcherOver(ids: readonly string[], analysed: readonly AnalysedDoc[], options: MatcherOptions = {}): Matcher {
  return runThrough(matcherSteps(ids, analysed, options));
}

/** `matcherOver`, pausing between the steps of compiling the lay-phrase table, stemming the word tables and building the index. */
export function* matcherSteps(ids: readonly string[], analysed: readonly AnalysedDoc[], options: MatcherOptions = {}): Steps<Matcher> {
  const phrases = yield* layPhrasesSteps();
  yield* wordTableSteps();
  const index = yield* bm25fSteps(analysed, phrases.stems);
  const phrasings = buildPhrasings(analysed, index);
  const general = findGeneralEntry(analysed, index);
  const { typos } = options;
  const context = (): QueryContext => ({ index, lay: phrases, typos: typeof typos === 'function' ? typos() : typos });

  const rank = (units: readonly Unit[], terms: ReadonlyMap<string, number>): Candidate[] => {
    const scores = new Float64Array(index.size);
    for (const [s, weight] of terms) index.accumulate(s, weight, scores);
    const hits: number[] = [];
    for (let doc = 0; doc < scores.length; doc++) if ((scores[doc] ?? 0) > 0) hits.push(doc);
    const byBm25 = hits.toSorted((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b).slice(0, RERANK_DEPTH);
    const bestBm25 = scores[byBm25[0] ?? 0] ?? 1;
    // Relevance mixes BM25F (relative to the best) with the closest single phrasing; the score is
    // the entry's confidence scaled by its relevance relative to the most relevant entry.
    const relevant = byBm25
      .map((doc) => ({ doc, rel: (1 - PHRASE_MIX) * ((scores[doc] ?? 0) / bestBm25) + PHRASE_MIX * phrasings.best(terms, doc) }))
      .toSorted((a, b) => b.rel - a.rel || a.doc - b.doc);
    const bestRel = relevant[0]?.rel ?? 1;
    return relevant
      .map(({ doc, rel }, order) => ({ doc, order, score: confidence(units, doc, index) * (rel / bestRel) }))
      .toSorted((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, MAX_RESULTS)
      .map(({ doc, score }) => ({ id: ids[doc] ?? '', score: Math.round(score * 1000) / 1000 }))
      .filter((c) => c.score >= MIN_SCORE);
  };

  return {
    match(query) {
      const { units, terms, elsewhere, elsewherePhrases, anchored } = analyseQuery(query, context());
      let results = rank(units, terms);
      if (general && asksAboutDomain(units, general, index)) {
        // The general entry answers, as confidently as the threshold for an answer at least.
        const id = ids[general.doc] ?? '';
        const own = results.find((r) => r.id === id)?.score ?? 0;
        const score = Math.max(own, results[0]?.score ?? 0, ANSWER_THRESHOLD);
        results = [{ id, score }, ...results.filter((r) => r.id !== id)].slice(0, MAX_RESULTS);
      }
      // A question about another subject ("when does the pharmacy close") is not answered.
      const otherSubject = (elsewhere.length > 0 && !(general && namesDomain(units, general))) || elsewherePhrases.length > 0;
      // One naming nothing of the domain is answered only on a strong match ("what time does the bank close").
      const weakOutsider = !anchored && (results[0]?.score ?? 0) < UNANCHORED_THRESHOLD;
      if (!(otherSubject || weakOutsider)) return { verdict: verdictFor(results[0]?.score ?? 0), results };
      // Not "did you mean…" either: such a question shares only chance words with the entries, and on
      // the read sets its top three were mostly nonsense ("my wifi keeps dropping" → infidelity).
      return { verdict: 'none', results: results.map((r) => ({ id: r.id, score: Math.min(r.score, ELSEWHERE_CAP) })) };
    },
    suggest(partial, limit = 3) {
      // The last word may be half typed: read it as any known stem it begins.
      const words = tokenise(partial);
      const typing = /[\p{L}\p{N}]$/u.test(partial) ? words.pop() : undefined;
      const { units, terms } = analyseQuery(words.join(' '), context());
      const allUnits = [...units];
      const allTerms = new Map(terms);
      if (typing !== undefined && !isStopword(typing)) {
        // "therapy" stems to "therapi" and "sessio" to itself: the shared start is safe for both.
        const stemmed = stem(typing);
        let shared = 0;
        while (shared < stemmed.length && stemmed[shared] === typing[shared]) shared++;
        const completions = shared >= MIN_PREFIX ? completionsOf(index.sortedStems, typing.slice(0, shared)) : [];
        if (completions.length > 0) {
          allUnits.push({ words: completions.map((s) => ({ stem: s, credit: 1 })), means: [], idiom: false, weight: 1 });
          for (const s of completions) allTerms.set(s, Math.max(allTerms.get(s) ?? 0, 1));
        }
      }
      return rank(allUnits, allTerms)
        .filter((c) => c.score >= SUGGEST_THRESHOLD)
        .slice(0, Math.max(0, limit));
    },
    correctable(query) {
      return correctableWords(query, context());
    },
  };
}

/** Up to MAX_COMPLETIONS stems starting with `prefix`, shortest first (a binary search, then a scan). */
function completionsOf(sorted: readonly string[], prefix: string): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  const found: string[] = [];
  for (let i = lo; i < sorted.length && (sorted[i] ?? '').startsWith(prefix); i++) found.push(sorted[i] ?? '');
  return found.toSorted((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, MAX_COMPLETIONS);
}
