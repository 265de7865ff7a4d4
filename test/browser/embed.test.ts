/**
 * The whole visible path in real Chromium, on the built dist/confide.js in plain host pages.
 */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CHROME, hostPage, SCRIPT, watchedPage, widget, type Site, withBrowserAndSite } from './harness.ts';

describe.skipIf(!CHROME)('embedding confide.js', () => {
  let browser: Browser;
  let site: Site;

  withBrowserAndSite((b, s) => {
    [browser, site] = [b, s];
  });

  const onlySameOrigin = (requests: string[]) => requests.filter((u) => !u.startsWith(site.origin) && !u.startsWith('data:'));

  it('shows a launcher; opening it and asking gives a sourced answer with safe links', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(site.page('basic', { html: hostPage(SCRIPT()) }));
    const ui = widget(w.page);
    await expect.poll(() => ui.launcher.isVisible()).toBe(true);
    expect(await ui.launcher.getAttribute('aria-expanded')).toBe('false');
    await ui.launcher.click();
    expect(await ui.launcher.getAttribute('aria-expanded')).toBe('true');
    await ui.panel.waitFor();
    // The text box has focus when the panel opens.
    await expect.poll(() => ui.input.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    // 3–5 suggested questions as chips in the greeting.
    await ui.log.locator('.greeting .chip').first().waitFor();
    const chips = await ui.log.locator('.greeting .chip').count();
    expect(chips).toBeGreaterThanOrEqual(3);
    expect(chips).toBeLessThanOrEqual(5);

    await ui.ask('how do i find a sex therapist near me');
    const answer = ui.answers.last();
    await answer.waitFor();
    expect(await answer.getAttribute('data-entry-id')).toBe('find-therapist');
    expect(await ui.log.locator('.bubble.user').last().textContent()).toContain('how do i find a sex therapist near me');
    // Directory links: AASECT and Psychology Today.
    expect(await answer.locator('.links').getByRole('link', { name: /AASECT/ }).getAttribute('href')).toBe('https://www.aasect.org/referral-directory');
    expect(await answer.locator('.links').getByRole('link', { name: /Psychology Today/ }).count()).toBe(1);
    expect(await answer.locator('.sources').textContent()).toMatch(/Sources:/);
    // Every link in an answer opens safely.
    const links = await answer.locator('a').evaluateAll((as) =>
      (as as HTMLAnchorElement[]).map((a) => ({ href: a.href, rel: a.rel, target: a.target, ref: a.referrerPolicy })),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l.href).toMatch(/^(https:|tel:|sms:|mailto:)/);
      expect(l.rel).toContain('noopener');
      expect(l.rel).toContain('noreferrer');
      expect(l.ref).toBe('no-referrer');
      if (l.href.startsWith('https:')) expect(l.target).toBe('_blank');
    }
    // Related questions as chips, and feedback that emits an event.
    expect(await answer.locator('.chip').count()).toBeGreaterThanOrEqual(2);
    const feedback = w.page.evaluate(
      () => new Promise((ok) => document.addEventListener('confide:feedback', (e) => ok((e as CustomEvent).detail), { once: true })),
    );
    await answer.getByRole('button', { name: 'Yes' }).click();
    expect(await feedback).toEqual({ id: 'find-therapist', helpful: true });

    expect(w.consoleErrors).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    expect(onlySameOrigin(w.requests)).toEqual([]);
    await w.context.close();
  });

  it('answers an off-topic question honestly, with the clinic’s booking link when it gave one', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(site.page('unanswered', { html: hostPage(SCRIPT('data-faq="/fixtures/extend.json"')) }));
    const ui = widget(w.page);
    await ui.launcher.click();
    await ui.ask('what is the capital of australia');
    await ui.unanswered.first().waitFor();
    expect(await ui.answers.count()).toBe(0);
    const booking = ui.unanswered.first().getByRole('link', { name: /book/i });
    expect(await booking.getAttribute('href')).toBe('https://testclinic.org/book');
    await w.context.close();
  });

  it('names the clinic under its own answer written without sources', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(site.page('written-by', { html: hostPage(SCRIPT('data-faq="/fixtures/extend.json"')) }));
    const ui = widget(w.page);
    await ui.launcher.click();
    await ui.ask('where do I park');
    const answer = ui.host.locator('[data-entry-id="parking"]');
    await answer.waitFor();
    expect(await answer.locator('.sources').textContent()).toBe('Written by Test Clinic');
    // The same file from a clinic that gave no name.
    await w.page.evaluate(async () => {
      const faq = (await (await fetch('/fixtures/extend.json')).json()) as { clinic: { name?: string } };
      delete faq.clinic.name;
      (document.querySelector('confide-faq') as HTMLElement & { setFaq(d: object): void }).setFaq(faq);
    });
    await ui.ask('where do I park');
    await expect.poll(() => answer.last().locator('.sources').textContent()).toBe('Written by the clinic');
    await w.context.close();
  });

  it('renders inline, always open, in the page flow', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(site.page('inline', { html: hostPage(`<confide-faq mode="inline"></confide-faq>${SCRIPT()}`) }));
    const ui = widget(w.page);
    await ui.panel.waitFor();
    expect(await ui.launcher.count()).toBe(0);
    expect(await w.page.locator('confide-faq').count()).toBe(1);
    const position = await ui.panel.evaluate((el) => getComputedStyle(el).position);
    expect(position).not.toBe('fixed');
    await ui.ask('can I come without my partner');
    await ui.answers.first().waitFor();
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('is harmless when the script is included twice', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(site.page('twice', { html: hostPage(SCRIPT() + SCRIPT()) }));
    const ui = widget(w.page);
    await ui.launcher.waitFor();
    await w.page.waitForTimeout(300);
    expect(await w.page.locator('confide-faq').count()).toBe(1);
    await ui.launcher.click();
    await ui.ask('how much does it cost');
    await ui.answers.first().waitFor();
    expect(w.pageErrors).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('uses a clinic file that extends: overrides, additions, removals and the clinic’s title', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(site.page('extend', { html: hostPage(SCRIPT('data-faq="/fixtures/extend.json"')) }));
    const ui = widget(w.page);
    await ui.launcher.click();
    expect(await ui.panel.getAttribute('aria-labelledby')).toBeTruthy();
    await expect.poll(() => ui.panel.locator('h2').textContent()).toBe('Test Clinic');
    await ui.ask('how much does it cost');
    await expect.poll(() => ui.answers.last().textContent()).toContain('$140');
    // The clinic's Markdown went through marked and DOMPurify: its link is there, safe.
    const link = ui.answers.last().getByRole('link', { name: 'Our fees' });
    expect(await link.getAttribute('href')).toBe('https://testclinic.org/fees');
    await ui.ask('where can I park');
    await expect.poll(() => ui.answers.last().getAttribute('data-entry-id')).toBe('parking');
    await ui.ask('what is sensate focus');
    await expect.poll(() => w.page.locator('confide-faq [data-entry-id], confide-faq [data-unanswered]').count()).toBe(3);
    expect(await ui.answers.evaluateAll((els) => els.map((e) => e.getAttribute('data-entry-id')))).not.toContain('sensate-focus');
    expect(w.consoleErrors).toEqual([]);
    expect(w.warnings).toEqual([]);
    await w.context.close();
  });

  it('regression: brings each new question to the top of the log, so its answer reads from the start', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(site.page('scrolls', { html: hostPage(SCRIPT()) }));
    const ui = widget(w.page);
    await ui.launcher.click();
    // Distance from the top of the log to the top of the latest question, once its answer is shown.
    const offset = () =>
      ui.log.evaluate((log) => {
        const questions = log.querySelectorAll('.bubble.user');
        const last = questions[questions.length - 1];
        return last ? Math.round(last.getBoundingClientRect().top - log.getBoundingClientRect().top) : NaN;
      });
    // Both answers are long: the first question loads the engine, the second is answered at once.
    for (const [question, id] of [['how much does sex therapy cost', 'cost'], ['what happens in the first session', 'first-session']] as const) {
      await ui.ask(question);
      await expect.poll(() => ui.answers.last().getAttribute('data-entry-id')).toBe(id);
      await w.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(Math.abs(await offset())).toBeLessThanOrEqual(16);
    }
    await w.context.close();
  });

  it('setFaq() answers from the clinic’s object, its Markdown rendered in the page', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(site.page('set-faq', { html: hostPage(SCRIPT()) }));
    await w.page.evaluate(async () => {
      await customElements.whenDefined('confide-faq');
      const el = document.querySelector('confide-faq') as HTMLElement & { setFaq(data: object): void };
      el.setFaq({ entries: [{ id: 'parking', question: 'Is there parking?', keywords: ['parking', 'park'], answer: 'Yes, **behind** the building.' }] });
    });
    const ui = widget(w.page);
    await ui.launcher.click();
    await ui.ask('is there parking');
    await expect.poll(() => ui.answers.last().getAttribute('data-entry-id')).toBe('parking');
    expect(await ui.answers.last().locator('strong').textContent()).toBe('behind');
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('uses a clinic file that replaces the bundled corpus', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(site.page('replace', { html: hostPage(SCRIPT('data-faq="/fixtures/replace.json"')) }));
    const ui = widget(w.page);
    await ui.launcher.click();
    await ui.ask('when are you open');
    await expect.poll(() => ui.answers.last().getAttribute('data-entry-id')).toBe('opening-hours');
    await ui.ask('how much does sex therapy cost');
    await ui.unanswered.first().waitFor();
    expect(await ui.answers.count()).toBe(1);
    await w.context.close();
  });

  for (const [name, file, problem] of [
    ['missing', '/fixtures/nope.json', /404/],
    ['broken', '/fixtures/broken.json', /JSON|line \d+/i],
    ['invalid', '/fixtures/invalid.json', /entries\[0\]\.id/],
  ] as const) {
    it(`keeps answering from the bundled corpus when the clinic file is ${name}`, async () => {
      const w = await watchedPage(browser);
      const errors = w.page.waitForEvent('console', { predicate: (m) => m.type() === 'warning' });
      await w.page.addInitScript(() => {
        (window as unknown as { confideErrors: string[] }).confideErrors = [];
        document.addEventListener('confide:error', (e) => (window as unknown as { confideErrors: string[] }).confideErrors.push((e as CustomEvent).detail.message));
      });
      await w.page.goto(site.page(`bad-${name}`, { html: hostPage(SCRIPT(`data-faq="${file}"`)) }));
      const ui = widget(w.page);
      await ui.launcher.click();
      await ui.ask('how much does it cost');
      await expect.poll(() => ui.answers.last().getAttribute('data-entry-id')).toBe('cost');
      const warning = (await errors).text();
      expect(warning).toContain(file);
      expect(warning).toMatch(problem);
      expect(w.warnings).toHaveLength(1);
      const fired = await w.page.evaluate(() => (window as unknown as { confideErrors: string[] }).confideErrors);
      expect(fired).toHaveLength(1);
      expect(w.pageErrors).toEqual([]);
      await w.context.close();
    });
  }

  it('works with the keyboard alone: Tab, Enter, type, Enter, Escape returns focus', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(site.page('keyboard', { html: hostPage(SCRIPT()) }));
    const ui = widget(w.page);
    await ui.launcher.waitFor();
    await w.page.keyboard.press('Tab');
    await expect.poll(() => ui.launcher.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await w.page.keyboard.press('Enter');
    await ui.panel.waitFor();
    await expect.poll(() => ui.input.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await w.page.keyboard.type('do they touch you');
    await w.page.keyboard.press('Enter');
    await ui.answers.first().waitFor();
    await w.page.keyboard.press('Escape');
    await ui.panel.waitFor({ state: 'hidden' });
    await expect.poll(() => ui.launcher.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await w.context.close();
  });

  it('keeps focus in the panel when the control it was on goes away: a greeting chip, "Yes", "Clear conversation"', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(site.page('focus-kept', { html: hostPage(SCRIPT()) }));
    const ui = widget(w.page);
    await ui.launcher.click();
    const focused = () => ui.host.evaluate((host) => {
      const el = host.shadowRoot?.activeElement;
      return el ? (el.getAttribute('role') ?? el.textContent?.trim()) : 'nothing in the widget';
    });
    const chip = ui.log.locator('.greeting .chip').first();
    await chip.focus();
    await w.page.keyboard.press('Enter');
    await ui.answers.first().waitFor();
    await expect.poll(focused).toBe('combobox');
    await ui.answers.first().getByRole('button', { name: 'Yes' }).focus();
    await w.page.keyboard.press('Enter');
    await expect.poll(focused).toBe('combobox');
    await ui.host.getByRole('button', { name: /clear/i }).focus();
    await w.page.keyboard.press('Enter');
    await expect.poll(() => ui.answers.count()).toBe(0);
    await expect.poll(focused).toBe('combobox');
    await w.context.close();
  });

  it('picks readable text for a pale clinic accent', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(site.page('pale', { html: hostPage(SCRIPT('data-accent="#ffdd57"')) }));
    const ui = widget(w.page);
    await ui.launcher.waitFor();
    // The colour is read in the first frame, before it paints.
    await expect.poll(() => ui.launcher.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color])).toEqual(['rgb(255, 221, 87)', 'rgb(0, 0, 0)']);
    await w.context.close();
  });

  it('keeps the focused text box on screen on a short screen (a phone held sideways, 400% zoom), suggestions open', async () => {
    for (const viewport of [{ width: 568, height: 320 }, { width: 320, height: 256 }]) {
      const w = await watchedPage(browser, { viewport });
      await w.page.goto(site.page(`short-${viewport.height}`, { html: hostPage(SCRIPT()) }));
      const ui = widget(w.page);
      await ui.launcher.focus();
      await w.page.keyboard.press('Enter');
      await expect.poll(() => ui.input.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
      const onScreen = async () => {
        const box = await ui.input.boundingBox();
        return !!box && box.y >= 0 && box.y + box.height <= viewport.height;
      };
      expect(await onScreen()).toBe(true);
      await w.page.keyboard.type('does insurance cover');
      await ui.host.getByRole('listbox').waitFor();
      await expect.poll(onScreen).toBe(true);
      await w.context.close();
    }
  });

  /** Checks the edge colour of the first greeting chip on a page with `attrs` in `colorScheme`. */
  const expectChipEdge = async (attrs: string, colorScheme: 'light' | 'dark', expected: string) => {
    const w = await watchedPage(browser, { colorScheme });
    await w.page.goto(site.page(`edge-${colorScheme}-${attrs.length}`, { html: hostPage(SCRIPT(attrs)) }));
    const ui = widget(w.page);
    await ui.launcher.click();
    const chip = ui.log.locator('.greeting .chip').first();
    // The element measures the accent in the frame after it is set.
    const edge = () => chip.evaluate((el) => (getComputedStyle(el).borderTopColor === getComputedStyle(el).color ? 'text colour' : getComputedStyle(el).borderTopColor));
    await expect.poll(edge).toBe(expected);
    await w.context.close();
  };

  it('edges accent-drawn controls with the text colour when the accent would vanish against the panel (WCAG 1.4.11)', async () => {
    await expectChipEdge('data-accent="#ffffff"', 'light', 'text colour');
    await expectChipEdge('data-accent="#2a1540"', 'dark', 'text colour');
    await expectChipEdge('data-accent="#0a6e4f"', 'light', 'rgb(10, 110, 79)');
    await expectChipEdge('', 'dark', 'rgb(205, 180, 236)');
  });

  it('fits a 320 px phone screen: the panel covers it without horizontal scrolling', async () => {
    const w = await watchedPage(browser, { viewport: { width: 320, height: 640 } });
    await w.page.goto(site.page('phone', { html: hostPage(SCRIPT()) }));
    const ui = widget(w.page);
    await ui.launcher.click();
    await ui.ask('how long is a session');
    await ui.answers.first().waitFor();
    const box = await ui.panel.boundingBox();
    expect(box?.width).toBe(320);
    expect(await ui.panel.getAttribute('aria-modal')).toBe('true');
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    const logOverflow = await ui.log.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(logOverflow).toBeLessThanOrEqual(0);
    await w.context.close();
  });
});
