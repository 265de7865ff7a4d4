/**
 * Issue 5 §4 in real Chromium, on the built bundle: nothing stored, nothing sent. After a whole
 * conversation every storage API is empty, every request stayed on the page's origin (and none at
 * all once the engine is loaded), the visitor's text never reaches the console, links leak no
 * referrer, and the conversation is wiped on "Clear conversation" and on `pagehide`.
 * `persist="session"` is the one opt-in: sessionStorage for the tab, never localStorage.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME, hostPage, SCRIPT, watchedPage, widget, type Site, withBrowserAndSite } from './harness.ts';

type Ui = ReturnType<typeof widget>;

/** Every place a page can keep something, read in the page. */
async function storageSnapshot(page: Page) {
  return page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
}

const NOTHING_STORED = { cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [], serviceWorkers: 0 };

/** The link sends no referrer and gives the opened page no handle on this one. */
const leaksNothing = (link: { rel: string; policy: string }) =>
  /\bnoopener\b/.test(link.rel) && /\bnoreferrer\b/.test(link.rel) && link.policy === 'no-referrer';

/** A promise and the function that settles it, for holding a request or a load until the test says so. */
function deferred<T = void>() {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((ok) => (settle = ok));
  return { promise, settle };
}

/** The visitor's messages and the bot's replies in the log (the greeting does not count). */
const conversationCount = (ui: Ui) => ui.log.locator('.bubble.user, [data-entry-id], [data-crisis], [data-unanswered]').count();

/** Records every console message, of every type, with its arguments' text. */
function recordConsole(page: Page): string[] {
  const all: string[] = [];
  page.on('console', (m) => all.push(`${m.type()}: ${m.text()}`));
  return all;
}

/** Collects the detail of every confide:* event on the page, set up before the widget loads. */
async function recordEvents(page: Page): Promise<() => Promise<Array<{ type: string; detail: Record<string, unknown> }>>> {
  await page.addInitScript(() => {
    const seen: Array<{ type: string; detail: unknown }> = [];
    (window as unknown as { confideEvents: typeof seen }).confideEvents = seen;
    for (const type of ['ask', 'answer', 'unanswered', 'crisis', 'feedback', 'error']) {
      document.addEventListener(`confide:${type}`, (e) => seen.push({ type, detail: (e as CustomEvent).detail }));
    }
  });
  return () => page.evaluate(() => (window as unknown as { confideEvents: Array<{ type: string; detail: Record<string, unknown> }> }).confideEvents);
}

/** What the visitor types in the full conversation; none of it may reach the console or a request. */
const TYPED = {
  plain: 'is what I say in sessions confidential',
  offTopic: 'what is the capital of australia',
  crisis: 'i have been saving up my pills so i can take them all at once',
  typeahead: 'how much do',
};

