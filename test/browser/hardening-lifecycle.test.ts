/**
 * Issue 6, point 7: the life cycles host pages put the widget through. Two widgets on one page, a
 * single-page app that removes and re-adds the element, and the script injected after the page loaded.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROME, hostPage, SCRIPT, watchedPage, widget, type Site, withBrowserAndSite } from './harness.ts';
import { expectClean, installTraps, lastUserText, traps } from './hardening-helpers.ts';

/** The widget's polite status line (quick-exit countdown, "Conversation cleared"). */
const liveStatus = (page: Page) =>
  page.locator('confide-faq').first().evaluate((el) => el.shadowRoot?.querySelector('.visually-hidden[role="status"]')?.textContent ?? '');

describe.skipIf(!CHROME)('hardening: host life cycles', () => {
  let browser: Browser;
  let site: Site;

  withBrowserAndSite((b, s) => {
    [browser, site] = [b, s];
    site.page('away', { html: hostPage('<p>Neutral page</p>') });
  });

  it('two widgets on one page are independent', async () => {
    const w = await watchedPage(browser);
    await w.page.addInitScript(installTraps);
    await w.page.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, 'answeredBy', { value: seen });
      document.addEventListener('confide:answer', (e) => seen.push((e.target as HTMLElement).id));
    });
    await w.page.goto(site.page('two', { html: hostPage(`<confide-faq mode="inline" id="a"></confide-faq><confide-faq mode="inline" id="b"></confide-faq>${SCRIPT()}`) }));
    const a = widget(w.page, '#a');
    const b = widget(w.page, '#b');
    await a.panel.waitFor();
    await b.panel.waitFor();
    // The script mounted no floating widget of its own.
    expect(await w.page.locator('confide-faq').count()).toBe(2);

    await a.ask('how much does it cost');
    await expect.poll(() => a.answers.last().getAttribute('data-entry-id')).toBe('cost');
    expect(await b.log.locator('.bubble.user').count()).toBe(0);
    expect(await b.answers.count()).toBe(0);
    // The other one's draft and conversation are its own.
    await b.input.fill('how long is a session');
    expect(await a.input.inputValue()).toBe('');
    await b.input.press('Enter');
    await expect.poll(() => b.answers.count()).toBe(1);
    expect(await a.answers.count()).toBe(1);
    expect(await lastUserText(w.page, '#a')).toBe('how much does it cost');
    expect(await lastUserText(w.page, '#b')).toBe('how long is a session');
    expect(await w.page.evaluate(() => (window as unknown as { answeredBy: string[] }).answeredBy)).toEqual(['a', 'b']);
    // Clearing one leaves the other.
    await a.host.getByRole('button', { name: /clear/i }).click();
    await expect.poll(() => a.log.locator('.bubble.user').count()).toBe(0);
    expect(await b.log.locator('.bubble.user').count()).toBe(1);
    await expectClean(w, site.origin);
    await w.context.close();
  });

  it('a single-page app removes and re-adds the element: it works again, with no doubled listeners', async () => {
    const w = await watchedPage(browser);
    await w.page.addInitScript(installTraps);
    await w.page.goto(site.page('spa', { html: hostPage(SCRIPT(`data-exit-url="${site.origin}/t/away"`)) }));
    const ui = widget(w.page);
    await ui.launcher.click();
    await ui.ask('how much does it cost');
    await ui.answers.first().waitFor();
    // Route changes: out and back in, three times, the last one while a question is in flight.
    for (let i = 0; i < 3; i++) {
      await w.page.evaluate(async (last) => {
        const el = document.querySelector('confide-faq') as HTMLElement & { ask(s: string): Promise<void> };
        const pending = last ? el.ask('is it confidential') : undefined;
        el.remove();
        await new Promise((r) => setTimeout(r, 50));
        document.body.append(el);
        await pending;
      }, i === 2);
    }
    expect(await w.page.locator('confide-faq').count()).toBe(1);
    await ui.launcher.waitFor();
    await ui.launcher.click();
    await ui.panel.waitFor();
    await ui.ask('how long is a session');
    await expect.poll(() => ui.answers.last().getAttribute('data-entry-id')).not.toBeNull();
    // One Shift press counts once: a listener left over from an earlier connection would count it again.
    await w.page.keyboard.press('Shift');
    await expect.poll(() => liveStatus(w.page)).toBe('Press Shift 2 more times to exit this page');
    await w.page.keyboard.press('Shift');
    await expect.poll(() => liveStatus(w.page)).toBe('Press Shift 1 more time to exit this page');
    expect(w.page.url()).toContain('/t/spa');
    await expectClean(w, site.origin);
    // The third press leaves, once.
    await w.page.keyboard.press('Shift');
    await w.page.waitForURL(`${site.origin}/t/away`);
    expect(w.pageErrors).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    expect(w.requests.filter((u) => u.endsWith('/t/away'))).toHaveLength(1);
    await w.context.close();
  });

  it('a removed element does no work in the background', async () => {
    const w = await watchedPage(browser);
    await w.page.addInitScript(installTraps);
    // A file that fails to load: any load the detached element started would request it and warn.
    await w.page.goto(site.page('spa-detached', { html: hostPage(SCRIPT('data-faq="/fixtures/hostile-does-not-exist.json"')) }));
    await widget(w.page).launcher.waitFor();
    await w.page.evaluate(() => document.querySelector('confide-faq')?.remove());
    await w.page.waitForTimeout(1500);
    expect(w.requests.filter((u) => u.includes('hostile-does-not-exist'))).toEqual([]);
    expect(w.warnings).toEqual([]);
    expect((await traps(w.page)).errors).toEqual([]);
    await expectClean(w, site.origin);
    await w.context.close();
  });

  it('the script injected after DOMContentLoaded still mounts a working launcher, with its options', async () => {
    const w = await watchedPage(browser);
    await w.page.addInitScript(installTraps);
    await w.page.goto(site.page('late', { html: hostPage('<p>Loaded first.</p>') }));
    await w.page.waitForLoadState('load');
    await w.page.evaluate(() => {
      const s = document.createElement('script');
      s.src = '/confide/confide.js';
      s.dataset['position'] = 'left';
      document.body.append(s);
    });
    const ui = widget(w.page);
    await ui.launcher.waitFor();
    const box = await ui.launcher.boundingBox();
    expect(box?.x).toBeCloseTo(20, 0);
    await ui.launcher.click();
    await ui.ask('how much does it cost');
    await expect.poll(() => ui.answers.last().getAttribute('data-entry-id')).toBe('cost');
    await expectClean(w, site.origin);
    await w.context.close();
  });
});
