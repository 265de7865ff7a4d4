import type { ShownEntry } from '../engine/bundled.ts';
import type { Engine } from '../engine/engine.ts';
import type { PanelMessages } from '../i18n/panel-locale.ts';
import { safeUrl } from '../render/url-policy.ts';
import type { Message } from '../state/chat-model.ts';
import { Chips } from './Chips.tsx';
import { ClinicCard } from './ClinicCard.tsx';
import { ExternalLink } from './ExternalLink.tsx';
import { HelpNudge } from './HelpNudge.tsx';
import { RichText } from './RichText.tsx';

/** Entries whose answer is about this clinic get the clinic's booking and contact card. */
const CLINIC_CARD_ENTRIES = new Set(['booking']);
/** Related questions offered under an answer. */
const RELATED_SHOWN = 3;

type AnswerMessage = Extract<Message, { kind: 'answer' }>;

export interface AnswerBubbleProps {
  message: AnswerMessage;
  engine: Engine;
  t: PanelMessages;
  onAsk: (id: string) => void;
  onFeedback: (key: number, helpful: boolean) => void;
  onHelp: () => void;
}

/**
 * Where an answer comes from: its sources, or, for a clinic's own entry written without any, the
 * clinic; a visitor and a clinician can always tell who says what.
 */
function Provenance({ entry, clinicName, t }: { entry: ShownEntry; clinicName: string | undefined; t: PanelMessages }) {
  const sources = entry.sources ?? [];
  return (
    <p class="sources">
      {sources.length === 0 && t.writtenBy(clinicName)}
      {sources.length > 0 && `${t.sources} `}
      {sources.map((s, i) => {
        const url = s.url ? safeUrl(s.url) : '';
        return (
          <span key={i}>
            {i > 0 && '; '}
            {url ? <ExternalLink href={url}>{s.title}</ExternalLink> : s.title}
          </span>
        );
      })}
      {entry.reviewed && <span class="reviewed"> · {t.reviewed(entry.reviewed)}</span>}
    </p>
  );
}

export function AnswerBubble({ message, engine, t, onAsk, onFeedback, onHelp }: AnswerBubbleProps) {
  // A FAQ file swapped in later may not have this entry: its bubble then stays empty.
  const shown = engine.entry(message.entryId);
  if (!shown) return null;
  const { entry, answer } = shown;
  const headingId = `q-${message.key}`;
  const links = (entry.links ?? []).filter((l) => safeUrl(l.url));
  return (
    <article class="bubble bot answer" part="answer" data-entry-id={entry.id} aria-labelledby={headingId}>
      <h3 id={headingId} class="answer-question">{entry.question}</h3>
      {/* Before the answer: a question close to a crisis signal reads the way to help first. */}
      {message.nearCrisis === true && <HelpNudge t={t} onHelp={onHelp} />}
      <div class="answer-body">
        <RichText nodes={answer} />
      </div>
      {CLINIC_CARD_ENTRIES.has(entry.id) && <ClinicCard clinic={engine.clinic} t={t} />}
      {links.length > 0 && (
        <ul class="links" aria-label={t.moreHelp}>
          {links.map((l) => (
            <li key={l.url}>
              <ExternalLink href={l.url} class="action">{l.label}</ExternalLink>
            </li>
          ))}
        </ul>
      )}
      <Provenance entry={entry} clinicName={engine.clinic?.name} t={t} />
      <Chips ids={message.alsoIds} engine={engine} label={t.alsoAsked} onAsk={onAsk} />
      <Chips ids={(entry.related ?? []).slice(0, RELATED_SHOWN)} engine={engine} label={t.related} onAsk={onAsk} />
      <div class="feedback" role="group" aria-label={t.helpful}>
        {message.helpful === undefined && (
          <>
            <span aria-hidden="true">{t.helpful}</span>
            <button type="button" class="small" onClick={() => onFeedback(message.key, true)}>{t.yes}</button>
            <button type="button" class="small" onClick={() => onFeedback(message.key, false)}>{t.no}</button>
          </>
        )}
        {/* Rendered before it has text: a live region inserted together with its message is often not announced. */}
        <span role="status">{message.helpful === undefined ? '' : t.thanks}</span>
      </div>
    </article>
  );
}
