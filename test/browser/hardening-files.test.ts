/**
 * Issue 6, point 6: a clinic's FAQ file that cannot be used (missing, not JSON, the wrong shape, far
 * too big, or a download that never finishes). The widget answers from the bundled corpus, fires one
 * `confide:error`, prints one `console.warn` that names the file, and throws nothing into the page.
 *
 * A visitor who asks while the file is still downloading waits for it, with "Finding an answer…"
 * shown, for at most FAQ_TIMEOUT_MS: answering from the bundled corpus in the meantime could show an
 * answer the clinic replaced or removed (its prices, its policies), so the wait is bounded, not skipped.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { FAQ_TIMEOUT_MS, MAX_FAQ_BYTES } from '../../src/engine/clinic-file.ts';
import { CHROME, hostPage, launch, SCRIPT, startSite, watchedPage, widget, type Site } from './harness.ts';
import { expectClean, installTraps, traps } from './hardening-helpers.ts';

/** Five megabytes of syntactically valid JSON: too big is the only thing wrong with it. */
const FIVE_MB = `{"entries": [], "padding": "${'x'.repeat(5 * 1024 * 1024)}"}`;

/** Headers and the start of a body, then nothing: the connection stays open until the server closes. */
function neverFinishes(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write('{"entries": [');
}

describe.skipIf(!CHROME)('hardening: clinic files that cannot be used', () => {
  let browser: Browser;
  let site: Site;

  beforeAll(async () => {
    [browser, site] = await Promise.all([launch(), startSite()]);
    site.route('/clinic/big-declared.json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(FIVE_MB)) });
      res.end(FIVE_MB);
    });
    site.route('/clinic/big-streamed.json', (_req, res) => {
      // No content-length: the size is only known while reading.
      res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
      res.end(FIVE_MB);
    });
    site.route('/clinic/never-finishes.json', neverFinishes);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const cases: ReadonlyArray<readonly [name: string, url: string, problem: RegExp, allowedConsoleError?: RegExp]> = [
    // Chromium itself logs a failed fetch as a console error; the widget adds only its warning.
    ['missing (404)', '/fixtures/hostile-does-not-exist.json', /404/, /status of 404/],
    ['not valid JSON', '/fixtures/hostile-bad-json.json', /not valid JSON.*line 4/],
    ['a list, not an object', '/fixtures/hostile-shape-array.json', /list at the top level/],
    ['entries that are text', '/fixtures/hostile-shape-entries-string.json', /entries: is text/],
    ['an entry with a numeric id and nothing else', '/fixtures/hostile-shape-entry-id.json', /entries\[0\]\.id: is a number/],
    ['5 MB, declared in content-length', '/clinic/big-declared.json', /larger than 2 MiB/],
    ['5 MB, streamed without a length', '/clinic/big-streamed.json', /larger than 2 MiB/],
  ];

  for (const [name, url, problem, allowedConsoleError] of cases) {
    it(`answers from the bundled corpus when the clinic file is ${name}`, async () => {
      const w = await watchedPage(browser);
      await w.page.addInitScript(installTraps);
      await w.page.goto(site.page(`file-${name.replace(/\W+/g, '-')}`, { html: hostPage(SCRIPT(`data-faq="${url}"`)) }));
      const ui = widget(w.page);
      await ui.launcher.click();
      await ui.ask('how much does it cost');
      await expect.poll(() => ui.answers.last().getAttribute('data-entry-id')).toBe('cost');
      await ui.ask('how long is a session');
      await expect.poll(() => ui.answers.count()).toBe(2);
      const t = await traps(w.page);
      expect(t.errors).toHaveLength(1);
      expect(t.errors[0]).toMatch(problem);
      // Exactly one warning, for the web admin: which file, what is wrong, that built-in answers are shown.
      expect(w.warnings).toHaveLength(1);
      expect(w.warnings[0]).toContain(`"${url}"`);
      expect(w.warnings[0]).toMatch(problem);
      expect(w.warnings[0]).toMatch(/built-in answers/);
      await expectClean(w, site.origin, { consoleErrors: allowedConsoleError ? [allowedConsoleError] : [] });
      await w.context.close();
    });
  }

  it('a download that never finishes: the visitor sees “Finding an answer…”, then a bundled answer within the timeout', async () => {
    expect(MAX_FAQ_BYTES).toBe(2 * 1024 * 1024);
    const w = await watchedPage(browser);
    await w.page.addInitScript(installTraps);
    await w.page.goto(site.page('file-never-finishes', { html: hostPage(SCRIPT('data-faq="/clinic/never-finishes.json"')) }));
    const ui = widget(w.page);
    await ui.launcher.click();
    const asked = Date.now();
    await ui.ask('how much does it cost');
    // While the file loads, the log says the widget is working on it (and the question is shown).
    const thinking = ui.log.getByRole('status').filter({ hasText: /Finding an answer/ });
    await thinking.waitFor();
    expect(await ui.log.locator('.bubble.user').count()).toBe(1);
    await ui.answers.first().waitFor({ timeout: FAQ_TIMEOUT_MS + 4000 });
    const waited = Date.now() - asked;
    expect(waited).toBeLessThan(FAQ_TIMEOUT_MS + 3000);
    expect(await ui.answers.first().getAttribute('data-entry-id')).toBe('cost');
    expect(await thinking.count()).toBe(0);
    const t = await traps(w.page);
    expect(t.errors).toHaveLength(1);
    expect(t.errors[0]).toMatch(/did not finish loading within 6 seconds/);
    expect(w.warnings).toHaveLength(1);
    expect(w.warnings[0]).toContain('"/clinic/never-finishes.json"');
    // A second question is answered at once: the bundled corpus is now in use.
    const again = Date.now();
    await ui.ask('how long is a session');
    await expect.poll(() => ui.answers.count()).toBe(2);
    expect(Date.now() - again).toBeLessThan(2000);
    await expectClean(w, site.origin);
    await w.context.close();
  });
});
