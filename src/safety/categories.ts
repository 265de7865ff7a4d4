/** The kinds of crisis the widget recognises; small enough to load with the launcher's engine. */
export type CrisisCategory = 'suicide' | 'sexual-assault' | 'partner-violence' | 'child-abuse';

/**
 * Most urgent first: a life at immediate risk, then a child who cannot protect themselves, then a
 * recent assault (time-limited medical and forensic care), then ongoing partner violence.
 */
export const CRISIS_CATEGORIES: readonly CrisisCategory[] = ['suicide', 'child-abuse', 'sexual-assault', 'partner-violence'];
