/**
 * Wipes that must hold even when a reply is still on its way: "Clear conversation", the quick exit
 * and `pagehide` all happen while the engine may still be loading (the first question loads it).
 */
import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import { loadScreen } from '../../src/engine/screen.ts';
import { loadEngine, type FaqSource, type LoadedEngine } from '../../src/engine/load.ts';
import { createChatModel, type ChatEvents } from '../../src/state/chat-model.ts';
import { readConfig, type WidgetConfig } from '../../src/state/config.ts';

/** A promise and the function that settles it, for holding a request or a load until the test says so. */
function deferred<T = void>() {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((ok) => (settle = ok));
  return { promise, settle };
}

/** A model whose engine arrives only when the test says so. */
function setup(attrs: Record<string, string> = {}, storage?: Storage) {
  const config = signal<WidgetConfig>(readConfig((n) => attrs[n] ?? null, 'en'));
  const calls: Array<keyof ChatEvents> = [];
  const events = new Proxy({} as ChatEvents, { get: (_t, name: keyof ChatEvents) => () => calls.push(name) });
  const gate = deferred();
  const held = (lang: string, faq: FaqSource | undefined): Promise<LoadedEngine> => gate.promise.then(() => loadEngine(lang, faq));
  const navigate = vi.fn();
  const model = createChatModel({ config, events, loadScreen, loadEngine: held, navigate, storage });
  return { model, calls, navigate, release: () => gate.settle() };
}

const CRISIS = 'i have been saving up my pills so i can take them all at once';

/** A model whose engine's replies arrive only when the test says so. */
function setupHeldReplies() {
  const config = signal<WidgetConfig>(readConfig(() => null, 'en'));
  const calls: Array<keyof ChatEvents> = [];
  const events = new Proxy({} as ChatEvents, { get: (_t, name: keyof ChatEvents) => () => calls.push(name) });
  const gate = deferred();
  const held = async (lang: string, faq: FaqSource | undefined): Promise<LoadedEngine> => {
    const loaded = await loadEngine(lang, faq);
    const reply = loaded.engine.reply.bind(loaded.engine);
    return { ...loaded, engine: { ...loaded.engine, reply: (text) => gate.promise.then(() => reply(text)) } };
  };
  const model = createChatModel({ config, events, loadScreen, loadEngine: held, navigate: vi.fn() });
  return { model, calls, release: () => gate.settle() };
}

describe('a reply still being made', () => {
  it('regression guard: "Clear" while the reply is on its way drops the question, the reply and its event', async () => {
    const { model, calls, release } = setupHeldReplies();
    const asked = model.ask('How much does sex therapy cost?');
    // Waits for the engine to be built (about a second here); its speed is measured by `npm run perf`, not here.
    await vi.waitFor(() => expect(model.status.value).toBe('ready'), { timeout: 10_000 });
    model.clear();
    release();
    await asked;
    expect(model.messages.value).toHaveLength(0);
    expect(calls).not.toContain('answer');
  });
});

describe('a reply still on its way never brings a wiped conversation back', () => {
  it('regression: "Clear conversation" before the engine loaded left the late reply in the log', async () => {
    const { model, release } = setup();
    const asked = model.ask('How much does sex therapy cost?');
    model.clear();
    release();
    await asked;
    expect(model.messages.value).toEqual([]);
  });

  it('regression: a crisis reply arriving after the quick exit was written back to sessionStorage', async () => {
    const storage = window.sessionStorage;
    storage.clear();
    const { model, navigate, release } = setup({ persist: 'session', 'exit-url': 'https://weather.example/' }, storage);
    const asked = model.ask(CRISIS);
    expect(storage.length).toBe(1);
    model.exit();
    expect(navigate).toHaveBeenCalledWith('https://weather.example/');
    release();
    await asked;
    expect(model.messages.value).toEqual([]);
    expect(storage.length).toBe(0);
  });

  it('after the exit, nothing more is asked or kept (the page is on its way out)', async () => {
    const storage = window.sessionStorage;
    storage.clear();
    const { model, release } = setup({ persist: 'session' }, storage);
    release();
    model.exit();
    await model.ask('How much does sex therapy cost?');
    expect(model.messages.value).toEqual([]);
    expect(storage.length).toBe(0);
  });

  it('a question asked after "Clear" is answered normally; only the earlier one is dropped', async () => {
    const { model, release } = setup();
    const first = model.ask('How much does sex therapy cost?');
    model.clear();
    const second = model.ask('Can I come without my partner?');
    release();
    await Promise.all([first, second]);
    const kinds = model.messages.value.map((m) => m.kind);
    expect(kinds).toEqual(['user', 'answer']);
    const user = model.messages.value[0];
    expect(user?.kind === 'user' && user.text).toBe('Can I come without my partner?');
  });

  it('the events for a dropped question still say what was asked, never what was answered', async () => {
    const { model, calls, release } = setup();
    const asked = model.ask(CRISIS);
    model.clear();
    release();
    await asked;
    expect(calls).toEqual(['ask']);
  });
});
