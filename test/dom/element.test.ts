import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfideFaqElement } from '../../src/element/confide-element.ts';
import { defineConfideElement, TAG_NAME } from '../../src/element/define.ts';

defineConfideElement();

function mount(attrs: Record<string, string> = {}): ConfideFaqElement {
  const el = document.createElement(TAG_NAME);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  return el;
}

function record(el: Element) {
  const seen: Array<{ type: string; detail: unknown }> = [];
  for (const type of ['confide:ask', 'confide:answer', 'confide:unanswered', 'confide:crisis', 'confide:feedback', 'confide:error']) {
    el.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail }));
  }
  return seen;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('<confide-faq>', () => {
  it('registering twice is harmless', () => {
    expect(() => defineConfideElement()).not.toThrow();
    expect(customElements.get(TAG_NAME)).toBe(ConfideFaqElement);
  });

  it('renders a launcher in an open shadow root, with styles adopted rather than <style> elements', () => {
    const el = mount();
    const root = el.shadowRoot!;
    expect(root).not.toBeNull();
    const launcher = root.querySelector('button.launcher')!;
    expect(launcher.textContent).toMatch(/question/i);
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('style')).toBeNull();
    expect(root.adoptedStyleSheets.length).toBe(1);
  });

  it('draws the launcher where the clinic put it at once, before the chat state is bound in the next task', async () => {
    const el = mount({ position: 'left', accent: '#0b6e4f' });
    const root = el.shadowRoot!.querySelector<HTMLElement>('.root')!;
    expect(root.className).toContain('pos-left');
    expect(root.style.getPropertyValue('--confide-accent')).toBe('#0b6e4f');
    expect(el.shadowRoot!.querySelector('button.launcher')!.textContent).toMatch(/question/i);
    // Bound a task later: the model's state then drives the launcher.
    await new Promise((r) => setTimeout(r));
    el.setAttribute('position', 'right');
    expect(root.className).toContain('pos-right');
  });

  it('a page that is only loaded draws the launcher without the panel or its framework', () => {
    const el = mount();
    expect(el.shadowRoot!.querySelector('.app')!.childNodes).toHaveLength(0);
    expect(el.shadowRoot!.querySelector('[role="dialog"]')).toBeNull();
  });

  it('regression: opening showed nothing while the panel’s code loaded; a loading line stands in, then goes', async () => {
    const el = mount();
    el.open();
    const loading = () => el.shadowRoot!.querySelector('.panel.loading[role="status"]');
    expect(loading()?.textContent).toMatch(/loading/i);
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('[role="dialog"]')).not.toBeNull(), { timeout: 5000 });
    expect(loading()).toBeNull();
  });

  it('regression: the panel came with the framework but never showed; hover then click shows it, with the answer to a question', async () => {
    const el = mount();
    const launcher = el.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!;
    launcher.dispatchEvent(new Event('pointerenter'));
    // Preact loads on hover; the click comes a moment later (the order a mouse gives).
    await new Promise((r) => setTimeout(r, 200));
    launcher.click();
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('[role="dialog"]:not([hidden])')).not.toBeNull(), { timeout: 5000 });
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
    await el.ask('How much does sex therapy cost?');
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('[data-entry-id="cost"]')).not.toBeNull());
  });

  it('renders the panel hidden on first intent, so a click only shows it and focuses the text box, every time', async () => {
    const el = mount();
    const root = el.shadowRoot!;
    const launcher = root.querySelector<HTMLButtonElement>('button.launcher')!;
    const dialog = () => root.querySelector<HTMLElement>('[role="dialog"]');
    launcher.dispatchEvent(new Event('pointerenter'));
    await vi.waitFor(() => expect(dialog()).not.toBeNull(), { timeout: 5000 });
    expect(dialog()!.hidden).toBe(true);
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    const rendered = dialog();
    for (let round = 0; round < 2; round++) {
      launcher.click();
      await vi.waitFor(() => expect(root.activeElement?.matches('input')).toBe(true));
      expect(dialog()).toBe(rendered);
      expect(dialog()!.hidden).toBe(false);
      dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await vi.waitFor(() => expect(dialog()!.hidden).toBe(true));
      await vi.waitFor(() => expect(root.activeElement).toBe(launcher));
    }
  });

  it('events carry ids and scores but not the visitor’s words by default', async () => {
    const el = mount();
    const seen = record(el);
    await el.ask('How much does sex therapy cost?');
    const answer = seen.find((e) => e.type === 'confide:answer')!.detail as Record<string, unknown>;
    expect(answer.id).toBe('cost');
    expect(answer.score).toBeGreaterThan(0);
    expect(answer).not.toHaveProperty('question');
    expect(seen.find((e) => e.type === 'confide:ask')!.detail).toEqual({});
  });

  it('events carry the question when the clinic opts in with share-questions', async () => {
    const el = mount({ 'share-questions': '' });
    const seen = record(el);
    await el.ask('what is the best pizza topping');
    expect(seen.find((e) => e.type === 'confide:unanswered')!.detail).toEqual({ question: 'what is the best pizza topping' });
  });

  it('events bubble out of the shadow root to the document', async () => {
    const el = mount();
    const onDocument = vi.fn();
    document.addEventListener('confide:ask', onDocument);
    await el.ask('How much does it cost?');
    document.removeEventListener('confide:ask', onDocument);
    expect(onDocument).toHaveBeenCalledTimes(1);
  });

  it('setFaq with a bad corpus fires confide:error, warns once, and keeps answering', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = mount();
    const seen = record(el);
    expect(() => el.setFaq({ entries: 'not a list' })).not.toThrow();
    await el.ask('How much does it cost?');
    const error = seen.find((e) => e.type === 'confide:error')?.detail as { message: string } | undefined;
    expect(error?.message).toMatch(/setFaq\(\).*entries/);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(seen.find((e) => e.type === 'confide:answer')).toBeDefined();
    warn.mockRestore();
  });

  it('open() and close() drive aria-expanded on the launcher', async () => {
    const el = mount();
    el.open();
    await new Promise((r) => setTimeout(r, 0));
    expect(el.shadowRoot!.querySelector('.launcher')!.getAttribute('aria-expanded')).toBe('true');
    el.close();
    await new Promise((r) => setTimeout(r, 0));
    expect(el.shadowRoot!.querySelector('.launcher')!.getAttribute('aria-expanded')).toBe('false');
  });

  it('renders nothing after it is removed, and works again when re-added', async () => {
    const el = mount();
    el.remove();
    expect(el.shadowRoot!.childNodes.length).toBe(0);
    document.body.append(el);
    const seen = record(el);
    await el.ask('How much does it cost?');
    expect(seen.some((e) => e.type === 'confide:answer')).toBe(true);
  });

  it('takes the language from the page when the element has none', () => {
    document.documentElement.setAttribute('lang', 'en-GB');
    const el = mount();
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).toBe('en');
  });
});

