import { effect, signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import type { DisplayEntry } from '../../src/engine/bundled.ts';
import { loadScreen } from '../../src/engine/screen.ts';
import { loadEngine, type FaqSource, type LoadedEngine } from '../../src/engine/load.ts';
import { createChatModel, type ChatEvents, type Message } from '../../src/state/chat-model.ts';
import { readConfig, type WidgetConfig } from '../../src/state/config.ts';

function setup(attrs: Record<string, string> = {}, storage?: Storage) {
  const config = signal<WidgetConfig>(readConfig((n) => attrs[n] ?? null, 'en'));
  const calls: Array<[keyof ChatEvents, unknown[]]> = [];
  const events = new Proxy({} as ChatEvents, {
    get: (_t, name: keyof ChatEvents) => (...args: unknown[]) => calls.push([name, args]),
  });
  const navigate = vi.fn();
  const model = createChatModel({ config, events, loadScreen, loadEngine, navigate, storage });
  return { model, calls, navigate, config };
}

/** The real engine, except that replying fails. */
async function failing(lang: string, faq: FaqSource | undefined): Promise<LoadedEngine> {
  const loaded = await loadEngine(lang, faq);
  return { ...loaded, engine: { ...loaded.engine, reply: () => Promise.reject(new Error('broken')) } };
}

const kinds = (messages: readonly Message[]) => messages.map((m) => m.kind);

describe('chat model', () => {
  it('answers a clear question with its entry, after the visitor’s own message', async () => {
    const { model } = setup();
    await model.ask('How much does sex therapy cost?');
    expect(kinds(model.messages.value)).toEqual(['user', 'answer']);
    const answer = model.messages.value[1];
    expect(answer?.kind === 'answer' && answer.entryId).toBe('cost');
  });

  it('reports the question, then the answer’s id and score, to the shell (which filters them: element.test)', async () => {
    const { model, calls } = setup();
    await model.ask('How much does sex therapy cost?');
    expect(calls.map(([n]) => n)).toEqual(['ask', 'answer']);
    const [question, id, score] = calls[1]![1] as [string, string, number];
    expect([question, id]).toEqual(['How much does sex therapy cost?', 'cost']);
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThanOrEqual(1);
  });

  it('has the answered entry, with its sources and rendered answer, ready when the answer message appears', async () => {
    const { model } = setup();
    let shown: DisplayEntry | undefined;
    const stop = effect(() => {
      const answer = model.messages.value.find((m) => m.kind === 'answer');
      if (answer?.kind === 'answer') shown ??= model.engine.value?.entry(answer.entryId);
    });
    await model.ask('How much does sex therapy cost?');
    stop();
    expect(shown?.entry.sources?.length).toBeGreaterThan(0);
    expect(shown?.answer.length).toBeGreaterThan(0);
  });

  it('with the engine ready, logs the question and its reply in one update (one render and layout, not two)', async () => {
    const { model } = setup();
    await model.prepare();
    const updates: string[][] = [];
    const stop = effect(() => void updates.push(kinds(model.messages.value)));
    await model.ask('How much does sex therapy cost?');
    await model.ask('what is the best pizza topping');
    stop();
    expect(updates).toEqual([[], ['user', 'answer'], ['user', 'answer', 'user', 'unanswered']]);
  });

  it('offers its suggested questions as soon as the engine is built, before crisis rules and typo correction settle', async () => {
    let settle!: () => void;
    const held = async (lang: string, faq: FaqSource | undefined): Promise<LoadedEngine> => {
      const loaded = await loadEngine(lang, faq);
      return { ...loaded, engine: { ...loaded.engine, settled: new Promise<void>((ok) => (settle = ok)) } };
    };
    const config = signal<WidgetConfig>(readConfig(() => null, 'en'));
    const events = new Proxy({} as ChatEvents, { get: () => () => undefined });
    const model = createChatModel({ config, events, loadScreen, loadEngine: held, navigate: vi.fn() });
    const prepared = model.prepare();
    await vi.waitFor(() => expect(model.starters.value.length).toBeGreaterThan(0));
    expect(model.status.value).toBe('loading');
    settle();
    await prepared;
    expect(model.status.value).toBe('ready');
  });

  it('while the engine loads, shows the question at once, then its reply', async () => {
    const { model } = setup();
    const asked = model.ask('How much does sex therapy cost?');
    expect(kinds(model.messages.value)).toEqual(['user']);
    await asked;
    expect(kinds(model.messages.value)).toEqual(['user', 'answer']);
  });

  it('shows the crisis notice while the engine still waits for a slow clinic file, the answer after it', async () => {
    let release!: () => void;
    const clinicFile = new Promise<void>((ok) => (release = ok));
    const slow = (lang: string, faq: FaqSource | undefined) => clinicFile.then(() => loadEngine(lang, faq));
    const config = signal<WidgetConfig>(readConfig(() => null, 'en'));
    const crises: unknown[] = [];
    const events = new Proxy({} as ChatEvents, { get: (_t, name) => () => name === 'crisis' && crises.push(name) });
    const model = createChatModel({ config, events, loadScreen, loadEngine: slow, navigate: vi.fn() });
    const asked = model.ask('I was raped last night, is this chat private?');
    await vi.waitFor(() => expect(kinds(model.messages.value)).toEqual(['user', 'crisis']));
    expect(model.status.value).toBe('loading');
    release();
    await asked;
    expect(kinds(model.messages.value)).toEqual(['user', 'crisis', 'answer']);
    expect(crises).toHaveLength(1);
  });

  it('shows no chance answer under a crisis notice: only one the message asks', async () => {
    const { model } = setup();
    await model.ask('my husband hits me when I say no to sex, he is home in an hour');
    expect(kinds(model.messages.value)).toEqual(['user', 'crisis']);
    await model.ask('he hits me when I say no. is this chat private?');
    expect(kinds(model.messages.value).slice(2)).toEqual(['user', 'crisis', 'answer']);
    const answer = model.messages.value[4];
    expect(answer?.kind === 'answer' && answer.entryId).toBe('chat-privacy');
  });

  it('announces every clear, not only the first: the status empties when a question is asked again', async () => {
    const { model } = setup();
    const said: string[] = [];
    const stop = effect(() => void said.push(model.liveStatus.value));
    await model.ask('How much does sex therapy cost?');
    model.clear();
    await model.ask('Is it confidential?');
    model.clear();
    stop();
    expect(said).toEqual(['', 'Conversation cleared', '', 'Conversation cleared']);
  });

  it('says something went wrong, after the question, when no reply can be made', async () => {
    const config = signal<WidgetConfig>(readConfig(() => null, 'en'));
    const events = new Proxy({} as ChatEvents, { get: () => () => undefined });
    const model = createChatModel({ config, events, loadScreen, loadEngine: failing, navigate: vi.fn() });
    await model.ask('How much does sex therapy cost?');
    expect(kinds(model.messages.value)).toEqual(['user', 'error']);
  });

  it('regression: an answer that arrived after setFaq swapped the engine stayed blank; the new engine has its text', async () => {
    let release!: () => void;
    const held = new Promise<void>((ok) => (release = ok));
    let loads = 0;
    const firstHeld = async (lang: string, faq: FaqSource | undefined): Promise<LoadedEngine> => {
      const loaded = await loadEngine(lang, faq);
      if (loads++ > 0) return loaded;
      const reply = loaded.engine.reply.bind(loaded.engine);
      return { ...loaded, engine: { ...loaded.engine, reply: (text) => held.then(() => reply(text)) } };
    };
    const config = signal<WidgetConfig>(readConfig(() => null, 'en'));
    const events = new Proxy({} as ChatEvents, { get: () => () => undefined });
    const model = createChatModel({ config, events, loadScreen, loadEngine: firstHeld, navigate: vi.fn() });
    await model.prepare();
    const asked = model.ask('How much does sex therapy cost?');
    model.setFaq({ entries: [{ id: 'parking', question: 'Is there parking?', keywords: ['parking'], answer: 'Yes.' }] });
    await vi.waitFor(() => expect(model.engine.value?.question('parking')).toBe('Is there parking?'));
    release();
    await asked;
    const answer = model.messages.value.find((m) => m.kind === 'answer');
    expect(answer?.kind === 'answer' && model.engine.value?.entry(answer.entryId)?.entry.id).toBe('cost');
  });

  it('says honestly that it has no answer to an off-topic question', async () => {
    const { model, calls } = setup();
    await model.ask('what is the best pizza topping');
    expect(kinds(model.messages.value)).toEqual(['user', 'unanswered']);
    expect(calls.some(([n]) => n === 'unanswered')).toBe(true);
  });

  it('offers no "did you mean" to a question about something else, whatever words it shares with the entries', async () => {
    // Shares "keeps", "after" and "update" with entries; once offered "Does anything physical or sexual happen…".
    const { model } = setup();
    await model.ask('my phone screen keeps freezing after the update');
    const reply = model.messages.value[1];
    expect(reply?.kind === 'unanswered' && [reply.close, reply.suggestionIds]).toEqual([false, []]);
  });

  it('offers the closest entries when a question about sex therapy matches none well enough', async () => {
    const { model } = setup();
    await model.ask('sex is not fun anymore');
    const reply = model.messages.value[1];
    expect(reply?.kind === 'unanswered' && reply.close).toBe(true);
    expect(reply?.kind === 'unanswered' && reply.suggestionIds).toContain('low-desire');
  });

  it('puts the crisis notice first and never replies "no answer" after it', async () => {
    const { model, calls } = setup();
    await model.ask('I want to kill myself');
    const replies = kinds(model.messages.value).slice(1);
    expect(replies[0]).toBe('crisis');
    expect(replies).not.toContain('unanswered');
    expect(calls.some(([n]) => n === 'crisis')).toBe(true);
  });

  it('ignores empty questions and cuts overlong ones to the limit', async () => {
    const { model } = setup();
    await model.ask('   ');
    expect(model.messages.value).toHaveLength(0);
    await model.ask('x'.repeat(10_000));
    const first = model.messages.value[0];
    expect(first?.kind === 'user' && first.text.length).toBe(500);
  });

  it('records feedback once per answer and reports it', async () => {
    const { model, calls } = setup();
    await model.ask('How much does sex therapy cost?');
    const key = model.messages.value[1]!.key;
    model.feedback(key, true);
    const answer = model.messages.value[1];
    expect(answer?.kind === 'answer' && answer.helpful).toBe(true);
    expect(calls.find(([n]) => n === 'feedback')?.[1]).toEqual(['cost', true]);
  });

  it('stores nothing by default, even with storage available', async () => {
    const storage = window.sessionStorage;
    storage.clear();
    const { model } = setup({}, storage);
    await model.ask('How much does sex therapy cost?');
    expect(storage.length).toBe(0);
  });

  it('with persist="session" keeps the conversation for the tab and clears it on request', async () => {
    const storage = window.sessionStorage;
    storage.clear();
    const first = setup({ persist: 'session' }, storage);
    await first.model.ask('How much does sex therapy cost?');
    expect(storage.length).toBe(1);
    first.model.dispose();

    const second = setup({ persist: 'session' }, storage);
    expect(kinds(second.model.messages.value)).toEqual(['user', 'answer']);
    // The restored answer's text arrives with the engine, for the bubble to show it again.
    expect(second.model.engine.value).toBeUndefined();
    await second.model.prepare();
    expect(second.model.engine.value?.entry('cost')?.entry.question).toMatch(/cost/i);
    second.model.clear();
    expect(second.model.messages.value).toHaveLength(0);
    expect(storage.length).toBe(0);
  });

  it('exit wipes the conversation and storage before leaving for the exit URL', async () => {
    const storage = window.sessionStorage;
    storage.clear();
    const { model, navigate } = setup({ persist: 'session', 'exit-url': 'https://weather.example/' }, storage);
    await model.ask('How much does sex therapy cost?');
    navigate.mockImplementation(() => {
      expect(model.messages.value).toHaveLength(0);
      expect(storage.length).toBe(0);
    });
    model.exit();
    expect(navigate).toHaveBeenCalledWith('https://weather.example/');
  });

  it('falls back to the bundled corpus and reports a clinic file it cannot use', async () => {
    const { model, calls } = setup();
    model.setFaq({ entries: [{ id: 'Bad Id', question: '', answer: 'x' }] });
    await model.prepare();
    await model.ask('How much does sex therapy cost?');
    const error = calls.find(([n]) => n === 'error');
    expect(String(error?.[1][0])).toMatch(/setFaq\(\).*entries\[0\]\.id/);
    const answer = model.messages.value[1];
    expect(answer?.kind === 'answer' && answer.entryId).toBe('cost');
  });

  it('suggests matching questions while the visitor types, and drops them for a stale draft', async () => {
    // The engine builds in steps on real timers (it yields to the page); the debounce is timed fake.
    const { model } = setup();
    await model.prepare();
    vi.useFakeTimers();
    try {
      model.draft.value = 'how much does it cost';
      await vi.advanceTimersByTimeAsync(200);
      expect(model.typeahead.value.map((c) => c.id)).toContain('cost');
      model.draft.value = 'ab';
      await vi.advanceTimersByTimeAsync(200);
      expect(model.typeahead.value).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
