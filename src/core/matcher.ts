/**
 * The matcher's public face. PLACEHOLDER until the matching issue lands: a plain word-overlap
 * ranker so the rest of the product can be built against the final interface.
 */
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

/** answer: show results[0]; suggest: "did you mean…" with the top 3; none: the honest "no answer". */
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
}

const words = (s: string) => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];

export function createMatcher(docs: readonly SearchDoc[]): Matcher {
  const bags = docs.map((d) => ({ id: d.id, words: new Set(words([d.question, ...d.alternates, ...d.keywords].join(' '))) }));
  const rank = (query: string): Candidate[] => {
    const q = [...new Set(words(query))].filter((w) => w.length > 2);
    if (q.length === 0) return [];
    return bags
      .map((b) => ({ id: b.id, score: q.filter((w) => b.words.has(w)).length / q.length }))
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, 5);
  };
  return {
    match(query) {
      const results = rank(query);
      const top = results[0]?.score ?? 0;
      return { verdict: top >= 0.5 ? 'answer' : top >= 0.25 ? 'suggest' : 'none', results };
    },
    suggest(partial, limit = 3) {
      return rank(partial).slice(0, limit);
    },
  };
}
