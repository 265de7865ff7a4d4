/**
 * One chat model per widget instance: every piece of state lives here as a signal, and components
 * only render it. The engine (matcher, corpus) is loaded lazily through `loadEngine`, and crisis
 * detection on its own through `loadScreen`, injected so that tests and the element decide when the
 * heavy chunks arrive.
 */
import { batch, computed, effect, signal, type ReadonlySignal } from '@preact/signals-core';
import type { Candidate } from '../core/matcher.ts';
import type { Clinic } from '../corpus/schema.ts';
import type { Engine, Reply } from '../engine/engine.ts';
import type { FaqSource, LoadedEngine } from '../engine/load.ts';
import type { Screen } from '../engine/screen.ts';
import { messagesFor, type Messages } from '../i18n/locale.ts';
import type { CrisisCategory } from '../safety/categories.ts';
import type { WidgetConfig } from './config.ts';
import { createQuickExit, type QuickExit } from './quick-exit.ts';
import { conversationStore, type ConversationStore } from './persistence.ts';

export type Message =
  | { readonly kind: 'user'; readonly key: number; readonly text: string }
  | {
      readonly kind: 'answer';
      readonly key: number;
      readonly entryId: string;
      readonly score: number;
      /** A close runner-up, offered as a chip. */
      readonly alsoIds: readonly string[];
      /** The question came close to a crisis signal: the answer carries a quiet way to the crisis lines. */
      readonly nearCrisis?: boolean;
      readonly helpful?: boolean;
    }
  | { readonly kind: 'unanswered'; readonly key: number; readonly close: boolean; readonly suggestionIds: readonly string[] }
  | { readonly kind: 'crisis'; readonly key: number; readonly categories: readonly CrisisCategory[] }
  | { readonly kind: 'error'; readonly key: number };

export type EngineStatus = 'idle' | 'loading' | 'ready';
export type PanelView = 'chat' | 'help';

/** Longest question accepted; the box shows a counter near it. Real questions are far shorter. */
export const MAX_QUESTION_LENGTH = 500;
/** Typing pause before suggestions refresh, in ms: fast enough to feel live, slow enough to skip keystrokes. */
export const TYPEAHEAD_DEBOUNCE_MS = 120;
/** Chips offered when the panel first opens. */
export const STARTER_QUESTIONS = 4;

export interface ChatEvents {
  ask(question: string): void;
  answer(question: string, id: string, score: number): void;
  unanswered(question: string): void;
  crisis(): void;
  feedback(id: string, helpful: boolean): void;
  error(message: string): void;
}

export interface ChatModelDeps {
  readonly config: ReadonlySignal<WidgetConfig>;
  readonly events: ChatEvents;
  readonly loadEngine: (lang: string, faq: FaqSource | undefined) => Promise<LoadedEngine>;
  /** Crisis detection alone, so that a crisis notice never waits for the engine (or a clinic's file). */
  readonly loadScreen: () => Promise<Screen>;
  readonly navigate: (url: string) => void;
  readonly storage?: Storage | undefined;
}

