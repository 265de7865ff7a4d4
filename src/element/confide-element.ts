/**
 * `<confide-faq>`: the custom-element shell (CONTRACT §2). It reads attributes at the edge, owns the
 * open shadow root and its constructable stylesheet, wires page-level listeners (quick exit,
 * pagehide, narrow screens), dispatches the public events, and draws the launcher, the status line
 * and the exit cover as plain DOM bound to one chat model's signals. Preact and the panel load on
 * first intent (pointer, focus or touch on the launcher): a visitor who never opens the widget costs
 * the clinic's page no framework code.
 *
 * CSS custom properties (on the element): --confide-accent, --confide-font, --confide-radius,
 * --confide-z-index, --confide-offset-x, --confide-offset-y. Parts: launcher, panel, header, log,
 * answer, unanswered, crisis, chip, input, send-button, exit-button, close-button, composer.
 */
import { effect, signal } from '@preact/signals-core';
import type { FaqSource, LoadedEngine } from '../engine/load.ts';
import type { Screen } from '../engine/screen.ts';
import { createChatModel, MAX_QUESTION_LENGTH, type ChatEvents, type ChatModel } from '../state/chat-model.ts';
import { CONFIG_ATTRIBUTES, readConfig, type WidgetConfig } from '../state/config.ts';
import { messagesFor, type Messages } from '../i18n/locale.ts';
import { contrastRatio, readableTextOn } from '../ui/contrast.ts';
import { navigateAway } from './navigate.ts';
import { buildShell, type Shell } from './shell-dom.ts';
import { widgetStyles } from './styles.ts';

/**
 * Below this width, or height (a phone held sideways), the panel covers the screen and is modal
 * (WCAG 1.4.10 reflow at 320 px).
 */
const NARROW_QUERY = '(max-width: 480px), (max-height: 480px)';

/** What counts as first intent on the launcher: the panel and the engine start loading. */
const INTENT_EVENTS = ['pointerenter', 'focus', 'touchstart'] as const;

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
const loadScreen = (): Promise<Screen> => import('../engine/screen.ts').then((m) => m.loadScreen());

export class ConfideFaqElement extends HTMLElement {
  static readonly observedAttributes = [...CONFIG_ATTRIBUTES, 'theme'];

  #config = signal<WidgetConfig>(this.#readConfig());
  #theme = signal<'light' | 'dark' | 'auto'>('auto');
  #model: ChatModel | undefined;
  #narrow = signal(false);
  #shell: Shell | undefined;
  #unmount: (() => void) | undefined;
  #mounting: Promise<void> | undefined;
  /** Whether Preact and the panel are in the shadow root; until then a loading line stands in. */
  #mounted = signal(false);
  /** Set when the visitor closes the panel, so focus goes back to the launcher. */
  #returnFocus = false;
  #cleanup: Array<() => void> = [];
  /** The task that binds the shell to the model, after the launcher is first drawn. */
  #binding: ReturnType<typeof setTimeout> | undefined;
  #bound = false;

  connectedCallback(): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [widgetStyles()];
    this.#config.value = this.#readConfig();
    this.#theme.value = this.#readTheme();
    const shell = (this.#shell ??= buildShell());
    root.replaceChildren(shell.root);
    this.#listenToLauncher(shell.launcher);
    const config = this.#config.peek();
    if (config.mode === 'inline' || config.open) {
      this.open();
      return;
    }
    // A floating launcher is drawn now, and bound to the chat model in the next task (or at once if
    // anything needs the model first): creating the model and its listeners in the same task made
    // one long task at page load on a slow phone. Floating mode loads nothing more until first
    // intent (pointer, focus or touch on the launcher): a visitor who never opens the widget costs
    // the page only the launcher.
    this.#drawShell(shell, config, false, messagesFor(config.lang));
    this.#binding = setTimeout(() => this.#connect());
  }

