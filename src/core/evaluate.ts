/**
 * Scores a matcher against labelled questions (the format of `shared/eval/dev.jsonl`). Shared by
 * `npm run eval` and the dev-set test so both count the same way.
 */
import type { Candidate, MatchOutcome } from './matcher.ts';

export interface EvalCase {
  readonly q: string;
  /** Acceptable entry ids; empty when the question is out of domain. */
  readonly expect: readonly string[];
  /** Whether a crisis notice is expected; null when either is acceptable. */
  readonly crisis: boolean | null;
}

export type MissKind = 'top-1' | 'top-3' | 'answered-off-topic' | 'crisis-missed' | 'false-crisis';

export interface Miss {
  readonly kind: MissKind;
  readonly q: string;
  readonly expect: readonly string[];
  readonly answered: boolean;
  readonly crisis: boolean;
  readonly results: readonly Candidate[];
}

/** A share `hit / of`; `rate` is 1 when there is nothing to count. */
export interface Share {
  readonly hit: number;
  readonly of: number;
  readonly rate: number;
}

export interface EvalReport {
  /** Answerable questions answered with an expected id first. */
  readonly top1: Share;
  /** Answerable questions with an expected id among the first 3 results, answered or not. */
  readonly top3: Share;
  /** Out-of-domain questions not labelled crisis that got no answer. */
  readonly refused: Share;
  /** Crisis-labelled questions that raised the crisis notice. */
  readonly crisisFound: Share;
  /** Questions labelled not crisis that raised it anyway. */
  readonly falseCrisis: Share;
  readonly misses: readonly Miss[];
}

const share = (hit: number, of: number): Share => ({ hit, of, rate: of === 0 ? 1 : hit / of });

/** Reads JSON lines; throws with the line number on a malformed one. */
export function parseEvalLines(text: string): EvalCase[] {
  const cases: EvalCase[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`line ${i + 1}: not JSON`);
    }
    const v = value as Partial<EvalCase> | null;
    if (!v || typeof v.q !== 'string' || !Array.isArray(v.expect) || !v.expect.every((id) => typeof id === 'string')) {
      throw new Error(`line ${i + 1}: expected {"q": string, "expect": string[], "crisis": boolean|null}`);
    }
    cases.push({ q: v.q, expect: v.expect, crisis: typeof v.crisis === 'boolean' ? v.crisis : null });
  });
  return cases;
}

/** Scores the widget's replies (`reply`: what it shows, crisis notice and answer) against the cases. */
export function evaluate(cases: readonly EvalCase[], reply: (text: string) => { readonly crisis: readonly unknown[]; readonly outcome: MatchOutcome }): EvalReport {
  const count = { top1: 0, top3: 0, answerable: 0, refused: 0, offTopic: 0, found: 0, crises: 0, falseCrisis: 0, calm: 0 };
  const misses: Miss[] = [];
  for (const c of cases) {
    const replied = reply(c.q);
    const { outcome } = replied;
    const answered = outcome.verdict === 'answer';
    const crisis = replied.crisis.length > 0;
    const miss = (kind: MissKind) => misses.push({ kind, q: c.q, expect: c.expect, answered, crisis, results: outcome.results });
    if (c.expect.length > 0) {
      count.answerable++;
      const first = outcome.results[0]?.id;
      if (answered && first !== undefined && c.expect.includes(first)) count.top1++;
      else miss('top-1');
      if (outcome.results.slice(0, 3).some((r) => c.expect.includes(r.id))) count.top3++;
      else miss('top-3');
    } else if (c.crisis !== true) {
      count.offTopic++;
      if (answered) miss('answered-off-topic');
      else count.refused++;
    }
    if (c.crisis === true) {
      count.crises++;
      if (crisis) count.found++;
      else miss('crisis-missed');
    } else if (c.crisis === false) {
      count.calm++;
      if (crisis) {
        count.falseCrisis++;
        miss('false-crisis');
      }
    }
  }
  return {
    top1: share(count.top1, count.answerable),
    top3: share(count.top3, count.answerable),
    refused: share(count.refused, count.offTopic),
    crisisFound: share(count.found, count.crises),
    falseCrisis: share(count.falseCrisis, count.calm),
    misses,
  };
}
