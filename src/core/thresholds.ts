import type { Verdict } from './matcher.ts';

/**
 * Lowest confidence shown as the answer (0..1). Chosen on the development set: from 0.42 up, 11 of
 * its 12 off-topic questions are refused (the one left shares "sex", "long" and "after" with the
 * corpus); each 0.025 higher costs 1–2 answerable questions, each lower lets off-topic ones through.
 */
export const ANSWER_THRESHOLD = 0.43;

/**
 * Lowest confidence shown as the answer when the question names none of the domain's own words (see
 * `domain-words.ts`): such a question shares only everyday words with an entry ("cost", "time",
 * "book"), so a middling match is more likely chance. Chosen on our guard set, the h5 fresh set and
 * the development set, then checked once on a fresh set written after: refused off-topic +5/135,
 * +2/45, 0/12 and +3/30; top-1 −2/337, 0, 0 and 0. At 0.65 the development set loses 3 answers.
 */
export const UNANCHORED_THRESHOLD = 0.6;

/**
 * Lowest confidence offered as "did you mean…" suggestions (0..1); below it the widget says it has
 * no answer. Long, story-like questions land between the two thresholds, and most off-topic
 * questions below this one.
 */
export const SUGGEST_THRESHOLD = 0.2;

export function verdictFor(confidence: number): Verdict {
  if (confidence >= ANSWER_THRESHOLD) return 'answer';
  return confidence >= SUGGEST_THRESHOLD ? 'suggest' : 'none';
}
