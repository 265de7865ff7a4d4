/**
 * Issue 5 in real Chromium, on the built bundle: the crisis notice (right services per category,
 * above any answer, never the "no answer" reply), the idioms that must stay quiet, "Get help now",
 * the plain-words disclaimer, retired crisis strings absent from the build, and the quick exit
 * (button and Shift×3) leaving with `location.replace`, no referrer, the conversation wiped first.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROME, hostPage, SCRIPT, watchedPage, widget, type Site, withBrowserAndSite } from './harness.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = resolve(ROOT, process.env.CONFIDE_DIST ?? 'dist');

type Ui = ReturnType<typeof widget>;

/** The href of every link in `scope`, as written. */
const hrefsIn = (scope: ReturnType<Page['locator']>) =>
  scope.locator('a').evaluateAll((as) => (as as HTMLAnchorElement[]).map((a) => a.getAttribute('href') ?? ''));

/** How many `confide:crisis` events the page has seen (a counter set up by `openWidget`). */
async function countCrisisEvents(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { crisisEvents: number }).crisisEvents);
}

async function openWidget(page: Page, url: string): Promise<Ui> {
  await page.addInitScript(() => {
    const w = window as unknown as { crisisEvents: number };
    w.crisisEvents = 0;
    document.addEventListener('confide:crisis', () => (w.crisisEvents += 1));
  });
  await page.goto(url);
  const ui = widget(page);
  await ui.launcher.click();
  await ui.panel.waitFor();
  return ui;
}

/** Waits until the visitor has asked `count` questions and the last one has its replies. */
async function replied(ui: Ui, count: number): Promise<void> {
  await expect.poll(() => ui.log.locator('.bubble.user').count()).toBe(count);
  await expect.poll(() => ui.log.locator('.thinking').count()).toBe(0);
}

/**
 * The replies to the last question, in log order: "crisis", "answer", "unanswered" or "other".
 * Everything after the visitor's last message.
 */
async function lastReplies(ui: Ui): Promise<string[]> {
  return ui.log.evaluate((log) => {
    const children = [...log.children];
    const lastUser = children.findLastIndex((c) => c.classList.contains('user'));
    return children.slice(lastUser + 1).map((c) => {
      if (c.hasAttribute('data-crisis')) return 'crisis';
      if (c.hasAttribute('data-entry-id')) return 'answer';
      if (c.hasAttribute('data-unanswered') || c.querySelector('[data-unanswered]')) return 'unanswered';
      return 'other';
    });
  });
}

/** A promise and the function that settles it, for holding a request or a load until the test says so. */
function deferred<T = void>() {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((ok) => (settle = ok));
  return { promise, settle };
}

/** Prefix of the page's self-reports in the exit-wipe test. */
const SNAPSHOT = 'confide-test-snapshot:';
interface Snapshot {
  readonly messages: number;
  readonly draft: number;
  readonly stored: number;
  /** The page is hidden at once, behind a blank cover, while the destination loads. */
  readonly covered: boolean;
  readonly at: string;
  /** The tab's title: the clinic's name must not stay in it while the destination loads. */
  readonly title: string;
}

/**
 * Playwright cannot evaluate in a page while it navigates, so during a held exit the page reports
 * itself through the console every 50 ms: counts and lengths only, never the text.
 */
async function watchWhileLeaving(page: Page): Promise<Snapshot[]> {
  const snapshots: Snapshot[] = [];
  page.on('console', (m) => {
    if (m.text().startsWith(SNAPSHOT)) snapshots.push(JSON.parse(m.text().slice(SNAPSHOT.length)) as Snapshot);
  });
  await page.evaluate((prefix) => {
    const root = document.querySelector('confide-faq')?.shadowRoot;
    setInterval(() => {
      const cover = root?.querySelector('.exit-cover');
      const box = cover?.getBoundingClientRect();
      const snapshot = {
        messages: root?.querySelectorAll('.bubble.user, [data-entry-id], [data-crisis], [data-unanswered]').length ?? -1,
        draft: root?.querySelector('input')?.value.length ?? 0,
        stored: sessionStorage.length,
        covered:
          !!cover && !!box && getComputedStyle(cover).position === 'fixed' && box.width >= innerWidth && box.height >= innerHeight,
        at: location.pathname,
        title: document.title,
      };
      console.info(prefix + JSON.stringify(snapshot));
    }, 50);
  }, SNAPSHOT);
  return snapshots;
}

const EMERGENCY_LINE = /If you are in immediate danger, call 911/i;

