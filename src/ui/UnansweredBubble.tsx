import type { Engine } from '../engine/engine.ts';
import type { PanelMessages } from '../i18n/panel-locale.ts';
import type { Message } from '../state/chat-model.ts';
import { Chips } from './Chips.tsx';
import { ClinicCard } from './ClinicCard.tsx';
import { HelpNudge } from './HelpNudge.tsx';

type UnansweredMessage = Extract<Message, { kind: 'unanswered' }>;

/**
 * The honest "no answer": "did you mean…" suggestions when the question is ours, the clinic's own
 * contact when it gave one, and a way to the crisis lines. Crisis wording the detector has not seen often ends here (21 of the 53 such
 * messages in four fresh sets), so the way to help is in the reply itself, not only in the header.
 */
export function UnansweredBubble({ message, engine, t, onAsk, onHelp }: { message: UnansweredMessage; engine: Engine; t: PanelMessages; onAsk: (id: string) => void; onHelp: () => void }) {
  return (
    <article class="bubble bot unanswered" part="unanswered" data-unanswered="">
      <p>{message.close ? t.didYouMean : t.noAnswer}</p>
      <Chips ids={message.suggestionIds} engine={engine} label={t.related} onAsk={onAsk} />
      <ClinicCard clinic={engine.clinic} t={t} />
      <HelpNudge t={t} onHelp={onHelp} />
    </article>
  );
}