/** A widget whose panel has loaded and is open. */
async function openedPanel(): Promise<{ el: ConfideFaqElement; root: ShadowRoot }> {
  const el = mount();
  el.open();
  const root = el.shadowRoot!;
  await vi.waitFor(() => expect(root.querySelector('[role="dialog"]')).not.toBeNull(), { timeout: 5000 });
  return { el, root };
}

describe('the quiet way to the crisis lines', () => {
  it('ends every "no answer" reply, leading to the crisis lines', async () => {
    const { el, root } = await openedPanel();
    await el.ask('what is the best pizza topping');
    const link = await vi.waitFor(() => {
      const found = root.querySelector<HTMLButtonElement>('[data-unanswered] button[part="help-nudge"]');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(link.textContent).toMatch(/talk to/i);
    link.click();
    await vi.waitFor(() => expect(root.querySelector('.help-view')).not.toBeNull());
    expect(root.querySelector('.help-view a[href^="tel:"]')).not.toBeNull();
  });

  it('is added before an answer whose question came close to a crisis signal', async () => {
    const { el, root } = await openedPanel();
    await el.ask('my husband won’t let me go to therapy alone');
    const answer = await vi.waitFor(() => {
      const found = root.querySelector('[data-entry-id="going-alone"]');
      expect(found).not.toBeNull();
      return found!;
    });
    const nudge = answer.querySelector('[part="help-nudge"]');
    expect(nudge).not.toBeNull();
    expect(nudge!.compareDocumentPosition(answer.querySelector('.answer-body')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('is not added to an ordinary answer', async () => {
    const { el, root } = await openedPanel();
    await el.ask('How much does sex therapy cost?');
    await vi.waitFor(() => expect(root.querySelector('[data-entry-id="cost"]')).not.toBeNull());
    expect(root.querySelector('[part="help-nudge"]')).toBeNull();
  });
});

describe('where an answer comes from', () => {
  // A clinic's own answers go through DOMPurify, so they are checked in Chromium (test/browser/embed.test.ts).
  it('names the sources of a bundled answer, and when it was reviewed', async () => {
    const { el, root } = await openedPanel();
    await el.ask('How much does sex therapy cost?');
    const line = await vi.waitFor(() => {
      const found = root.querySelector('[data-entry-id="cost"] .sources');
      expect(found).not.toBeNull();
      return found!.textContent;
    });
    expect(line).toMatch(/^Sources: .+ · Reviewed \d{4}-\d\d-\d\d$/);
  });
});

/** The greeting's text in a widget with `attrs`, once its panel has opened. */
async function greeting(attrs: Record<string, string>): Promise<string> {
  const el = mount(attrs);
  el.open();
  const root = el.shadowRoot!;
  return vi.waitFor(() => {
    const found = root.querySelector('.greeting p');
    expect(found).not.toBeNull();
    return found!.textContent ?? '';
  }, { timeout: 5000 });
}

describe('the privacy promise in the greeting', () => {
  it('says nothing is sent or saved by default', async () => {
    expect(await greeting({})).toMatch(/nothing you type is sent or saved/);
  });

  it('says the tab keeps the conversation when the clinic keeps it for the session', async () => {
    const text = await greeting({ persist: 'session' });
    expect(text).toMatch(/this tab keeps the conversation/);
    expect(text).not.toMatch(/saved/);
  });

  it('says the website can see the questions when the clinic shares them with its page', async () => {
    const text = await greeting({ 'share-questions': '', persist: 'session' });
    expect(text).toMatch(/This website can see the questions you type here, and this tab keeps the conversation/);
    expect(text).not.toMatch(/nothing you type is sent/i);
  });
});
