/**
 * `<confide-faq>`: the custom-element shell (CONTRACT §2). It reads attributes at the edge, owns the
 * open shadow root and its constructable stylesheet, wires page-level listeners (quick exit,
 * pagehide, narrow screens), dispatches the public events, and renders `App` with one chat model.
 *
 * CSS custom properties (on the element): --confide-accent, --confide-font, --confide-radius,
 * --confide-z-index, --confide-offset-x, --confide-offset-y. Parts: launcher, panel, header, log,
 * answer, unanswered, crisis, chip, input, send-button, exit-button, close-button, composer.
 */
import { signal } from '@preact/signals';
import { h, render, type ComponentType } from 'preact';
import type { FaqSource, LoadedEngine } from '../engine/load.ts';
import { createChatModel, MAX_QUESTION_LENGTH, type ChatEvents, type ChatModel } from '../state/chat-model.ts';
import { CONFIG_ATTRIBUTES, readConfig, type WidgetConfig } from '../state/config.ts';
import { App } from '../ui/App.tsx';
import type { PanelProps } from '../ui/Panel.tsx';
import { navigateAway } from './navigate.ts';
import { widgetStyles } from './styles.ts';

/**
 * Below this width, or height (a phone held sideways), the panel covers the screen and is modal
 * (WCAG 1.4.10 reflow at 320 px).
 */
const NARROW_QUERY = '(max-width: 480px), (max-height: 480px)';

export interface ConfideEventMap {
  'confide:ask': CustomEvent<{ question?: string }>;
  'confide:answer': CustomEvent<{ question?: string; id: string; score: number }>;
  'confide:unanswered': CustomEvent<{ question?: string }>;
  'confide:crisis': CustomEvent<Record<string, never>>;
  'confide:feedback': CustomEvent<{ id: string; helpful: boolean }>;
  'confide:error': CustomEvent<{ message: string }>;
}

const loadEngine = (lang: string, faq: FaqSource | undefined): Promise<LoadedEngine> =>
  import('../engine/load.ts').then((m) => m.loadEngine(lang, faq));

export class ConfideFaqElement extends HTMLElement {
  static readonly observedAttributes = [...CONFIG_ATTRIBUTES, 'theme'];

  #config = signal<WidgetConfig>(this.#readConfig());
  #model: ChatModel | undefined;
  #panel = signal<ComponentType<PanelProps> | undefined>(undefined);
  #narrow = signal(false);
  #cleanup: Array<() => void> = [];

  connectedCallback(): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [widgetStyles()];
    this.#config.value = this.#readConfig();
    this.#ensureModel();
    this.#listen();
    this.#render();
    // Floating mode loads nothing more until first intent (pointer, focus or touch on the launcher):
    // a visitor who never opens the widget costs the page only the launcher.
    if (this.#config.peek().mode === 'inline' || this.#config.peek().open) this.open();
  }

