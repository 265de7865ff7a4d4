import { CRISIS_CATEGORIES, type CrisisCategory } from './categories.ts';
import { CRISIS_RULES, ruleFires, rulePatterns } from './crisis-rules.ts';
import { normaliseForSafety } from './normalise-for-safety.ts';

/** Crisis detection: reviewed phrase rules over normalised text, run before matching. */

export interface CrisisHit {
  readonly category: CrisisCategory;
  /** Stable id of the reviewed rule that fired, for tests and review. */
  readonly ruleId: string;
}

/** Every category the text signals, most urgent first; empty when none. Runs before matching. */
export function detectCrisis(text: string): readonly CrisisHit[] {
  const normalised = normaliseForSafety(text);
  if (normalised === '') return [];
  const hits: CrisisHit[] = [];
  for (const category of CRISIS_CATEGORIES) {
    const fired = CRISIS_RULES.find((rule) => rule.category === category && ruleFires(rule, normalised));
    if (fired !== undefined) hits.push({ category, ruleId: fired.id });
  }
  return hits;
}

/**
 * Runs every rule's patterns once on a fixed text, one pattern per step. A browser compiles a regular
 * expression when it first runs, and compiling every rule inside the visitor's first question
 * held a 4x-throttled phone for 130-240 ms; stepped through after loading (see `runInSlices`), the
 * work is spread over short tasks and the first question runs at full speed. The text is fixed, so
 * nothing about the visitor is involved.
 */
export function* compileRules(): Generator<void> {
  for (const pattern of rulePatterns()) {
    pattern.test('warming up');
    yield;
  }
}