describe.skipIf(!CHROME)('nothing stored, nothing sent', () => {
  let browser: Browser;
  let site: Site;

  withBrowserAndSite((b, s) => {
    [browser, site] = [b, s];
    site.page('away', { html: hostPage('<p>Another page of the clinic site.</p>') });
  });

  it('after a whole conversation: no storage, only same-origin requests and none after loading, no text in the console', async () => {
    const w = await watchedPage(browser);
    const consoleAll = recordConsole(w.page);
    const url = site.page('full', { html: hostPage(SCRIPT()) });
    await w.page.goto(url);
    const ui = widget(w.page);
    await ui.launcher.click();

    await ui.ask(TYPED.plain);
    await ui.answers.first().waitFor();
    // Everything the widget needs has arrived with the first answer: from here on, not one request.
    await w.page.waitForLoadState('networkidle');
    const loaded = w.requests.length;

    await ui.answers.first().getByRole('button', { name: 'No' }).click();
    await ui.ask(TYPED.offTopic);
    await ui.unanswered.first().waitFor();
    await ui.ask(TYPED.crisis);
    await ui.crisis.first().waitFor();
    // Type-ahead: type slowly, choose a suggestion with the keyboard.
    const answersBefore = await ui.answers.count();
    await ui.input.focus();
    await w.page.keyboard.type(TYPED.typeahead, { delay: 20 });
    await ui.host.getByRole('option').first().waitFor();
    await w.page.keyboard.press('ArrowDown');
    await w.page.keyboard.press('Enter');
    await expect.poll(() => ui.answers.count()).toBe(answersBefore + 1);
    await ui.answers.last().getByRole('button', { name: 'Yes' }).click();
    await ui.panel.getByRole('button', { name: /get help now/i }).click();
    await ui.panel.getByRole('button', { name: /back to questions/i }).click();
    await w.page.waitForTimeout(300);

    expect(await storageSnapshot(w.page)).toEqual(NOTHING_STORED);
    expect(await w.context.cookies()).toEqual([]);
    const state = await w.context.storageState({ indexedDB: true });
    expect(state.origins).toEqual([]);

    expect(w.requests.slice(loaded)).toEqual([]);
    for (const request of w.requests) expect(new URL(request).origin).toBe(site.origin);
    // The page itself, then the widget's own files only.
    expect(w.requests.filter((r) => r !== url && !r.startsWith(`${site.origin}/confide/`))).toEqual([]);

    const typed = Object.values(TYPED).map((t) => t.toLowerCase());
    for (const message of consoleAll) for (const text of typed) expect(message.toLowerCase()).not.toContain(text);
    expect(w.pageErrors).toEqual([]);
    await w.context.close();
  });

  /** The widget's own files a fresh page fetches until `question` is answered and the network is idle. */
  const filesFetchedFor = async (question: string) => {
    const w = await watchedPage(browser);
    await w.page.goto(site.page('same-files', { html: hostPage(SCRIPT()) }));
    const ui = widget(w.page);
    await ui.launcher.click();
    await ui.ask(question);
    await ui.host.locator('[data-entry-id], [data-unanswered], [data-crisis]').first().waitFor();
    await w.page.waitForLoadState('networkidle');
    await w.context.close();
    return [...new Set(w.requests.filter((r) => r.startsWith(`${site.origin}/confide/`)))].toSorted();
  };

  it('fetches the same files whatever the visitor asks: the server’s logs cannot tell a topic, a typo or a crisis', async () => {
    const plain = await filesFetchedFor('how much does it cost');
    expect(plain.length).toBeGreaterThan(2);
    for (const other of ['can my wife come to the sessions', 'how long does theraphy take', TYPED.offTopic, TYPED.crisis]) {
      expect(await filesFetchedFor(other), other).toEqual(plain);
    }
  });

  it('fetches the clinic’s FAQ file, without a referrer, and nothing else beyond its own files', async () => {
    const referers: Array<string | undefined> = [];
    const faq = await readFile(new URL('site/fixtures/extend.json', import.meta.url), 'utf8');
    site.route('/t/clinic-faq.json', (req, res) => {
      referers.push(req.headers.referer);
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(faq);
    });
    const w = await watchedPage(browser);
    const url = site.page('clinic-file', { html: hostPage(SCRIPT('data-faq="/t/clinic-faq.json"')) });
    await w.page.goto(url);
    const ui = widget(w.page);
    await ui.launcher.click();
    await ui.ask('where can I park');
    await ui.answers.first().waitFor();
    await w.page.waitForLoadState('networkidle');
    const others = w.requests.filter((r) => r !== url && !r.startsWith(`${site.origin}/confide/`));
    expect(others).toEqual([`${site.origin}/t/clinic-faq.json`]);
    expect(referers).toEqual([undefined]);
    expect(await storageSnapshot(w.page)).toEqual(NOTHING_STORED);
    await w.context.close();
  });

  /** Every link in the widget after an answer, a crisis notice and "Get help now". */
  async function allLinks() {
    const w = await watchedPage(browser);
    await w.page.goto(site.page('links', { html: hostPage(SCRIPT()) }));
    const ui = widget(w.page);
    await ui.launcher.click();
    await ui.ask('how do i find a sex therapist near me');
    await ui.answers.first().waitFor();
    await ui.ask(TYPED.crisis);
    await ui.crisis.first().waitFor();
    await ui.panel.getByRole('button', { name: /get help now/i }).click();
    await ui.panel.locator('.help-view').waitFor();
    const links = await ui.host.locator('a').evaluateAll((as) =>
      (as as HTMLAnchorElement[]).map((a) => ({ href: a.getAttribute('href') ?? '', rel: a.rel, policy: a.referrerPolicy, target: a.target })),
    );
    await w.context.close();
    return links;
  }

  it('links carry rel="noopener noreferrer" and referrerpolicy="no-referrer"; web links open a new tab', async () => {
    const links = await allLinks();
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      expect(leaksNothing(link), `${link.href}: rel="${link.rel}" referrerpolicy="${link.policy}"`).toBe(true);
      if (link.href.startsWith('https:')) expect(link.target, link.href).toBe('_blank');
      expect(link.href, 'only https, tel, sms and mailto links').toMatch(/^(https:|tel:|sms:|mailto:)/);
    }
  });

  it('the text box keeps no history: autocomplete off, spellcheck off, not inside a form', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(site.page('textbox', { html: hostPage(`<form action="/t/away">${SCRIPT()}</form>`) }));
    const ui = widget(w.page);
    await ui.launcher.click();
    const box = await ui.input.evaluate((el) => {
      const input = el as HTMLInputElement;
      // A <form> ancestor in the shadow tree, or the host page's form through the shadow boundary.
      let formAncestor = false;
      for (let node: Node | null = input; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
        if (node instanceof HTMLFormElement) formAncestor = true;
      }
      return { autocomplete: input.getAttribute('autocomplete'), spellcheck: input.spellcheck, form: input.form, formAncestor };
    });
    expect(box).toEqual({ autocomplete: 'off', spellcheck: false, form: null, formAncestor: false });
    await w.context.close();
  });

  it('Enter in the text box never submits the host page’s form around the widget', async () => {
    const w = await watchedPage(browser);
    const url = site.page('in-form', { html: hostPage(`<form action="/t/away">${SCRIPT()}</form>`) });
    await w.page.goto(url);
    const ui = widget(w.page);
    await ui.launcher.click();
    await ui.ask('how much does it cost');
    await ui.answers.first().waitFor();
    expect(w.page.url()).toBe(url);
    expect(w.requests.some((r) => r.includes('/t/away'))).toBe(false);
    await w.context.close();
  });

  it('"Clear conversation" empties the log and the text box', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(site.page('clear', { html: hostPage(SCRIPT()) }));
    const ui = widget(w.page);
    await ui.launcher.click();
    await ui.ask('how much does it cost');
    await ui.answers.first().waitFor();
    await ui.ask(TYPED.crisis);
    await ui.crisis.first().waitFor();
    await ui.input.fill('something half typed');
    await ui.panel.getByRole('button', { name: /clear conversation/i }).click();
    await expect.poll(() => conversationCount(ui)).toBe(0);
    expect(await ui.input.inputValue()).toBe('');
    expect(await ui.host.locator('[role="status"]').filter({ hasText: /cleared/i }).count()).toBe(1);
    expect(await storageSnapshot(w.page)).toEqual(NOTHING_STORED);
    await w.context.close();
  });

  it('regression: "Clear conversation" while the answers were still loading let the late reply back in', async () => {
    const w = await watchedPage(browser);
    // Hold the engine's chunk so the first question waits for it.
    const gate = deferred();
    await w.page.route(/\/confide\/load-[^/]*\.js$/, async (route) => {
      await gate.promise;
      await route.continue();
    });
    await w.page.goto(site.page('clear-while-loading', { html: hostPage(SCRIPT('data-persist="session"')) }));
    const ui = widget(w.page);
    await ui.launcher.click();
    await ui.ask(TYPED.crisis);
    await ui.log.locator('.bubble.user').waitFor();
    expect(await ui.crisis.count()).toBe(0);
    await ui.panel.getByRole('button', { name: /clear conversation/i }).click();
    await expect.poll(() => conversationCount(ui)).toBe(0);
    const loaded = w.page.waitForResponse(/\/confide\/load-[^/]*\.js$/);
    gate.settle();
    await loaded;
    await w.page.waitForLoadState('networkidle');
    await w.page.waitForTimeout(300);
    // The engine has arrived; the cleared question's reply has not come back with it.
    expect(await conversationCount(ui)).toBe(0);
    expect(await ui.log.locator('.greeting .chip').count()).toBeGreaterThan(0);
    expect(await storageSnapshot(w.page)).toEqual(NOTHING_STORED);
    await w.context.close();
  });

  it('pagehide wipes the conversation (the page may be kept in the back/forward cache)', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(site.page('pagehide', { html: hostPage(SCRIPT()) }));
    const ui = widget(w.page);
    await ui.launcher.click();
    await ui.ask('how much does it cost');
    await ui.answers.first().waitFor();
    await ui.input.fill('half typed');
    await w.page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
    await expect.poll(() => conversationCount(ui)).toBe(0);
    expect(await ui.input.inputValue()).toBe('');
    await w.context.close();
  });

  it('Back to a page restored from the back/forward cache shows an empty conversation', async () => {
    // Playwright turns the back/forward cache off by default; this browser keeps it on.
    const bfcacheBrowser = await chromium.launch({
      executablePath: CHROME,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
      ignoreDefaultArgs: ['--disable-back-forward-cache'],
    });
    try {
      const context = await bfcacheBrowser.newContext();
      const page = await context.newPage();
      // Served cacheable (no `no-store`), so the page is eligible for the back/forward cache.
      const url = site.page('bfcache', { html: hostPage(SCRIPT()), headers: { 'cache-control': 'private, max-age=0' } });
      await page.goto(url);
      await page.evaluate(() => {
        (window as unknown as { restored: boolean }).restored = false;
        window.addEventListener('pageshow', (e) => ((window as unknown as { restored: boolean }).restored = e.persisted));
      });
      const ui = widget(page);
      await ui.launcher.click();
      await ui.ask('how much does it cost');
      await ui.answers.first().waitFor();
      await page.goto(`${site.origin}/t/away`);
      // A page restored from the cache fires no load event: wait for the commit and pageshow.
      await page.goBack({ waitUntil: 'commit' });
      expect(page.url()).toBe(url);
      // `restored` is false until a pageshow from the cache, and undefined after a fresh load.
      await page.waitForFunction(() => (window as unknown as { restored?: boolean }).restored !== false);
      const restored = await page.evaluate(() => (window as unknown as { restored?: boolean }).restored);
      // Either restored from the cache with the conversation wiped, or loaded afresh (nothing kept either way).
      if (restored) expect(await ui.panel.isVisible()).toBe(true);
      expect(await conversationCount(ui)).toBe(0);
      expect(restored, 'the back/forward cache restored the page, so the wipe was really exercised').toBe(true);
      await context.close();
    } finally {
      await bfcacheBrowser.close();
    }
  });
});

