/**
 * Crisis detection, loaded on its own: a crisis notice waits for nothing else, neither a clinic's
 * FAQ file (which may take seconds, up to its time limit) nor the matcher and the corpus. It loads
 * on first intent with the engine, whatever the visitor types (privacy: see engine.ts).
 */
import { CRISIS_CATEGORIES, type CrisisCategory } from '../safety/categories.ts';
import { runInSlices } from './yield-to-page.ts';

export interface Screened {
  /** Crisis categories the text signals, most urgent first; when any, the crisis notice comes first. */
  readonly crisis: readonly CrisisCategory[];
  /** No category fired, but the signs came close: the reply carries a quiet way to the crisis lines. */
  readonly nearCrisis: boolean;
}

export type Screen = (text: string) => Screened;

/** If the rules cannot load, every category's help is shown: a missed crisis costs far more than an unneeded notice. */
const UNSCREENED: Screened = { crisis: CRISIS_CATEGORIES, nearCrisis: false };

let loading: Promise<Screen> | undefined;

/** The screen, once its rules have loaded and compiled (in slices); one load per page. */
export function loadScreen(): Promise<Screen> {
  loading ??= import('../safety/crisis.ts').then(
    async ({ compileRules, screenMessage }) => {
      await runInSlices(compileRules());
      return (text: string) => {
        const { hits, near } = screenMessage(text);
        return { crisis: [...new Set(hits.map((h) => h.category))], nearCrisis: near };
      };
    },
    () => () => UNSCREENED,
  );
  return loading;
}
