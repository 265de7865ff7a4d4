/**
 * Issue 6, points 2 and 8: the widget on the strictest host pages. A strict Content-Security-Policy
 * (then with Trusted Types enforced), and Subresource Integrity on the script tag.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { sriHash } from '../../scripts/print-sri.ts';
import { CHROME, SCRIPT, watchedPage, widget, type Site, withBrowserAndSite } from './harness.ts';
import { expectClean, installTraps, NO_FAVICON, strictHostPage, traps } from './hardening-helpers.ts';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";
const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types confide`;
/** A non-default accent, so the test sees the data-accent option applied through CSSOM, not a style attribute. */
const ACCENT = '#0a6e50';
const ACCENT_RGB = 'rgb(10, 110, 80)';

describe.skipIf(!CHROME)('hardening: strict CSP, Trusted Types and SRI', () => {
  let browser: Browser;
  let site: Site;

  withBrowserAndSite((b, s) => {
    [browser, site] = [b, s];
    site.route('/favicon.ico', NO_FAVICON);
  });

  /** Opens, asks, checks the answer and the launcher's styles; returns the watched page for more checks. */
  async function askUnderPolicy(name: string, csp: string, question: string, entryId: string, attrs = '') {
    const w = await watchedPage(browser);
    await w.page.addInitScript(installTraps);
    const url = site.page(name, { html: strictHostPage(SCRIPT(`data-accent="${ACCENT}" ${attrs}`)), headers: { 'content-security-policy': csp } });
    await w.page.goto(url);
    const ui = widget(w.page);
    await ui.launcher.waitFor();
    // Styled: the adopted stylesheet applies (a blocked <style> would leave a plain inline button).
    const look = await ui.launcher.evaluate((el) => {
      const s = getComputedStyle(el);
      return { position: s.position, background: s.backgroundColor, radius: s.borderTopLeftRadius };
    });
    expect(look).toEqual({ position: 'fixed', background: ACCENT_RGB, radius: '999px' });
    await ui.launcher.click();
    await ui.panel.waitFor();
    expect(await ui.panel.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    await ui.ask(question);
    await expect.poll(() => ui.answers.last().getAttribute('data-entry-id')).toBe(entryId);
    return { w, ui };
  }

  it('control: the traps see a violation, an alert and a policy when there is one', async () => {
    const w = await watchedPage(browser);
    await w.page.addInitScript(installTraps);
    await w.page.goto(site.page('csp-control', {
      html: strictHostPage('<p style="color:red">inline style</p>'),
      headers: { 'content-security-policy': TRUSTED_TYPES_CSP.replace('trusted-types confide', 'trusted-types confide other') },
    }));
    await w.page.evaluate(() => {
      window.alert('x');
      (window as unknown as { trustedTypes: { createPolicy(n: string, r: object): unknown } }).trustedTypes.createPolicy('other', {});
    });
    await expect.poll(async () => (await traps(w.page)).violations.length).toBeGreaterThan(0);
    const t = await traps(w.page);
    expect(t.pwned).toEqual(['alert(x)']);
    expect(t.policies).toEqual(['other']);
    await w.context.close();
  });

  it('works and is styled under a strict CSP with no violations', async () => {
    const { w } = await askUnderPolicy('csp-strict', STRICT_CSP, 'how much does it cost', 'cost');
    await expectClean(w, site.origin);
    await w.context.close();
  });

  it('works under a strict CSP with Trusted Types enforced, with only the bundled corpus', async () => {
    const { w } = await askUnderPolicy('csp-tt-bundled', TRUSTED_TYPES_CSP, 'how much does it cost', 'cost');
    const t = await traps(w.page);
    // The bundled answers were rendered at build time: no policy is needed at all.
    expect(t.policies.length).toBeLessThanOrEqual(1);
    for (const name of t.policies) expect(name).toBe('confide');
    await expectClean(w, site.origin);
    await w.context.close();
  });

  it('renders a clinic’s Markdown through DOMPurify with the one `confide` policy under Trusted Types', async () => {
    const { w, ui } = await askUnderPolicy('csp-tt-clinic', TRUSTED_TYPES_CSP, 'where can I park', 'parking', 'data-faq="/fixtures/hostile-csp-clinic.json"');
    const answer = ui.answers.last();
    // Bold, a list and a link: marked → DOMPurify (with our policy) → tree → Preact.
    expect(await answer.locator('.answer-body strong').first().textContent()).toBe('free');
    expect(await answer.locator('.answer-body li').count()).toBe(2);
    const link = answer.locator('.answer-body a');
    expect(await link.getAttribute('href')).toBe('https://testclinic.org/parking');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    const t = await traps(w.page);
    expect(t.policies).toEqual(['confide']);
    expect(t.errors).toEqual([]);
    expect(w.warnings).toEqual([]);
    await expectClean(w, site.origin);
    await w.context.close();
  });

  describe('Subresource Integrity', () => {
    const dist = resolve(process.env.CONFIDE_DIST ?? 'dist');
    const hash = () => sriHash(pathToFileURL(resolve(dist, 'confide.js')));

    it('the printed hash is the sha384 of the built confide.js, and the widget loads with it', async () => {
      expect(hash()).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
      expect(readFileSync(resolve(dist, 'confide.js')).length).toBeGreaterThan(0);
      const w = await watchedPage(browser);
      await w.page.addInitScript(installTraps);
      await w.page.goto(site.page('sri-ok', {
        html: strictHostPage(`<script src="/confide/confide.js" integrity="${hash()}" crossorigin="anonymous" defer></script>`),
        headers: { 'content-security-policy': STRICT_CSP },
      }));
      const ui = widget(w.page);
      await ui.launcher.click();
      await ui.ask('how much does it cost');
      await expect.poll(() => ui.answers.last().getAttribute('data-entry-id')).toBe('cost');
      await expectClean(w, site.origin);
      await w.context.close();
    });

    it('a wrong hash blocks the script: no launcher, nothing else loaded', async () => {
      const w = await watchedPage(browser);
      await w.page.addInitScript(installTraps);
      const wrong = `sha384-${Buffer.alloc(48, 7).toString('base64')}`;
      await w.page.goto(site.page('sri-wrong', {
        html: strictHostPage(`<script src="/confide/confide.js" integrity="${wrong}" crossorigin="anonymous" defer></script>`),
      }));
      await w.page.waitForLoadState('load');
      await w.page.waitForTimeout(500);
      expect(await w.page.locator('confide-faq').count()).toBe(0);
      expect(await w.page.evaluate(() => customElements.get('confide-faq'))).toBeUndefined();
      // Only the blocked file itself was requested: none of its chunks.
      expect(w.requests.filter((u) => u.includes('/confide/'))).toEqual([`${site.origin}/confide/confide.js`]);
      expect(w.consoleErrors.join('\n')).toMatch(/integrity/i);
      await expectClean(w, site.origin, { consoleErrors: [/integrity/i] });
      await w.context.close();
    });
  });
});