export function createChatModel(deps: ChatModelDeps) {
  const { config, events } = deps;
  const messages = signal<readonly Message[]>([]);
  const isOpen = signal(false);
  const view = signal<PanelView>('chat');
  const engine = signal<Engine | undefined>(undefined);
  const status = signal<EngineStatus>('idle');
  const draft = signal('');
  const typeahead = signal<readonly Candidate[]>([]);
  const liveStatus = signal('');
  const exiting = signal(false);
  const setFaqData = signal<object | undefined>(undefined);

  const lang = computed(() => config.value.lang);
  const t = computed<Messages>(() => messagesFor(lang.value));
  const clinic = computed<Clinic | undefined>(() => engine.value?.clinic);
  const title = computed(() => clinic.value?.name ?? t.value.title);
  const starters = computed(() => engine.value?.entries.slice(0, STARTER_QUESTIONS).map((e) => e.id) ?? []);

  let nextKey = 1;
  /**
   * Bumped by every wipe (clear, exit, pagehide): a reply computed for an earlier conversation is
   * dropped, so a question asked just before a wipe cannot bring it back (in the log or in storage).
   */
  let conversation = 0;
  let loading: Promise<Engine> | undefined;
  let loadGeneration = 0;
  const store: ConversationStore | undefined =
    config.peek().persist === 'session' ? conversationStore(deps.storage, config.peek().storageKey) : undefined;

  const restored = store?.load();
  if (restored) {
    messages.value = restored;
    nextKey = restored.reduce((m, x) => Math.max(m, x.key), 0) + 1;
  }

  /** Loads (or reloads, when the language or FAQ changes) the engine; concurrent callers share one load. */
  function prepare(): Promise<Engine> {
    if (loading) return loading;
    const generation = ++loadGeneration;
    status.value = 'loading';
    const { lang: l, faqUrl } = config.peek();
    const data = setFaqData.peek();
    const faq: FaqSource | undefined = data ? { data } : faqUrl ? { url: faqUrl } : undefined;
    // A clinic's file may take seconds to arrive: crisis detection loads meanwhile. With the bundled
    // answers alone, the engine loads it once built, rather than competing with the build.
    if (faq) void deps.loadScreen();
    loading = deps.loadEngine(l, faq).then(async ({ engine: e, warning }) => {
      // The engine shows its suggestions at once; it is ready once a reply takes no more loading
      // (`ask` relies on that to show a question and its reply together).
      if (generation === loadGeneration) engine.value = e;
      await e.settled;
      if (generation === loadGeneration) {
        status.value = 'ready';
        if (warning) events.error(warning);
      }
      return e;
    });
    return loading;
  }

  function reload() {
    loading = undefined;
    if (status.peek() !== 'idle') void prepare();
  }

  const push = (...added: Message[]) => {
    messages.value = [...messages.value, ...added];
  };

  async function ask(raw: string): Promise<void> {
    const text = raw.slice(0, MAX_QUESTION_LENGTH);
    // After the quick exit the page is on its way out: nothing more is asked or kept.
    if (text.trim() === '' || exiting.peek()) return;
    const asked = conversation;
    const question: Message = { kind: 'user', key: nextKey++, text };
    // With the engine ready a reply takes a few ms, so the question and its reply appear in one
    // render (one layout and paint on a slow phone); while it loads, the question shows at once.
    const waiting = status.peek() !== 'ready';
    batch(() => {
      if (waiting) push(question);
      draft.value = '';
      typeahead.value = [];
      view.value = 'chat';
      // Stale once there is a conversation again; left in place, the next clear would change nothing to announce.
      if (liveStatus.peek() === t.peek().cleared) liveStatus.value = '';
    });
    events.ask(text);
    /** The question, when it still has to be logged with its reply. */
    const unlogged: Message[] = waiting ? [] : [question];
    const replying = prepare().then((e) => e.reply(text));
    // Awaited below; handled now, so a failure meanwhile never reaches the page as unhandled.
    replying.catch(() => {});
    let noticeShown = false;
    if (waiting) {
      // While the engine loads (a clinic's file may take seconds), the crisis notice shows as soon
      // as detection has loaded; the answer, if any, follows.
      const { crisis } = (await deps.loadScreen())(text);
      if (crisis.length > 0 && asked === conversation) {
        push({ kind: 'crisis', key: nextKey++, categories: crisis });
        events.crisis();
        noticeShown = true;
      }
    }
    let reply: Reply;
    try {
      reply = await replying;
    } catch {
      if (asked === conversation) push(...unlogged, { kind: 'error', key: nextKey++ });
      return;
    }
    // Wiped while the engine loaded or the reply was computed: the question is gone, so is its reply (and its events).
    if (asked !== conversation) return;
    const { crisis, nearCrisis, outcome } = reply;
    const replies = [...unlogged];
    if (crisis.length > 0 && !noticeShown) {
      replies.push({ kind: 'crisis', key: nextKey++, categories: crisis });
      events.crisis();
    }
    const [top, second] = outcome.results;
    if (outcome.verdict === 'answer' && top) {
      const close = second && second.score >= top.score * RUNNER_UP_RATIO ? [second.id] : [];
      replies.push({ kind: 'answer', key: nextKey++, entryId: top.id, score: top.score, alsoIds: close, ...(nearCrisis ? { nearCrisis } : {}) });
      events.answer(text, top.id, top.score);
    } else if (crisis.length === 0) {
      // A crisis notice is never followed by "no answer": the notice is the reply.
      const close = outcome.verdict === 'suggest';
      const ids = close ? outcome.results.slice(0, 3).map((r) => r.id) : [];
      replies.push({ kind: 'unanswered', key: nextKey++, close, suggestionIds: ids });
      events.unanswered(text);
    }
    push(...replies);
  }

  function askEntry(id: string) {
    const question = engine.peek()?.question(id);
    if (question) void ask(question);
  }

  function feedback(key: number, helpful: boolean) {
    let id: string | undefined;
    messages.value = messages.value.map((m) => {
      if (m.key !== key || m.kind !== 'answer') return m;
      id = m.entryId;
      return { ...m, helpful };
    });
    if (id) events.feedback(id, helpful);
  }

  function clear() {
    conversation += 1;
    batch(() => {
      messages.value = [];
      draft.value = '';
      typeahead.value = [];
      liveStatus.value = t.peek().cleared;
    });
    store?.clear();
  }

  /** Wipes everything, then leaves without a history entry to come Back to. */
  function exit() {
    conversation += 1;
    batch(() => {
      exiting.value = true;
      messages.value = [];
      draft.value = '';
      typeahead.value = [];
    });
    store?.clear();
    deps.navigate(config.peek().exitUrl);
  }

  const quickExit: QuickExit = createQuickExit({
    onProgress: (left) => (liveStatus.value = t.peek().exitCountdown(left)),
    onReset: () => (liveStatus.value = ''),
    onExit: () => {
      liveStatus.value = t.peek().exiting;
      exit();
    },
  });

  const disposers = [
    // Type-ahead: recompute after a pause; a result for an older draft is never shown.
    effect(() => {
      const text = draft.value;
      const e = engine.value;
      if (!e || text.trim().length < 3) {
        typeahead.value = [];
        return;
      }
      const timer = setTimeout(() => {
        if (draft.peek() === text) typeahead.value = e.suggest(text);
      }, TYPEAHEAD_DEBOUNCE_MS);
      return () => clearTimeout(timer);
    }),
    effect(() => {
      const list = messages.value;
      store?.save(list);
    }),
  ];

  // A new language or FAQ file means a new engine; the conversation stays.
  let lastSource = `${config.peek().lang}\n${config.peek().faqUrl ?? ''}`;
  disposers.push(
    effect(() => {
      const source = `${config.value.lang}\n${config.value.faqUrl ?? ''}`;
      if (source !== lastSource) {
        lastSource = source;
        reload();
      }
    }),
  );

  return {
    messages: messages as ReadonlySignal<readonly Message[]>,
    isOpen,
    view,
    engine: engine as ReadonlySignal<Engine | undefined>,
    status: status as ReadonlySignal<EngineStatus>,
    draft,
    typeahead: typeahead as ReadonlySignal<readonly Candidate[]>,
    liveStatus: liveStatus as ReadonlySignal<string>,
    exiting: exiting as ReadonlySignal<boolean>,
    t,
    title,
    clinic,
    starters,
    config,
    prepare,
    ask,
    askEntry,
    feedback,
    clear,
    exit,
    quickExit,
    dismissTypeahead() {
      typeahead.value = [];
    },
    showHelp() {
      view.value = 'help';
    },
    showChat() {
      view.value = 'chat';
    },
    open() {
      isOpen.value = true;
      void prepare();
    },
    close() {
      isOpen.value = false;
    },
    setFaq(data: object) {
      setFaqData.value = data;
      reload();
      if (status.peek() === 'idle') void prepare();
    },
    dispose() {
      for (const d of disposers) d();
      quickExit.dispose();
    },
  };
}

/** A runner-up scoring at least this share of the winner is offered as a chip ("You might also mean"). */
const RUNNER_UP_RATIO = 0.85;

export type ChatModel = ReturnType<typeof createChatModel>;