/** Own phrasings (not the dev set), each checked against the built detector, with the services it must show. */
const CRISIS_CASES = [
  {
    category: 'suicide',
    text: 'i have been saving up my pills so i can take them all at once',
    hrefs: ['tel:988', 'sms:988', 'sms:741741'],
    words: ['988 Suicide & Crisis Lifeline', 'Text HOME to 741741'],
  },
  {
    category: 'sexual-assault',
    text: 'someone forced himself on me at a party last weekend and i cannot stop shaking',
    hrefs: ['tel:+18006564673'],
    words: ['RAINN'],
  },
  {
    category: 'partner-violence',
    text: 'my husband chokes me during arguments and i am scared to go home tonight',
    hrefs: ['tel:+18007997233', 'sms:88788'],
    words: ['National Domestic Violence Hotline', 'text START to 88788'],
  },
  {
    category: 'child-abuse',
    text: 'a grown man at our church keeps touching my 12 year old son',
    hrefs: ['tel:+18004224453', 'sms:+18004224453'],
    words: ['Childhelp'],
  },
] as const;

const IDIOMS = [
  'I’m dying to know how much it costs',
  'performance anxiety is killing my confidence',
  'it kills the mood when my partner checks her phone in bed',
];

describe.skipIf(!CHROME)('crisis notice in the browser', () => {
  let browser: Browser;
  let site: Site;

  withBrowserAndSite((b, s) => {
    [browser, site] = [b, s];
  });

  for (const c of CRISIS_CASES) {
    it(`shows the ${c.category} services, 911 and a confide:crisis event, never as "no answer"`, async () => {
      const w = await watchedPage(browser);
      const ui = await openWidget(w.page, site.page(`crisis-${c.category}`, { html: hostPage(SCRIPT()) }));
      await ui.ask(c.text);
      await replied(ui, 1);
      const notice = ui.log.locator('[role="alert"][data-crisis]');
      expect(await notice.count()).toBe(1);
      expect((await notice.getAttribute('data-crisis'))?.split(' ')).toContain(c.category);
      const replies = await lastReplies(ui);
      expect(replies[0]).toBe('crisis');
      expect(replies).not.toContain('unanswered');
      expect(await ui.unanswered.count()).toBe(0);

      const hrefs = await hrefsIn(notice);
      for (const href of c.hrefs) expect(hrefs).toContain(href);
      expect(hrefs).toContain('tel:911');
      const text = (await notice.textContent()) ?? '';
      expect(text).toMatch(EMERGENCY_LINE);
      for (const word of c.words) expect(text).toContain(word);
      // Crisis Text Line's keyword is written out wherever the service appears (sms: bodies are unreliable).
      if (hrefs.includes('sms:741741')) expect(text).toContain('Text HOME to 741741');
      expect(await countCrisisEvents(w.page)).toBe(1);
      expect(w.pageErrors).toEqual([]);
      await w.context.close();
    });
  }

  it('puts the crisis notice above the answer when the same message also matches an entry', async () => {
    const w = await watchedPage(browser);
    const ui = await openWidget(w.page, site.page('crisis-and-answer', { html: hostPage(SCRIPT()) }));
    await ui.ask('my boyfriend hits me when i say no to sex, can i come to therapy alone');
    await replied(ui, 1);
    const replies = await lastReplies(ui);
    expect(replies.slice(0, 2)).toEqual(['crisis', 'answer']);
    expect(await ui.crisis.getAttribute('data-crisis')).toContain('partner-violence');
    // In document order the alert precedes every answer bubble.
    const alertFirst = await ui.log.evaluate((log) => {
      const alert = log.querySelector('[data-crisis]');
      const answer = log.querySelector('[data-entry-id]');
      return !!alert && !!answer && (alert.compareDocumentPosition(answer) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(alertFirst).toBe(true);
    await w.context.close();
  });

  it('stays quiet on harmless idioms ("dying to know", "killing my confidence", "kills the mood")', async () => {
    const w = await watchedPage(browser);
    const ui = await openWidget(w.page, site.page('idioms', { html: hostPage(SCRIPT()) }));
    for (const [i, idiom] of IDIOMS.entries()) {
      await ui.ask(idiom);
      await replied(ui, i + 1);
    }
    expect(await ui.crisis.count()).toBe(0);
    expect(await ui.host.locator('[role="alert"]').count()).toBe(0);
    expect(await countCrisisEvents(w.page)).toBe(0);
    // Each still gets a reply of its own.
    expect(await ui.log.locator('[data-entry-id], [data-unanswered]').count()).toBe(IDIOMS.length);
    await w.context.close();
  });

  it('keeps "Get help now" reachable in the open panel, listing every service and 911', async () => {
    const w = await watchedPage(browser);
    const ui = await openWidget(w.page, site.page('get-help', { html: hostPage(SCRIPT()) }));
    const help = ui.panel.getByRole('button', { name: /get help now/i });
    expect(await help.isVisible()).toBe(true);
    // Reachable with the keyboard: Tab from the panel's header gets there in a few steps.
    await ui.exit.focus();
    const focusedName = () => ui.host.evaluate((host) => host.shadowRoot?.activeElement?.textContent?.trim() ?? '');
    for (let i = 0; i < 4 && !/get help now/i.test(await focusedName()); i++) await w.page.keyboard.press('Tab');
    expect(await focusedName()).toMatch(/get help now/i);
    await w.page.keyboard.press('Enter');
    const view = ui.panel.locator('.help-view');
    await view.waitFor();
    const hrefs = await hrefsIn(view);
    for (const href of ['tel:911', 'tel:988', 'sms:988', 'sms:741741', 'tel:+18006564673', 'tel:+18007997233', 'sms:88788', 'tel:+18004224453']) {
      expect(hrefs).toContain(href);
    }
    const text = (await view.textContent()) ?? '';
    expect(text).toMatch(EMERGENCY_LINE);
    expect(text).toContain('Text HOME to 741741');
    // Choosing help is not a crisis disclosure: no alert, no event.
    expect(await countCrisisEvents(w.page)).toBe(0);
    await ui.panel.getByRole('button', { name: /back to questions/i }).click();
    await ui.input.waitFor();
    await w.context.close();
  });

  it('says plainly in the open panel: general information, not therapy or medical advice, 911 in danger', async () => {
    const w = await watchedPage(browser);
    const ui = await openWidget(w.page, site.page('disclaimer', { html: hostPage(SCRIPT()) }));
    const disclaimer = ui.panel.locator('.disclaimer');
    expect(await disclaimer.isVisible()).toBe(true);
    const text = (await disclaimer.textContent()) ?? '';
    expect(text).toMatch(/general information/i);
    expect(text).toMatch(/not therapy or medical advice/i);
    expect(text).toMatch(/911/);
    await w.context.close();
  });
});

describe('the built files', () => {
  it('never contain the retired 1-800-273-TALK number or 988’s ended "Press 3" option', async () => {
    const files = (await readdir(DIST, { recursive: true })).filter((f) => /\.(js|css|html|json)$/.test(f));
    expect(files.some((f) => f.startsWith('confide-main-'))).toBe(true);
    const retired = [/273[-\s.]?TALK/i, /273[-\s.]?8255/, /press\s*3/i];
    for (const file of files) {
      const text = await readFile(join(DIST, file), 'utf8');
      for (const pattern of retired) expect({ file, found: pattern.test(text) }).toEqual({ file, found: false });
    }
  });
});

describe.skipIf(!CHROME)('quick exit in the browser', () => {
  let browser: Browser;
  let site: Site;
  /** Referer header of each request to the exit destination, in order. */
  const destinationReferers: Array<string | undefined> = [];

  const destination = (req: IncomingMessage, res: ServerResponse) => {
    destinationReferers.push(req.headers.referer);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Elsewhere</title><link rel="icon" href="data:,"></head><body><p>Somewhere neutral.</p></body></html>');
  };

  withBrowserAndSite((b, s) => {
    [browser, site] = [b, s];
    site.route('/t/elsewhere', destination);
    site.page('before', { html: hostPage('<p>The page the visitor came from.</p>') });
  });

  /** Opens a page after a neutral one (so Back has somewhere to go), asks a question, returns the state before exit. */
  async function conversationThenExitReady(name: string, attrs: string) {
    const w = await watchedPage(browser);
    await w.page.goto(`${site.origin}/t/before`);
    const url = site.page(name, { html: hostPage(SCRIPT(attrs)) });
    await w.page.goto(url);
    const ui = widget(w.page);
    await ui.launcher.click();
    await ui.ask('how much does it cost');
    await ui.answers.first().waitFor();
    const historyLength = await w.page.evaluate(() => history.length);
    return { w, ui, url, historyLength };
  }

  async function expectLeftWithReplace(page: Page, url: string, historyLength: number) {
    await page.waitForURL(`${site.origin}/t/elsewhere`);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(await page.evaluate(() => document.referrer)).toBe('');
    expect(destinationReferers.at(-1)).toBeUndefined();
    // Back skips the widget page: it was replaced, not left.
    await page.goBack();
    expect(page.url()).not.toBe(url);
    expect(page.url()).toBe(`${site.origin}/t/before`);
    expect(await page.locator('confide-faq').count()).toBe(0);
  }

  it('"Exit this page" leaves with location.replace to data-exit-url: no history entry, no referrer', async () => {
    const { w, ui, url, historyLength } = await conversationThenExitReady('exit-button', 'data-exit-url="/t/elsewhere"');
    await ui.exit.click();
    await expectLeftWithReplace(w.page, url, historyLength);
    await w.context.close();
  });

  it('Shift pressed alone three times leaves the same way, announcing the first two presses', async () => {
    const { w, ui, url, historyLength } = await conversationThenExitReady('exit-shift', 'data-exit-url="/t/elsewhere"');
    const status = ui.host.locator('[role="status"]').filter({ hasText: /shift/i });
    await w.page.keyboard.press('Shift');
    await expect.poll(() => status.textContent()).toMatch(/press shift 2 more times/i);
    await w.page.keyboard.press('Shift');
    await expect.poll(() => status.textContent()).toMatch(/press shift 1 more time\b/i);
    await w.page.keyboard.press('Shift');
    await expectLeftWithReplace(w.page, url, historyLength);
    await w.context.close();
  });

  it('Shift×3 works with the panel never opened and focus on the host page, hiding the page at once', async () => {
    const w = await watchedPage(browser);
    const held = deferred<ServerResponse>();
    site.route('/t/held-exit-closed', (_req, res) => held.settle(res));
    const url = site.page('exit-closed', { html: hostPage(`<input aria-label="host field">${SCRIPT('data-exit-url="/t/held-exit-closed"')}`) });
    await w.page.goto(url);
    const ui = widget(w.page);
    await ui.launcher.waitFor();
    const snapshots = await watchWhileLeaving(w.page);
    await w.page.getByRole('textbox', { name: 'host field' }).focus();
    for (let i = 0; i < 3; i++) await w.page.keyboard.press('Shift');
    const res = await held.promise;
    const seen = snapshots.length;
    await expect.poll(() => snapshots.length).toBeGreaterThan(seen + 2);
    expect(snapshots.at(-1)).toMatchObject({ covered: true, at: new URL(url).pathname });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Elsewhere</title><p>Elsewhere</p>');
    await w.page.waitForURL(`${site.origin}/t/held-exit-closed`);
    await w.context.close();
  });

  it('typing capitals never exits: Shift as a modifier, three times and more', async () => {
    const w = await watchedPage(browser);
    const url = site.page('capitals', { html: hostPage(SCRIPT('data-exit-url="/t/elsewhere"')) });
    await w.page.goto(url);
    const ui = widget(w.page);
    await ui.launcher.click();
    await ui.input.focus();
    await w.page.keyboard.type('Hello World HOW');
    // Shift held down around each capital, the way people type them.
    for (const letter of 'ABC') {
      await w.page.keyboard.down('Shift');
      await w.page.keyboard.press(letter);
      await w.page.keyboard.up('Shift');
    }
    for (let i = 0; i < 3; i++) await w.page.keyboard.press('Shift+A');
    await w.page.waitForTimeout(300);
    expect(w.page.url()).toBe(url);
    expect(await ui.input.inputValue()).toBe('Hello World HOWABCAAA');
    expect(await ui.host.locator('[role="status"]').filter({ hasText: /shift/i }).count()).toBe(0);
    // Another key between presses resets the count.
    await w.page.keyboard.press('Shift');
    await w.page.keyboard.press('Shift');
    await w.page.keyboard.press('x');
    await w.page.keyboard.press('Shift');
    await w.page.waitForTimeout(300);
    expect(w.page.url()).toBe(url);
    await w.context.close();
  });

  it('wipes the conversation before it leaves (seen while the destination is still loading)', async () => {
    const { w, ui } = await conversationThenExitReady('exit-wipe', 'data-exit-url="/t/held-exit" data-persist="session"');
    await ui.ask('is it confidential');
    await expect.poll(() => ui.answers.count()).toBe(2);
    await ui.input.fill('a half typed question about my partner');
    expect(await w.page.evaluate(() => sessionStorage.length)).toBe(1);

    // The server holds the destination, so the old page stays up with the navigation pending.
    const held = deferred<ServerResponse>();
    site.route('/t/held-exit', (_req, res) => held.settle(res));
    const snapshots = await watchWhileLeaving(w.page);
    await expect.poll(() => snapshots.at(-1)?.messages).toBe(4);

    // A plain click: Playwright's click() would wait for the held navigation.
    await ui.exit.evaluate((button) => (button as HTMLButtonElement).click());
    const res = await held.promise;
    const seen = snapshots.length;
    await expect.poll(() => snapshots.length).toBeGreaterThan(seen + 2);
    // Still on the widget page, the destination not yet served: nothing of the conversation is left.
    expect(snapshots.at(-1)).toEqual({ messages: 0, draft: 0, stored: 0, covered: true, at: new URL(w.page.url()).pathname, title: new URL(site.origin).hostname });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Elsewhere</title><p>Elsewhere</p>');
    await w.page.waitForURL(`${site.origin}/t/held-exit`);
    expect(await w.page.evaluate(() => sessionStorage.length)).toBe(0);
    await w.context.close();
  });

  it('regression: inside a same-origin iframe the exit left only the frame, the clinic page stayed on screen', async () => {
    const w = await watchedPage(browser);
    site.page('framed', { html: hostPage(SCRIPT('data-exit-url="/t/elsewhere"')) });
    await w.page.goto(`${site.origin}/t/before`);
    const url = site.page('frame-host', { html: hostPage('<iframe src="/t/framed" title="Questions" style="width:480px;height:640px"></iframe>') });
    await w.page.goto(url);
    const historyLength = await w.page.evaluate(() => history.length);
    const framed = w.page.frameLocator('iframe').locator('confide-faq');
    await framed.getByRole('button', { name: /question/i }).click();
    await framed.getByRole('button', { name: /exit/i }).click();
    await expectLeftWithReplace(w.page, url, historyLength);
    await w.context.close();
  });

  it('inside a cross-origin iframe (which may not move the host page) the frame replaces itself', async () => {
    const w = await watchedPage(browser);
    site.page('framed-cross', { html: hostPage(SCRIPT('data-exit-url="/t/elsewhere"')) });
    const crossOrigin = site.origin.replace('127.0.0.1', 'localhost');
    const url = site.page('frame-host-cross', {
      html: hostPage(`<iframe src="${crossOrigin}/t/framed-cross" title="Questions" style="width:480px;height:640px"></iframe>`),
    });
    await w.page.goto(url);
    const framed = w.page.frameLocator('iframe').locator('confide-faq');
    await framed.getByRole('button', { name: /question/i }).click();
    await framed.getByRole('button', { name: /exit/i }).click();
    await expect.poll(() => w.page.frames()[1]?.url()).toBe(`${crossOrigin}/t/elsewhere`);
    expect(w.page.url()).toBe(url);
    expect(w.pageErrors).toEqual([]);
    await w.context.close();
  });

  it('goes to a neutral page by default (https://www.google.com/, stubbed here: no real network use)', async () => {
    const w = await watchedPage(browser);
    const seen: Array<{ url: string; referer: string | undefined }> = [];
    await w.context.route('https://www.google.com/**', (route) => {
      seen.push({ url: route.request().url(), referer: route.request().headers().referer });
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Stub</title><p>stub</p>' });
    });
    await w.page.goto(`${site.origin}/t/before`);
    await w.page.goto(site.page('exit-default', { html: hostPage(SCRIPT()) }));
    const before = await w.page.evaluate(() => history.length);
    const ui = widget(w.page);
    await ui.launcher.click();
    await ui.exit.click();
    await w.page.waitForURL('https://www.google.com/');
    expect(seen).toEqual([{ url: 'https://www.google.com/', referer: undefined }]);
    expect(await w.page.evaluate(() => history.length)).toBe(before);
    expect(await w.page.evaluate(() => document.referrer)).toBe('');
    await w.context.close();
  });

  it('refuses a javascript: exit URL and falls back to the neutral default', async () => {
    const w = await watchedPage(browser);
    await w.context.route('https://www.google.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Stub</title>' }),
    );
    await w.page.goto(site.page('exit-js', { html: hostPage(SCRIPT('data-exit-url="javascript:window.pwned=1"')) }));
    const ui = widget(w.page);
    await ui.launcher.click();
    await ui.exit.click();
    await w.page.waitForURL('https://www.google.com/');
    expect(w.pageErrors).toEqual([]);
    await w.context.close();
  });
});
