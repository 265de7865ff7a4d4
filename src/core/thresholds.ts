import type { Verdict } from './matcher.ts';

/**
 * Lowest confidence shown as the answer (0..1). Chosen on the development set as the point where
 * off-topic questions stay refused while lay questions still get their answer.
 */
export const ANSWER_THRESHOLD = 0.5;

/** Lowest confidence offered as "did you mean…" suggestions (0..1); below it the widget says it has no answer. */
export const SUGGEST_THRESHOLD = 0.3;

export function verdictFor(confidence: number): Verdict {
  if (confidence >= ANSWER_THRESHOLD) return 'answer';
  return confidence >= SUGGEST_THRESHOLD ? 'suggest' : 'none';
}
