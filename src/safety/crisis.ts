import { CRISIS_CATEGORIES, type CrisisCategory } from './categories.ts';
import { CRISIS_RULES, ruleFires, rulePatterns } from './crisis-rules.ts';
import { normaliseForSafety, withoutHedges } from './normalise-for-safety.ts';
import { nearSignals, signalPatterns, signalledCategories } from './risk-signals.ts';

/**
 * Crisis detection: reviewed phrase rules over normalised text, run before matching; when none fires,
 * the scored signals of `risk-signals.ts` catch wording the rules have not seen.
 */

export interface CrisisHit {
  readonly category: CrisisCategory;
  /** Stable id of the reviewed rule that fired, for tests and review. */
  readonly ruleId: string;
}

export interface Screening {
  /** Every category the text signals, most urgent first; empty when none. */
  readonly hits: readonly CrisisHit[];
  /** No category fired, but the signs came close: the reply points quietly to the crisis lines. */
  readonly near: boolean;
}

/** Crisis detection and its near misses, over one normalisation. Runs before matching. */
export function screenMessage(text: string): Screening {
  const normalised = normaliseForSafety(text);
  if (normalised === '') return { hits: [], near: false };
  let ruled = ruleHits(normalised);
  if (ruled.length === 0) {
    // A second reading only when the plain one found nothing and the text has hedges to drop.
    const unhedged = withoutHedges(normalised);
    if (unhedged !== normalised) ruled = ruleHits(unhedged);
  }
  const hits = ruled.length > 0 ? ruled : signalHits(normalised);
  return { hits, near: hits.length === 0 && nearSignals(normalised) };
}

/** Every category the text signals, most urgent first; empty when none. Runs before matching. */
export const detectCrisis = (text: string): readonly CrisisHit[] => screenMessage(text).hits;

function ruleHits(normalised: string): CrisisHit[] {
  const hits: CrisisHit[] = [];
  for (const category of CRISIS_CATEGORIES) {
    const fired = CRISIS_RULES.find((rule) => rule.category === category && ruleFires(rule, normalised));
    if (fired !== undefined) hits.push({ category, ruleId: fired.id });
  }
  return hits;
}

/** One id per category, `category.signals.scored`, in the rules' `category.kind.name` form. */
const signalHits = (normalised: string): CrisisHit[] =>
  signalledCategories(normalised).map((category) => ({ category, ruleId: `${category}.signals.scored` }));

/**
 * Runs every rule's patterns once on a fixed text, one pattern per step. A browser compiles a regular
 * expression when it first runs, and compiling every rule inside the visitor's first question
 * held a 4x-throttled phone for 130-240 ms; stepped through after loading (see `runInSlices`), the
 * work is spread over short tasks and the first question runs at full speed. The text is fixed, so
 * nothing about the visitor is involved.
 */
export function* compileRules(): Generator<void> {
  for (const pattern of [...rulePatterns(), ...signalPatterns()]) {
    pattern.test('warming up');
    yield;
  }
}
