/**
 * The demo a clinic's web admin uses: the fake clinic page, and "Try your FAQ file" (check a file,
 * try it live, copy the snippet). Needs `npm run build` and `npm run build:demo`.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serve, type StaticServer } from '../../scripts/serve.ts';
import { CHROME, launch, watchedPage, widget } from './harness.ts';

const DEMO_BUILT = existsSync(new URL('../../demo/build/try.js', import.meta.url));

describe.skipIf(!CHROME || !DEMO_BUILT)('the demo', () => {
  let browser: Browser;
  let demo: StaticServer;

  beforeAll(async () => {
    [browser, demo] = await Promise.all([launch(), serve('demo', 0)]);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('the clinic homepage answers from the example clinic file', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${demo.origin}/`);
    const ui = widget(w.page);
    await ui.launcher.click();
    await ui.ask('how much does a session cost');
    await expect.poll(() => ui.answers.last().textContent()).toContain('Riverside');
    expect(w.pageErrors).toEqual([]);
    await w.context.close();
  });

  it('"Try your FAQ file" lists check’s problems for a broken file', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${demo.origin}/try.html`);
    await w.page.fill('#faq-text', '{ "entries": [ { "id": "Bad Id", "question": "Q?", "answer": "A" } ] }');
    await w.page.click('#check');
    await expect.poll(() => w.page.locator('#report').textContent()).toMatch(/1 error.*entries\[0\]\.id/s);
    await w.context.close();
  });

  it('"Try your FAQ file" loads a valid file into the live widget and writes the embed snippet', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${demo.origin}/try.html`);
    await w.page.click('#load-example');
    await expect.poll(() => w.page.locator('#report').textContent()).toMatch(/^Valid/);
    const ui = widget(w.page, '#preview');
    await ui.ask('how much does a session cost');
    await expect.poll(() => ui.answers.last().textContent()).toContain('Riverside');
    await w.page.locator('#position').selectOption('left');
    await w.page.locator('#faq-url').fill('/faq/mine.json');
    await w.page.locator('#faq-url').dispatchEvent('input');
    // No accent until one is chosen: the widget's own has a dark-mode variant that a fixed one would override.
    expect(await w.page.locator('#snippet').textContent()).toBe('<script src="/confide/confide.js" data-faq="/faq/mine.json" data-position="left" defer></script>');
    await w.page.locator('#accent').fill('#0a6e4f');
    expect(await w.page.locator('#snippet').textContent()).toContain('data-accent="#0a6e4f"');
    expect(w.pageErrors).toEqual([]);
    await w.context.close();
  });

  it('"Try your FAQ file" shows the built-in answers in the live widget once the file is invalid, as it says', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${demo.origin}/try.html`);
    await w.page.click('#load-example');
    const ui = widget(w.page, '#preview');
    await expect.poll(() => ui.panel.getByRole('heading', { level: 2 }).textContent()).toContain('Riverside');
    await w.page.fill('#faq-text', (await w.page.inputValue('#faq-text')).replace(',', ''));
    await w.page.click('#check');
    await expect.poll(() => w.page.locator('#report').textContent()).toMatch(/1 error.*built-in answers/s);
    await expect.poll(() => ui.panel.getByRole('heading', { level: 2 }).textContent()).not.toContain('Riverside');
    await ui.ask('how much does a session cost');
    await expect.poll(() => ui.answers.last().textContent()).not.toContain('Riverside');
    await w.context.close();
  });

  it('"Try your FAQ file" refuses a file over the size the widget loads, and escapes what is typed into the snippet', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${demo.origin}/try.html`);
    const entries = Array.from({ length: 1500 }, (_, i) => ({ id: `e${i}`, question: `Question ${i}?`, answer: 'x'.repeat(1500) }));
    await w.page.fill('#faq-text', JSON.stringify({ entries }));
    await w.page.click('#check');
    await expect.poll(() => w.page.locator('#report').textContent()).toMatch(/1 error.*does not load a file over 2 MiB/s);
    await w.page.locator('#faq-url').fill('/x.json" onload="alert(1)');
    expect(await w.page.locator('#snippet').textContent()).toContain('data-faq="/x.json&quot; onload=&quot;alert(1)"');
    await w.context.close();
  });

  it('"Try your FAQ file" selects the snippet for copying where the clipboard is unavailable', async () => {
    const w = await watchedPage(browser);
    await w.page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await w.page.goto(`${demo.origin}/try.html`);
    await w.page.click('#copy');
    await expect.poll(() => w.page.locator('#copied').textContent()).toMatch(/Ctrl\+C/);
    expect(await w.page.evaluate(() => getSelection()?.toString())).toMatch(/^<script src="\/confide\/confide.js"/);
    expect(w.pageErrors).toEqual([]);
    await w.context.close();
  });
});
