import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { panelMessagesFor } from '../i18n/panel-locale.ts';
import type { ChatModel } from '../state/chat-model.ts';
import { Composer, keepInView } from './Composer.tsx';
import { Conversation } from './Conversation.tsx';
import { HelpView } from './HelpView.tsx';
import css from './panel.css?inline';
import { adoptInto, sheetFor } from './stylesheets.ts';

export interface PanelProps {
  model: ChatModel;
  /** On narrow screens the floating panel covers the page and behaves as a modal dialog. */
  modal: boolean;
  /** A closed floating panel stays rendered, hidden, so that opening it only shows it. */
  hidden?: boolean;
  onClose?: (() => void) | undefined;
  /**
   * Whether the text box takes focus when the panel appears: yes when the visitor opened it, no for
   * an inline panel that is simply part of the page (moving focus on page load strands keyboard and
   * screen-reader users mid-page). Later view changes move focus either way.
   */
  focusOnMount?: boolean;
}

/** Parsed as the panel's chunk loads, in a task of its own rather than the one that renders the panel. */
const panelSheet = sheetFor(css);

/** The chat panel: a labelled dialog with the header, the conversation or the help view, and the text box. */
export function Panel({ model, modal, hidden = false, onClose, focusOnMount = true }: PanelProps) {
  const t = panelMessagesFor(model.config.value.lang);
  const view = model.view.value;
  const input = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  /** Whether the panel was visible at the last focus decision: appearing is not a view change. */
  const shown = useRef(false);
  /** Whether focus is in the panel, so that losing it with a removed control can be told from leaving. */
  const focusInside = useRef(false);

  // The panel's styles travel with its chunk; adopted before the first paint.
  useLayoutEffect(() => {
    if (panel.current) adoptInto(panel.current, panelSheet);
  }, []);

  useEffect(() => {
    const appearing = !shown.current;
    shown.current = !hidden;
    if (hidden || (appearing && !focusOnMount)) return;
    if (view === 'chat') {
      input.current?.focus({ preventScroll: true });
      keepInView(input.current);
    } else {
      panel.current?.querySelector<HTMLElement>('#confide-help-heading')?.focus();
    }
  }, [view, hidden]);

  // A control removed with focus in it (a greeting chip once asked, "Yes" or "No" once answered,
  // "Clear conversation" once cleared) would drop focus to the page, and a screen reader's place
  // with it: focus goes to the text box instead. Chromium reports the loss as a focusout while the
  // control is still in the tree; other engines report nothing, so each render checks too.
  const refocus = () => input.current?.focus({ preventScroll: true });
  const onFocusOut = (e: FocusEvent) => {
    if (e.relatedTarget instanceof Node && panel.current?.contains(e.relatedTarget)) return;
    const left = e.target as Node;
    queueMicrotask(() => {
      if (left.isConnected) focusInside.current = false;
      else refocus();
    });
  };
  useLayoutEffect(() => {
    const root = panel.current?.getRootNode() as ShadowRoot | undefined;
    if (focusInside.current && !hidden && root && !root.activeElement) refocus();
  });

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && onClose) {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Tab' && modal) {
      trapFocus(e, panel.current);
    }
  };

  return (
    <div
      ref={panel}
      id="confide-panel"
      class={`panel${modal ? ' modal' : ''}`}
      part="panel"
      role="dialog"
      aria-modal={modal ? 'true' : undefined}
      aria-labelledby="confide-title"
      hidden={hidden}
      onKeyDown={onKeyDown}
      onFocusIn={() => (focusInside.current = true)}
      onFocusOut={onFocusOut}
    >
      <div class="header" part="header">
        <h2 id="confide-title" class="title">{model.title.value}</h2>
        <div class="header-actions">
          <button type="button" class="exit" part="exit-button" onClick={model.exit} title={t.exitHint}>
            {t.exit}
          </button>
          {onClose && (
            <button type="button" class="icon close" part="close-button" aria-label={t.close} onClick={onClose}>
              <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2" stroke-linecap="round" fill="none" />
              </svg>
            </button>
          )}
        </div>
      </div>
      <p class="disclaimer" part="disclaimer">
        {t.disclaimer}{' '}
        <button type="button" class="link" part="help-link" onClick={model.showHelp}>
          {t.getHelp}
        </button>
      </p>
      {view === 'help' ? (
        <HelpView t={t} onBack={model.showChat} />
      ) : (
        <>
          <Conversation model={model} t={t} shown={!hidden} />
          {model.messages.value.length > 0 && (
            <div class="toolbar">
              <button type="button" class="link" part="clear-button" onClick={model.clear}>
                {t.clear}
              </button>
            </div>
          )}
          <Composer model={model} t={t} inputRef={input} />
        </>
      )}
    </div>
  );
}

/** Keeps Tab inside the modal panel (narrow screens), wrapping at either end. */
function trapFocus(e: KeyboardEvent, panel: HTMLElement | null) {
  if (!panel) return;
  const focusable = [...panel.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], input, [tabindex="0"]')];
  const first = focusable[0];
  const lastEl = focusable[focusable.length - 1];
  const active = (panel.getRootNode() as ShadowRoot).activeElement;
  if (e.shiftKey && active === first) {
    e.preventDefault();
    lastEl?.focus();
  } else if (!e.shiftKey && active === lastEl) {
    e.preventDefault();
    first?.focus();
  }
}
