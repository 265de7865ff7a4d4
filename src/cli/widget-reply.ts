import type { Matcher, MatchOutcome } from '../core/matcher.ts';
import { answerAfterNotice } from '../safety/after-notice.ts';
import type { CrisisCategory } from '../safety/categories.ts';
import { detectCrisis } from '../safety/crisis.ts';

export interface WidgetReply {
  /** Categories of the crisis notice, most urgent first; empty when there is none. */
  readonly crisis: readonly CrisisCategory[];
  readonly outcome: MatchOutcome;
}

/** What the widget replies to `text`, as the engine decides it (src/engine/engine.ts), for `ask`, `check` and `eval`. */
export function widgetReply(matcher: Pick<Matcher, 'match'>, text: string): WidgetReply {
  const crisis = detectCrisis(text).map((hit) => hit.category);
  return { crisis, outcome: answerAfterNotice(matcher, text, matcher.match(text), crisis) };
}
