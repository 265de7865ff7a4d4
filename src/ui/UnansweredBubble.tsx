import type { Engine } from '../engine/engine.ts';
import type { PanelMessages } from '../i18n/panel-locale.ts';
import type { Message } from '../state/chat-model.ts';
import { Chips } from './Chips.tsx';
import { ClinicCard } from './ClinicCard.tsx';

type UnansweredMessage = Extract<Message, { kind: 'unanswered' }>;

/** The honest "no answer": close suggestions, and the clinic's own contact when it gave one. */
export function UnansweredBubble({ message, engine, t, onAsk }: { message: UnansweredMessage; engine: Engine; t: PanelMessages; onAsk: (id: string) => void }) {
  return (
    <article class="bubble bot unanswered" part="unanswered" data-unanswered="">
      <p>{message.close ? t.didYouMean : t.noAnswer}</p>
      <Chips ids={message.suggestionIds} engine={engine} label={message.close ? t.related : t.noAnswerSuggestions} onAsk={onAsk} />
      <ClinicCard clinic={engine.clinic} t={t} />
    </article>
  );
}