  disconnectedCallback(): void {
    for (const undo of this.#cleanup.splice(0)) undo();
    if (this.shadowRoot) render(null, this.shadowRoot);
    this.#model?.dispose();
    this.#model = undefined;
  }

  attributeChangedCallback(name: string, previous: string | null, next: string | null): void {
    if (previous === next || !this.isConnected) return;
    this.#config.value = this.#readConfig();
    if (name === 'open') {
      if (this.#config.peek().open) this.open();
      else this.close();
    }
    this.#render();
  }

  /** Opens the panel (floating mode). */
  open(): void {
    void this.#loadPanel();
    this.#ensureModel().open();
  }

  close(): void {
    this.#model?.close();
  }

  /** Asks a question as if the visitor typed and sent it. */
  async ask(text: string): Promise<void> {
    this.open();
    await this.#ensureModel().ask(clipQuestion(String(text ?? '')));
  }

  /** Replaces the corpus at run time; validated like a fetched file (errors fire `confide:error`). */
  setFaq(corpus: object): void {
    this.#ensureModel().setFaq(corpus);
  }

  #readConfig(): WidgetConfig {
    return readConfig((name) => this.getAttribute(name), document.documentElement.getAttribute('lang'));
  }

  #ensureModel(): ChatModel {
    this.#model ??= createChatModel({
      config: this.#config,
      events: this.#events(),
      loadEngine,
      navigate: navigateAway,
      storage: sessionStorageOrUndefined(),
    });
    return this.#model;
  }

  #events(): ChatEvents {
    const emit = <K extends keyof ConfideEventMap>(type: K, detail: ConfideEventMap[K]['detail']) =>
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    const q = (question: string) => (this.#config.peek().shareQuestions ? { question } : {});
    return {
      ask: (question) => emit('confide:ask', q(question)),
      answer: (question, id, score) => emit('confide:answer', { ...q(question), id, score }),
      unanswered: (question) => emit('confide:unanswered', q(question)),
      crisis: () => emit('confide:crisis', {}),
      feedback: (id, helpful) => emit('confide:feedback', { id, helpful }),
      error: (message) => {
        // One warning per problem, for the web admin; never the visitor's text.
        console.warn(`Confide: ${message}`);
        emit('confide:error', { message });
      },
    };
  }

  #loadPanel(): Promise<void> {
    if (this.#panel.peek()) return Promise.resolve();
    void this.#ensureModel().prepare();
    return import('../ui/Panel.tsx').then(
      (m) => {
        this.#panel.value = m.Panel;
      },
      () => this.#events().error('the chat panel could not be loaded; check that all files of dist/ are served'),
    );
  }

  #listen(): void {
    const add = <K extends keyof WindowEventMap>(type: K, fn: (e: WindowEventMap[K]) => void) => {
      window.addEventListener(type, fn, true);
      this.#cleanup.push(() => window.removeEventListener(type, fn, true));
    };
    add('keydown', (e) => this.#model?.quickExit.keydown(e));
    add('keyup', (e) => this.#model?.quickExit.keyup(e));
    // The conversation lives in memory only: leaving the page wipes it (unless the clinic opted in).
    add('pagehide', () => {
      if (this.#config.peek().persist !== 'session') this.#model?.clear();
    });
    const media = window.matchMedia?.(NARROW_QUERY);
    if (media) {
      const update = () => (this.#narrow.value = media.matches);
      update();
      media.addEventListener('change', update);
      this.#cleanup.push(() => media.removeEventListener('change', update));
    }
  }

  #render(): void {
    const model = this.#model;
    if (!model || !this.shadowRoot) return;
    const theme = this.getAttribute('theme');
    render(
      h(RootView, {
        model,
        panel: this.#panel,
        narrow: this.#narrow,
        theme: theme === 'dark' || theme === 'light' ? theme : 'auto',
        onIntent: () => void this.#loadPanel(),
      }),
      this.shadowRoot,
    );
  }
}

/** Reads the element's own signals so the shell never re-renders by hand. */
function RootView(props: {
  model: ChatModel;
  panel: { value: ComponentType<PanelProps> | undefined };
  narrow: { value: boolean };
  theme: 'light' | 'dark' | 'auto';
  onIntent: () => void;
}) {
  return h(App, { model: props.model, Panel: props.panel.value, narrow: props.narrow.value, theme: props.theme, onIntent: props.onIntent });
}

/**
 * A question cut to the model's limit without leaving half of a surrogate pair at the end (a plain
 * `slice` would, and the visitor would see "�" instead of their emoji). The model cuts at the same
 * length, so a clipped question passes through it unchanged.
 */
export function clipQuestion(text: string): string {
  if (text.length <= MAX_QUESTION_LENGTH) return text;
  const cut = text.slice(0, MAX_QUESTION_LENGTH);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** sessionStorage only for `persist="session"`; a blocked API (sandboxed iframe) means no persistence. */
function sessionStorageOrUndefined(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'confide-faq': ConfideFaqElement;
  }
  interface HTMLElementEventMap extends ConfideEventMap {}
}