describe.skipIf(!CHROME)('persist="session": the one opt-in', () => {
  let browser: Browser;
  let site: Site;

  withBrowserAndSite((b, s) => {
    [browser, site] = [b, s];
  });

  it('survives a reload in the same tab, never touches localStorage, and "Clear conversation" empties it', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(site.page('persist', { html: hostPage(SCRIPT('data-persist="session"')) }));
    let ui = widget(w.page);
    await ui.launcher.click();
    await ui.ask('how much does it cost');
    await ui.answers.first().waitFor();
    await ui.ask(TYPED.crisis);
    await ui.crisis.first().waitFor();
    const before = await conversationCount(ui);
    expect(before).toBeGreaterThanOrEqual(4);
    expect(await storageSnapshot(w.page)).toEqual({ ...NOTHING_STORED, sessionStorage: 1 });

    // A reload keeps pagehide from wiping what the clinic chose to keep.
    await w.page.reload();
    ui = widget(w.page);
    await ui.launcher.click();
    await expect.poll(() => conversationCount(ui)).toBe(before);
    expect(await ui.answers.first().getAttribute('data-entry-id')).toBe('cost');
    expect(await ui.crisis.count()).toBe(1);
    expect(await ui.log.locator('.bubble.user').first().textContent()).toContain('how much does it cost');
    expect(await w.page.evaluate(() => localStorage.length)).toBe(0);

    await ui.panel.getByRole('button', { name: /clear conversation/i }).click();
    await expect.poll(() => conversationCount(ui)).toBe(0);
    expect(await storageSnapshot(w.page)).toEqual(NOTHING_STORED);
    await w.page.reload();
    ui = widget(w.page);
    await ui.launcher.click();
    await ui.log.waitFor();
    expect(await conversationCount(ui)).toBe(0);
    expect(await storageSnapshot(w.page)).toEqual(NOTHING_STORED);
    await w.context.close();
  });

  it('a new tab starts empty: sessionStorage is per tab', async () => {
    const w = await watchedPage(browser);
    const url = site.page('persist-tab', { html: hostPage(SCRIPT('data-persist="session"')) });
    await w.page.goto(url);
    const ui = widget(w.page);
    await ui.launcher.click();
    await ui.ask('how much does it cost');
    await ui.answers.first().waitFor();
    const other = await w.context.newPage();
    await other.goto(url);
    const second = widget(other);
    await second.launcher.click();
    await second.log.waitFor();
    expect(await conversationCount(second)).toBe(0);
    await w.context.close();
  });
});