  /** Binds the shell to the model and listens to the page, once per connection. */
  #connect(): void {
    if (!this.#shell || !this.isConnected || this.#bound) return;
    clearTimeout(this.#binding);
    this.#binding = undefined;
    this.#bound = true;
    this.#listen();
    this.#bind(this.#ensureModel(), this.#shell);
  }

  disconnectedCallback(): void {
    clearTimeout(this.#binding);
    this.#binding = undefined;
    this.#bound = false;
    for (const undo of this.#cleanup.splice(0)) undo();
    this.#unmount?.();
    this.#unmount = undefined;
    this.#mounting = undefined;
    this.#mounted.value = false;
    this.shadowRoot?.replaceChildren();
    this.#model?.dispose();
    this.#model = undefined;
  }

  attributeChangedCallback(name: string, previous: string | null, next: string | null): void {
    if (previous === next || !this.isConnected) return;
    this.#config.value = this.#readConfig();
    this.#theme.value = this.#readTheme();
    if (name === 'open') {
      if (this.#config.peek().open) this.open();
      else this.close();
    }
  }

  /** Opens the panel (floating mode). */
  open(): void {
    this.#connect();
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
    this.#connect();
    this.#ensureModel().setFaq(corpus);
  }

  #readConfig(): WidgetConfig {
    return readConfig((name) => this.getAttribute(name), document.documentElement.getAttribute('lang'));
  }

  #readTheme(): 'light' | 'dark' | 'auto' {
    const theme = this.getAttribute('theme');
    return theme === 'dark' || theme === 'light' ? theme : 'auto';
  }

  #ensureModel(): ChatModel {
    this.#model ??= createChatModel({
      config: this.#config,
      events: this.#events(),
      loadEngine,
      loadScreen,
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

  /** First intent: the engine starts loading, and Preact with the panel. */
  #loadPanel(): Promise<void> {
    this.#connect();
    void this.#ensureModel().prepare();
    this.#mounting ??= Promise.all([import('../ui/mount.ts'), import('../ui/Panel.tsx')]).then(
      async ([{ mountApp }, { Panel }]) => {
        // The panel renders (hidden until opened) in a task of its own: evaluating its code and
        // rendering it were one long task on a slow phone.
        await new Promise((resolve) => setTimeout(resolve));
        const model = this.#model;
        if (!model || !this.#shell || !this.isConnected) return;
        this.#unmount = mountApp(this.#shell.slot, {
          model,
          Panel,
          narrow: this.#narrow,
          onClose: () => {
            this.#returnFocus = true;
            model.close();
          },
        });
        this.#mounted.value = true;
      },
      () => {
        this.#mounting = undefined;
        this.#events().error('the chat panel could not be loaded; check that all files of dist/ are served');
      },
    );
    return this.#mounting;
  }

  /** Keeps the plain-DOM parts in step with the model, as a component would. */
  /** What the launcher and the root show for a configuration and state. */
  #drawShell({ root, launcher, label, loading }: Shell, config: WidgetConfig, isOpen: boolean, t: Messages): void {
    const floating = config.mode === 'floating';
    root.className = ['root', `pos-${config.position}`, `mode-${config.mode}`, `theme-${this.#theme.value}`, isOpen ? 'is-open' : ''].join(' ').trim();
    root.dir = t.dir;
    root.lang = config.lang;
    if (config.accent) root.style.setProperty('--confide-accent', config.accent);
    else root.style.removeProperty('--confide-accent');
    launcher.hidden = !floating || (isOpen && this.#narrow.value);
    launcher.setAttribute('aria-expanded', String(isOpen));
    label.textContent = t.launcher;
    loading.textContent = t.loading;
  }

  #listenToLauncher(launcher: HTMLButtonElement): void {
    const intent = () => void this.#loadPanel();
    const toggle = () => {
      if (this.#model?.isOpen.peek()) {
        this.#returnFocus = true;
        this.#model.close();
      } else this.open();
    };
    for (const type of INTENT_EVENTS) launcher.addEventListener(type, intent, { passive: true });
    launcher.addEventListener('click', toggle);
    this.#cleanup.push(() => {
      for (const type of INTENT_EVENTS) launcher.removeEventListener(type, intent);
      launcher.removeEventListener('click', toggle);
    });
  }

  #bind(model: ChatModel, shell: Shell): void {
    const { root, slot, loading, launcher, status, cover, probe } = shell;
    this.#cleanup.push(
      effect(() => {
        const config = model.config.value;
        const isOpen = config.mode === 'floating' ? model.isOpen.value : true;
        this.#drawShell(shell, config, isOpen, model.t.value);
        if (isOpen && !this.#mounted.value) slot.after(loading);
        else loading.remove();
        // Focus returns to the launcher after the visitor closes the panel (once it is shown again).
        if (!isOpen && this.#returnFocus) {
          this.#returnFocus = false;
          launcher.focus();
        }
      }),
      // Text on the accent colour is black or white, whichever reads better on the clinic's colour.
      // Read in the next frame, which computes styles anyway: reading now would force the whole
      // page's styles inside the task that connects the element (8-17 ms at 4x CPU throttling).
      effect(() => {
        void model.config.value.accent;
        void this.#theme.value;
        const frame = requestAnimationFrame(() => {
          const { color: accent, backgroundColor: panel } = getComputedStyle(probe);
          const text = readableTextOn(accent);
          if (text) root.style.setProperty('--confide-auto-accent-text', text);
          // Controls drawn in the accent need an edge of 3:1 against the panel (WCAG 1.4.11): a pale
          // accent on a light panel, or a dark one in dark mode, gets the text colour instead.
          if ((contrastRatio(accent, panel) ?? 3) < 3) root.style.setProperty('--confide-auto-accent-edge', 'var(--fg)');
          else root.style.removeProperty('--confide-auto-accent-edge');
        });
        return () => cancelAnimationFrame(frame);
      }),
      effect(() => {
        status.textContent = model.liveStatus.value;
      }),
      effect(() => {
        if (model.exiting.value) root.append(cover);
        else cover.remove();
      }),
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
