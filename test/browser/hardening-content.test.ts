/**
 * Issue 6, point 5: a clinic file whose answers hold attack vectors. Nothing runs, no dangerous node,
 * attribute or URL reaches the widget's shadow DOM, and the safe parts of each answer still show.
 * Inline `[x](javascript:…)` links and unsafe `links`/`sources` URLs never get that far: the
 * validator rejects the whole file, and the widget answers from the bundled corpus.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CHROME, hostPage, SCRIPT, watchedPage, widget, type Site, withBrowserAndSite } from './harness.ts';
import { expectClean, installTraps, NO_FAVICON, strictHostPage, traps } from './hardening-helpers.ts';

interface FixtureEntry {
  readonly id: string;
  readonly question: string;
  readonly answer: string;
}
const HOSTILE: { entries: FixtureEntry[] } = JSON.parse(readFileSync(new URL('./site/fixtures/hostile-content.json', import.meta.url), 'utf8'));

const DANGEROUS = ['script', 'iframe', 'frame', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'img', 'style', 'link', 'meta', 'base', 'object', 'embed', 'template', 'noscript', 'details', 'video', 'audio', 'source'];
const SAFE_HREF = /^(https:|tel:|sms:|mailto:)/;

describe.skipIf(!CHROME)('hardening: hostile clinic content', () => {
  let browser: Browser;
  let site: Site;

  withBrowserAndSite((b, s) => {
    [browser, site] = [b, s];
    site.route('/favicon.ico', NO_FAVICON);
  });

  for (const [label, csp] of [
    ['', undefined],
    [' under a strict CSP with Trusted Types, and no CSP report (raw HTML in answers used to report each handler and style it parsed)', "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types confide"],
  ] as const)
  it(`renders ${HOSTILE.entries.length} answers full of attack vectors as harmless text and safe links${label}`, async () => {
    expect(HOSTILE.entries.length).toBeGreaterThanOrEqual(20);
    const w = await watchedPage(browser);
    await w.page.addInitScript(installTraps);
    const body = `<confide-faq mode="inline" faq="/fixtures/hostile-content.json"></confide-faq>${SCRIPT()}`;
    await w.page.goto(site.page(`hostile-content${csp ? '-tt' : ''}`, csp ? { html: strictHostPage(body), headers: { 'content-security-policy': csp } } : { html: hostPage(body) }));
    const ui = widget(w.page);
    await ui.panel.waitFor();
    await w.page.evaluate(async (questions) => {
      const el = document.querySelector('confide-faq') as HTMLElement & { ask(s: string): Promise<void> };
      for (const q of questions) await el.ask(q);
    }, HOSTILE.entries.map((e) => e.question));
    // Every vector was answered by its own entry, so every one was rendered.
    await expect.poll(() => ui.answers.count()).toBe(HOSTILE.entries.length);
    expect(await ui.answers.evaluateAll((els) => els.map((e) => e.getAttribute('data-entry-id')))).toEqual(HOSTILE.entries.map((e) => e.id));
    // Give anything that would fire late (onload, onerror, a refresh) the chance to.
    await w.page.waitForTimeout(500);

    const scan = await ui.log.evaluate((log, dangerous) => {
      const root = log.getRootNode() as ShadowRoot;
      const all = [...root.querySelectorAll('*')];
      return {
        // Answer bodies hold only the rich-text tags; the log around them has the widget's own buttons.
        dangerousInAnswers: [...log.querySelectorAll('.answer-body')].flatMap((b) => [...b.querySelectorAll(dangerous.join(','))].map((el) => el.outerHTML)),
        dangerousInLog: [...log.querySelectorAll(dangerous.filter((t) => t !== 'button').join(','))].map((el) => el.outerHTML),
        answerTags: [...new Set([...log.querySelectorAll('.answer-body *')].map((el) => el.localName))].sort(),
        // Anywhere in the shadow root: the widget's own chrome has no handlers or style attributes either.
        eventAttributes: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName}[${a.name}]`)),
        styleAttributes: log.querySelectorAll('[style]').length,
        urls: all.flatMap((el) => ['href', 'src', 'action', 'formaction', 'data', 'xlink:href'].map((n) => el.getAttribute(n)).filter((v): v is string => v !== null)),
        scripts: root.querySelectorAll('script, iframe, object, embed, form, style, img, math, link, meta, base').length,
        answers: [...root.querySelectorAll('[data-entry-id]')].map((el) => ({ id: el.getAttribute('data-entry-id'), text: el.querySelector('.answer-body')?.textContent ?? '' })),
      };
    }, DANGEROUS);
    expect(scan.dangerousInAnswers).toEqual([]);
    expect(scan.dangerousInLog).toEqual([]);
    for (const tag of scan.answerTags) expect(['a', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'br', 'code', 'blockquote', 'h3', 'h4']).toContain(tag);
    expect(scan.eventAttributes).toEqual([]);
    expect(scan.styleAttributes).toBe(0);
    expect(scan.scripts).toBe(0);
    for (const url of scan.urls) expect(url).toMatch(SAFE_HREF);

    // The safe parts survive: each answer's own words, and the https links with safe rel.
    // (Text after an unclosed `<svg>` or `<math>` is inside it, and goes with it.)
    for (const a of scan.answers) {
      const entry = HOSTILE.entries.find((e) => e.id === a.id);
      const lead = entry?.answer.split(/[<[!]/)[0]?.trim() ?? '';
      expect(lead.length, a.id ?? '').toBeGreaterThan(0);
      expect(a.text, a.id ?? '').toContain(lead);
      // A <textarea>'s content is text by definition: it is kept, shown as the words it is, and inert.
      if (a.id !== 'vector-template-textarea') expect(a.text, a.id ?? '').not.toMatch(/alert\(|msgbox/);
    }
    const answerBody = (id: string) => ui.host.locator(`[data-entry-id="${id}"] .answer-body`);
    const ok = answerBody('vector-onclick-link').getByRole('link', { name: 'ok' });
    expect(await ok.getAttribute('href')).toBe('https://ok.example');
    expect(await ok.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await ok.getAttribute('target')).toBe('_blank');
    expect(await answerBody('vector-style-url').textContent()).toContain('styled');
    expect(await answerBody('vector-autolink-http').getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['https://ok.example/auto']);
    expect(await answerBody('vector-autolink-http').textContent()).toContain('insecure');
    // Links whose URL was dropped keep their words, as plain text.
    for (const id of ['vector-javascript-reference', 'vector-mixed-case-reference', 'vector-tab-in-scheme', 'vector-data-reference', 'vector-data-raw', 'vector-vbscript']) {
      expect(await answerBody(id).locator('a').count(), id).toBe(0);
      expect(await answerBody(id).textContent(), id).toMatch(/\bx\b/);
    }
    // The raw `<script>` text never becomes visible markup either: no "alert(1)" as a node.
    expect(await w.page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);

    const t = await traps(w.page);
    // The file loads, and the web admin is told once which unsafe links were dropped.
    expect(t.errors).toHaveLength(1);
    expect(t.errors[0]).toMatch(/hostile-content\.json" loaded with warnings: entries\[0\]\.answer: has a link that would be removed: "javascript:alert\(1\)" is unsafe/);
    // Chromium always has Trusted Types, so DOMPurify gets the policy whether or not the page enforces it.
    expect(t.policies).toEqual(['confide']);
    expect(w.warnings).toHaveLength(1);
    await expectClean(w, site.origin);
    await w.context.close();
  });

  for (const [fixture, problem] of [
    ['hostile-unsafe-urls.json', /entries\[0\]\.(links|sources)\[\d\]\.url.*unsafe/],
    ['hostile-markdown-links.json', /entries\[0\]\.answer.*unsafe/],
  ] as const) {
    it(`rejects ${fixture} as a whole: bundled answers, one confide:error, one warning naming the file`, async () => {
      const w = await watchedPage(browser);
      await w.page.addInitScript(installTraps);
      await w.page.goto(site.page(`rejected-${fixture}`, { html: hostPage(SCRIPT(`data-faq="/fixtures/${fixture}"`)) }));
      const ui = widget(w.page);
      await ui.launcher.click();
      await ui.ask('is there parking');
      await ui.unanswered.or(ui.answers).first().waitFor();
      // The clinic's parking entry is not there: the bundled corpus answers (and has no parking entry).
      expect(await ui.host.locator('[data-entry-id="parking"]').count()).toBe(0);
      await ui.ask('how much does it cost');
      await expect.poll(() => ui.answers.last().getAttribute('data-entry-id')).toBe('cost');
      const t = await traps(w.page);
      expect(t.errors).toHaveLength(1);
      expect(t.errors[0]).toMatch(problem);
      expect(w.warnings).toHaveLength(1);
      expect(w.warnings[0]).toContain(`/fixtures/${fixture}`);
      expect(w.warnings[0]).toMatch(problem);
      const hrefs = await ui.log.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const h of hrefs) expect(h).toMatch(SAFE_HREF);
      await expectClean(w, site.origin);
      await w.context.close();
    });
  }
});