describe.skipIf(!CHROME)('events carry the visitor’s text only when the clinic opts in', () => {
  let browser: Browser;
  let site: Site;

  withBrowserAndSite((b, s) => {
    [browser, site] = [b, s];
  });

  async function converse(attrs: string) {
    const w = await watchedPage(browser);
    const events = await recordEvents(w.page);
    await w.page.goto(site.page(`events-${attrs.length}`, { html: hostPage(SCRIPT(attrs)) }));
    const ui = widget(w.page);
    await ui.launcher.click();
    await ui.ask('how much does it cost');
    await ui.answers.first().waitFor();
    await ui.ask(TYPED.offTopic);
    await ui.unanswered.first().waitFor();
    await ui.ask(TYPED.crisis);
    await ui.crisis.first().waitFor();
    const seen = await events();
    await w.context.close();
    return seen;
  }

  it('by default: ids and scores only, no question key at all', async () => {
    const seen = await converse('');
    const types = seen.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['ask', 'answer', 'unanswered', 'crisis']));
    for (const { type, detail } of seen) expect(Object.keys(detail), type).not.toContain('question');
    expect(seen.find((e) => e.type === 'answer')?.detail).toEqual({ id: 'cost', score: expect.any(Number) });
    expect(seen.find((e) => e.type === 'crisis')?.detail).toEqual({});
    expect(JSON.stringify(seen)).not.toContain('australia');
  });

  it('with share-questions: ask, answer and unanswered carry the question', async () => {
    const seen = await converse('data-share-questions');
    const of = (type: string) => seen.filter((e) => e.type === type).map((e) => e.detail.question);
    expect(of('ask')).toEqual(['how much does it cost', TYPED.offTopic, TYPED.crisis]);
    expect(of('answer')).toContain('how much does it cost');
    expect(of('unanswered')).toEqual([TYPED.offTopic]);
    // The crisis event never carries the text, even then.
    expect(seen.find((e) => e.type === 'crisis')?.detail).toEqual({});
  });
});
