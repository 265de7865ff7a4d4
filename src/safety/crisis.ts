/** Crisis detection. PLACEHOLDER until the safety issue lands; the interface is final. */
export type CrisisCategory = 'suicide' | 'sexual-assault' | 'partner-violence' | 'child-abuse';

export interface CrisisHit {
  readonly category: CrisisCategory;
  /** Stable id of the reviewed rule that fired, for tests and review. */
  readonly ruleId: string;
}

/** Every category the text signals, most urgent first; empty when none. Runs before matching. */
export function detectCrisis(text: string): readonly CrisisHit[] {
  return /\b(kill myself|suicid\w*)\b/i.test(text) ? [{ category: 'suicide', ruleId: 'placeholder' }] : [];
}
