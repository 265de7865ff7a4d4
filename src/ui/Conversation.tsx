import { Component } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Engine } from '../engine/engine.ts';
import type { PanelMessages } from '../i18n/panel-locale.ts';
import type { ChatModel, Message } from '../state/chat-model.ts';
import { AnswerBubble } from './AnswerBubble.tsx';
import { Chips } from './Chips.tsx';
import { CrisisNotice } from './CrisisNotice.tsx';
import { UnansweredBubble } from './UnansweredBubble.tsx';

/** The conversation: a `role="log"`, so screen readers announce each new reply. */
export function Conversation({ model, t, shown }: { model: ChatModel; t: PanelMessages; shown: boolean }) {
  const engine = model.engine.value;
  const messages = model.messages.value;
  const log = useRef<HTMLDivElement>(null);
  const last = messages[messages.length - 1];
  const lastQuestion = messages.findLast((m) => m.kind === 'user');

  // Bring the latest question to the top of the log, so its reply reads from the start. The log
  // scrolls itself: scrollIntoView would also scroll the host page. In the next frame, before its
  // paint: the reply's first frame is already in place (after paint would cost a second layout and
  // frame), and the layout it needs is not added to the task that rendered the reply. A hidden log
  // has no layout to scroll, so this runs again when the panel is shown.
  useLayoutEffect(() => {
    if (!shown) return;
    const frame = requestAnimationFrame(() => {
      const el = log.current;
      const question = lastQuestion && el?.querySelector<HTMLElement>(`[data-key="${lastQuestion.key}"]`);
      if (el && question) el.scrollTop = question.offsetTop - 8;
    });
    return () => cancelAnimationFrame(frame);
  }, [last?.key, engine, shown]);

  return (
    <div ref={log} class="log" part="log" role="log" aria-label={t.conversationLabel} tabIndex={0}>
      <div class="bubble bot greeting">
        <p>{t.greeting({ kept: model.config.value.persist === 'session', shared: model.config.value.shareQuestions })}</p>
        {engine && messages.length === 0 && <Chips ids={model.starters.value} engine={engine} label={t.suggestionsLabel} onAsk={model.askEntry} />}
      </div>
      {messages.map((m) => (
        <MessageView key={m.key} message={m} model={model} t={t} engine={engine} />
      ))}
      {last?.kind === 'user' && <p class="thinking" role="status">{t.thinking}</p>}
    </div>
  );
}

interface MessageViewProps {
  message: Message;
  model: ChatModel;
  t: PanelMessages;
  engine: Engine | undefined;
}

/**
 * Messages are immutable: one re-renders only when it is replaced (feedback), the engine or the
 * language changes, so a long conversation costs the same per reply as a short one.
 */
class MessageView extends Component<MessageViewProps> {
  override shouldComponentUpdate(next: MessageViewProps): boolean {
    return next.message !== this.props.message || next.t !== this.props.t || next.engine !== this.props.engine;
  }

  override render({ message, model, t, engine }: MessageViewProps) {
    return renderMessage(message, model, t, engine);
  }
}

function renderMessage(message: Message, model: ChatModel, t: PanelMessages, engine: Engine | undefined) {
  switch (message.kind) {
    case 'user':
      return (
        <div class="bubble user" part="user-message" data-key={message.key}>
          <span class="visually-hidden">{t.you}: </span>
          {message.text}
        </div>
      );
    case 'crisis':
      return <CrisisNotice categories={message.categories} t={t} />;
    case 'error':
      return <div class="bubble bot error">{t.loadError}</div>;
    case 'answer':
      return engine ? <AnswerBubble message={message} engine={engine} t={t} onAsk={model.askEntry} onFeedback={model.feedback} onHelp={model.showHelp} /> : null;
    case 'unanswered':
      return engine ? <UnansweredBubble message={message} engine={engine} t={t} onAsk={model.askEntry} onHelp={model.showHelp} /> : null;
  }
}
