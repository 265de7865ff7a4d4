import { CRISIS_GATE_SOURCE } from '../generated/crisis-gate-data.ts';
import { normaliseForSafety } from './normalise-for-safety.ts';

/** Literals derived from the crisis rules at build time (scripts/build-crisis-gate.ts). */
const GATE = new RegExp(CRISIS_GATE_SOURCE);

/**
 * Whether `detectCrisis(text)` could find anything: true whenever it would, and for some harmless
 * texts too; false means no crisis rule can fire, so the rules need not be loaded. It normalises
 * like `detectCrisis` and looks for literals of which every rule requires one. Small on purpose:
 * it imports neither the rules nor their vocabulary.
 */
export function mayBeCrisis(text: string): boolean {
  const normalised = normaliseForSafety(text);
  return normalised !== '' && GATE.test(normalised);
}
