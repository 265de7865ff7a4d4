/**
 * WCAG 2.2 AA in real Chromium, on the built bundle (issue 6, point 1; REFERENCES.md, "Accessibility").
 * axe runs in every state × width × colour scheme and must report zero violations; the rest checks
 * what axe cannot: keyboard order, visible and unobscured focus, text spacing, reflow at 320 px, the
 * modal panel on narrow screens, reduced motion, live announcements, names and minimum text size.
 *
 * `A11Y_SHOTS=/some/dir` also saves a screenshot of every audited state there, for a look by eye.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, formatViolations } from './axe.ts';
import { CHROME, hostPage, SCRIPT, watchedPage, widget, type Site, type Watched, withBrowserAndSite } from './harness.ts';

const WIDTHS = [1280, 320] as const;
const SCHEMES = ['light', 'dark'] as const;
/** `clinic`: the "no answer" reply with a clinic file's booking and contact card. */
const STATES = ['closed', 'open', 'answered', 'unanswered', 'clinic', 'crisis', 'help', 'inline', 'typeahead'] as const;
type State = (typeof STATES)[number];
type Width = (typeof WIDTHS)[number];

/** A phone-sized viewport at 320 px (WCAG 1.4.10's reflow width); a laptop at 1280. */
const viewport = (width: Width) => ({ width, height: width === 320 ? 640 : 800 });
/** WCAG 2.5.8: every control at least this big (CSS px), inline links in sentences excepted. */
const MIN_TARGET = 24;
/** Issue 6, point 3: no text in the widget smaller than this (CSS px). */
const MIN_TEXT = 14;
/** WCAG 1.4.12's text-spacing bookmarklet values, applied inside the shadow root. */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }`;

describe.skipIf(!CHROME)('accessibility (WCAG 2.2 AA)', () => {
  let browser: Browser;
  let site: Site;
  let floatingUrl: string;
  let inlineUrl: string;
  let clinicUrl: string;

  withBrowserAndSite((b, s) => {
    [browser, site] = [b, s];
    floatingUrl = site.page('a11y-floating', { html: hostPage(SCRIPT()) });
    clinicUrl = site.page('a11y-clinic', { html: hostPage(SCRIPT('data-faq="/fixtures/extend.json"')) });
    inlineUrl = site.page('a11y-inline', { html: hostPage(`<p>Our clinic’s questions, answered.</p><confide-faq mode="inline"></confide-faq>${SCRIPT()}`) });
  });

  async function openPage(width: Width, scheme: 'light' | 'dark' = 'light', options: { reducedMotion?: 'reduce' | 'no-preference' } = {}): Promise<Watched> {
    const w = await watchedPage(browser, { viewport: viewport(width), reducedMotion: options.reducedMotion ?? 'no-preference' });
    await w.page.emulateMedia({ colorScheme: scheme });
    return w;
  }

  /** Brings a fresh page to one of the audited states. */
  async function reach(page: Page, state: State): Promise<void> {
    const ui = widget(page);
    if (state === 'inline') {
      await page.goto(inlineUrl);
      await ui.log.locator('.chip').first().waitFor();
      return;
    }
    await page.goto(state === 'clinic' ? clinicUrl : floatingUrl);
    await ui.launcher.waitFor();
    if (state === 'closed') return;
    await ui.launcher.click();
    await ui.log.locator('.chip').first().waitFor();
    switch (state) {
      case 'answered':
        await ui.ask('how much does it cost');
        await ui.answers.first().waitFor();
        break;
      case 'unanswered':
      case 'clinic':
        await ui.ask('what is the capital of france');
        await ui.unanswered.first().waitFor();
        break;
      case 'crisis':
        await ui.ask('I want to kill myself');
        await ui.crisis.first().waitFor();
        break;
      case 'help':
        await ui.host.getByRole('button', { name: 'Get help now' }).click();
        await ui.host.locator('.help-view').waitFor();
        break;
      case 'typeahead':
        await ui.input.pressSequentially('how much does');
        await ui.host.getByRole('listbox').waitFor();
        break;
    }
    // Let the entrance animation finish: axe measures colours as painted.
    await page.waitForTimeout(250);
  }

  describe('axe reports zero violations', () => {
    for (const scheme of SCHEMES) {
      for (const width of WIDTHS) {
        for (const state of STATES) {
          it(`${state}, ${width} px, ${scheme}`, async () => {
            const w = await openPage(width, scheme);
            await reach(w.page, state);
            const shots = process.env.A11Y_SHOTS;
            if (shots) await w.page.screenshot({ path: `${shots}/${state}-${width}-${scheme}.png` });
            const found = await axeViolations(w.page);
            expect(found, formatViolations(found)).toEqual([]);
            expect(w.pageErrors).toEqual([]);
            await w.context.close();
          });
        }
      }
    }
  });

  describe('names and roles (CONTRACT §3)', () => {
    it('names the launcher, dialog, text box, send, log, exit and close', async () => {
      const w = await openPage(1280);
      const ui = widget(w.page);
      await reach(w.page, 'closed');
      expect(await ui.launcher.count()).toBe(1);
      expect(await ui.launcher.getAttribute('aria-expanded')).toBe('false');
      await ui.launcher.click();
      expect(await ui.launcher.getAttribute('aria-expanded')).toBe('true');
      const title = await ui.host.locator('#confide-title').textContent();
      expect(title).toBeTruthy();
      expect(await ui.host.getByRole('dialog', { name: title ?? '', exact: true }).count()).toBe(1);
      expect(await ui.host.getByRole('combobox', { name: /question/i }).count()).toBe(1);
      expect(await ui.host.getByRole('button', { name: 'Send', exact: true }).count()).toBe(1);
      expect(await ui.host.getByRole('log').count()).toBe(1);
      expect(await ui.host.getByRole('button', { name: /exit/i }).count()).toBe(1);
      expect(await ui.host.getByRole('button', { name: /close/i }).count()).toBe(1);
      // Non-modal where the page stays usable beside it.
      expect(await ui.panel.getAttribute('aria-modal')).toBeNull();
      await w.context.close();
    });
  });

  describe('keyboard', () => {
    for (const width of WIDTHS) {
      it(`opens from the launcher and tabs through the panel in reading order, focus visible and unobscured (${width} px)`, async () => {
        const w = await openPage(width);
        const ui = widget(w.page);
        await reach(w.page, 'closed');
        await w.page.keyboard.press('Tab');
        expect((await focusInfo(w.page)).part).toBe('launcher');
        await w.page.keyboard.press('Enter');
        await ui.log.locator('.chip').first().waitFor();
        await expect.poll(async () => (await focusInfo(w.page)).part).toBe('input');

        await ui.exit.focus();
        const walk = await tabWalk(w.page, 30);
        const panelParts = walk.filter((f) => f.inPanel).map((f) => f.part);
        expect(panelParts.slice(0, 9)).toEqual(['exit-button', 'close-button', 'help-link', 'log', 'chip', 'chip', 'chip', 'chip', 'input']);
        const after = walk[9];
        // Wide: on to the launcher, then out to the page. Narrow: the modal panel wraps round.
        if (width === 320) expect(after?.part).toBe('exit-button');
        else expect(after?.part).toBe('launcher');
        expectFocusShown(walk);

        // Escape from inside the panel closes it and gives focus back to the launcher.
        await ui.input.focus();
        await w.page.keyboard.press('Escape');
        await expect.poll(async () => (await focusInfo(w.page)).part).toBe('launcher');
        expect(await ui.launcher.getAttribute('aria-expanded')).toBe('false');
        await w.context.close();
      });

      it(`keeps reading order, visible focus and unobscured focus after an answer (${width} px)`, async () => {
        const w = await openPage(width);
        const ui = widget(w.page);
        await reach(w.page, 'answered');
        await ui.exit.focus();
        const walk = (await tabWalk(w.page, 60)).filter((f) => f.inPanel);
        const regions = walk.map((f) => f.region);
        expect([...new Set(regions)]).toEqual(['header', 'disclaimer', 'log', 'toolbar', 'composer']);
        // Never back to an earlier region: Tab follows the visual order top to bottom.
        const wrap = walk.findIndex((f, i) => i > 0 && f.part === 'exit-button');
        const firstLoop = wrap > 0 ? walk.slice(0, wrap) : walk;
        const order = firstLoop.map((f) => REGIONS.indexOf(f.region as (typeof REGIONS)[number]));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        expect(firstLoop.map((f) => f.part)).toContain('clear-button');
        expectFocusShown(walk);
        await w.context.close();
      });
    }

    for (const width of WIDTHS) {
      it(`keeps a closed panel out of reach when it is rendered ahead of the click, and after it closes (${width} px)`, async () => {
        const w = await openPage(width);
        const ui = widget(w.page);
        await reach(w.page, 'closed');
        await ui.launcher.hover();
        const rendered = ui.host.locator('[role="dialog"]');
        await rendered.waitFor({ state: 'attached' });
        for (const round of ['rendered ahead', 'closed again']) {
          expect(await ui.panel.count(), round).toBe(0);
          expect(await rendered.isVisible(), round).toBe(false);
          expect(formatViolations(await axeViolations(w.page)), round).toBe('');
          // Taps and clicks reach the page through it (on a phone it would cover the whole screen).
          const hit = await w.page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.tagName);
          expect(hit, round).not.toBe('CONFIDE-FAQ');
          await ui.launcher.focus();
          await w.page.keyboard.press('Tab');
          expect((await focusInfo(w.page)).inPanel, round).toBe(false);
          await ui.launcher.click();
          await expect.poll(async () => (await focusInfo(w.page)).part).toBe('input');
          await w.page.keyboard.press('Escape');
          await rendered.waitFor({ state: 'hidden' });
        }
        await w.context.close();
      });
    }

    it('leaves focus alone when an inline panel appears with the page', async () => {
      const w = await openPage(1280);
      await reach(w.page, 'inline');
      await w.page.waitForTimeout(200);
      expect(await w.page.evaluate(() => document.activeElement?.localName)).toBe('body');
      await w.context.close();
    });

    it('moves focus to the help heading and back to the text box', async () => {
      const w = await openPage(1280);
      const ui = widget(w.page);
      await reach(w.page, 'open');
      await ui.host.getByRole('button', { name: 'Get help now' }).focus();
      await w.page.keyboard.press('Enter');
      await expect.poll(async () => (await focusInfo(w.page)).id).toBe('confide-help-heading');
      const walk = await tabWalk(w.page, 40);
      expectFocusShown(walk.filter((f) => f.inPanel));
      await ui.host.getByRole('button', { name: /back to/i }).focus();
      await w.page.keyboard.press('Enter');
      await expect.poll(async () => (await focusInfo(w.page)).part).toBe('input');
      await w.context.close();
    });
  });

  describe('narrow screens (320 px)', () => {
    it('covers the screen as a modal dialog and keeps focus inside', async () => {
      const w = await openPage(320);
      const ui = widget(w.page);
      await reach(w.page, 'answered');
      expect(await ui.panel.getAttribute('aria-modal')).toBe('true');
      const box = await ui.panel.boundingBox();
      expect(box).toEqual({ x: 0, y: 0, width: 320, height: 640 });
      // The launcher would sit on top of the panel: it is not there while the panel is open.
      expect(await ui.launcher.count()).toBe(0);
      await ui.input.focus();
      for (const key of ['Tab', 'Shift+Tab']) {
        for (let i = 0; i < 40; i++) {
          await w.page.keyboard.press(key);
          const f = await focusInfo(w.page);
          expect(f.inPanel, `${key} ×${i + 1} left the panel for ${f.part}`).toBe(true);
        }
      }
      await w.context.close();
    });

    for (const state of ['open', 'answered', 'crisis', 'help', 'typeahead', 'inline'] as const) {
      it(`does not scroll sideways: ${state}`, async () => {
        const w = await openPage(320);
        await reach(w.page, state);
        expect(await sidewaysOverflow(w.page)).toEqual([]);
        await w.context.close();
      });
    }

    for (const state of ['open', 'inline'] as const) {
      it(`shows the text box's whole hint: ${state}`, async () => {
        const w = await openPage(320);
        await reach(w.page, state);
        const fit = await widget(w.page).input.evaluate((input: HTMLInputElement) => {
          const style = getComputedStyle(input);
          const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
          context.font = style.font;
          const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return { hint: input.placeholder, text: Math.ceil(context.measureText(input.placeholder).width), room };
        });
        expect(fit.text, `"${fit.hint}" needs ${fit.text} px, has ${fit.room}`).toBeLessThanOrEqual(fit.room);
        await w.context.close();
      });
    }
  });

  describe('text spacing override (WCAG 1.4.12) clips nothing', () => {
    for (const width of WIDTHS) {
      for (const state of ['open', 'answered', 'clinic', 'crisis', 'help', 'typeahead', 'inline'] as const) {
        it(`${state}, ${width} px`, async () => {
          const w = await openPage(width);
          await reach(w.page, state);
          await widget(w.page).host.evaluate((host, css) => {
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(css);
            const root = host.shadowRoot as ShadowRoot;
            root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
          }, TEXT_SPACING);
          await w.page.waitForTimeout(50);
          expect(await clipped(w.page)).toEqual([]);
          expect(await sidewaysOverflow(w.page)).toEqual([]);
          await w.context.close();
        });
      }
    }
  });

  describe('sizes', () => {
    for (const width of WIDTHS) {
      for (const state of ['closed', 'answered', 'clinic', 'crisis', 'help', 'typeahead'] as const) {
        it(`text ≥ ${MIN_TEXT} px and targets ≥ ${MIN_TARGET} px: ${state}, ${width} px`, async () => {
          const w = await openPage(width);
          await reach(w.page, state);
          const { smallText, smallTargets } = await sizes(w.page);
          expect(smallText).toEqual([]);
          expect(smallTargets).toEqual([]);
          await w.context.close();
        });
      }
    }
  });

  describe('motion', () => {
    it('animates the panel only when motion is welcome', async () => {
      const w = await openPage(1280, 'light', { reducedMotion: 'no-preference' });
      await reach(w.page, 'open');
      expect(await widget(w.page).panel.evaluate((el) => getComputedStyle(el).animationName)).not.toBe('none');
      await w.context.close();
    });

    for (const width of WIDTHS) {
      it(`has no animation or transition with prefers-reduced-motion: reduce (${width} px)`, async () => {
        const w = await openPage(width, 'light', { reducedMotion: 'reduce' });
        const ui = widget(w.page);
        await reach(w.page, 'answered');
        expect(await ui.panel.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
        const moving = await ui.host.evaluate((host) =>
          [...(host.shadowRoot as ShadowRoot).querySelectorAll('*')]
            .map((el) => ({ el, cs: getComputedStyle(el) }))
            .filter(({ cs }) => cs.animationName !== 'none' || cs.transitionDuration.split(',').some((d) => parseFloat(d) > 0))
            .map(({ el }) => el.className),
        );
        expect(moving).toEqual([]);
        await w.context.close();
      });
    }
  });

  describe('announcements', () => {
    it('puts replies inside the log and status messages in role="status" regions that exist beforehand', async () => {
      const w = await openPage(1280);
      const ui = widget(w.page);
      await reach(w.page, 'open');
      expect(await ui.log.count()).toBe(1);
      const inLog = (selector: string) => ui.host.locator(`[role="log"] ${selector}`).count();

      await ui.ask('how much does it cost');
      await ui.answers.first().waitFor();
      expect(await inLog('[data-entry-id]')).toBe(await ui.answers.count());
      await ui.ask('what is the capital of france');
      await ui.unanswered.first().waitFor();
      expect(await inLog('[data-unanswered]')).toBe(1);
      await ui.ask('I want to kill myself');
      await ui.crisis.first().waitFor();
      expect(await inLog('[role="alert"][data-crisis]')).toBe(1);

      // Feedback thanks: the status region is there before the text arrives, so it is announced.
      const answer = ui.answers.first();
      const status = answer.getByRole('status');
      expect(await status.count()).toBe(1);
      expect((await status.textContent())?.trim()).toBe('');
      await answer.getByRole('button', { name: 'Yes' }).click();
      await expect.poll(() => status.textContent()).toMatch(/thank/i);

      // Clearing: the widget-wide status line says so.
      const live = ui.host.locator('.root > [role="status"]');
      expect(await live.count()).toBe(1);
      await ui.host.getByRole('button', { name: /clear conversation/i }).click();
      await expect.poll(() => live.textContent()).toMatch(/cleared/i);
      await w.context.close();
    });
  });
});

/** Panel regions in reading order, top to bottom. */
const REGIONS = ['header', 'disclaimer', 'help-view', 'log', 'toolbar', 'composer'] as const;

interface FocusInfo {
  part: string;
  id: string;
  inPanel: boolean;
  region: string;
  outline: string;
  focusVisible: boolean;
  /** Why the focused element is not fully visible, if it is not ('' when it is). */
  hidden: string;
}

/** What has focus inside the widget, and whether a sighted keyboard user can see it. */
function focusInfo(page: Page): Promise<FocusInfo> {
  return page.evaluate((regions) => {
    const host = document.activeElement;
    const root = host?.shadowRoot;
    const el = root?.activeElement as HTMLElement | null | undefined;
    if (!host || host.localName !== 'confide-faq' || !root || !el) {
      return { part: `page:${host?.localName ?? ''}`, id: '', inPanel: false, region: '', outline: '', focusVisible: false, hidden: '' };
    }
    const cs = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    let hidden = '';
    if (rect.width === 0 || rect.height === 0) hidden = 'has no size';
    if (rect.left < -1 || rect.top < -1 || rect.right > innerWidth + 1 || rect.bottom > innerHeight + 1) hidden = 'is outside the viewport';
    // Every clipping ancestor (the log, the panel) must show the whole focused element.
    for (let a = el.parentElement; a && !hidden; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const r = a.getBoundingClientRect();
      const clipTop = r.top + a.clientTop;
      const clipBottom = clipTop + a.clientHeight;
      if (rect.top < clipTop - 1 || rect.bottom > clipBottom + 1) hidden = `is scrolled out of .${a.className.split(' ')[0]}`;
    }
    // Nothing painted on top of it (a sticky bar, the launcher, a popup): probe the visible middle.
    if (!hidden) {
      const x = rect.left + rect.width / 2;
      const y = Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1);
      const hit = root.elementFromPoint(x, y);
      if (hit && hit !== el && !el.contains(hit)) hidden = `is covered by .${hit.className || hit.localName}`;
    }
    const region = regions.find((r) => el.closest(`.${r}`)) ?? '';
    return {
      part: el.getAttribute('part') ?? el.localName,
      id: el.id,
      inPanel: !!el.closest('[role="dialog"]'),
      region,
      outline: `${cs.outlineStyle} ${cs.outlineWidth}`,
      focusVisible: el.matches(':focus-visible'),
      hidden,
    };
  }, [...REGIONS]);
}

/** Presses Tab `count` times and records where focus lands each time. */
async function tabWalk(page: Page, count: number): Promise<FocusInfo[]> {
  const seen = [await focusInfo(page)];
  for (let i = 1; i < count; i++) {
    await page.keyboard.press('Tab');
    const f = await focusInfo(page);
    seen.push(f);
    if (f.part.startsWith('page:')) break;
  }
  return seen;
}

/** Each stop in the panel shows a real outline (WCAG 2.4.7) and is not hidden (WCAG 2.4.11). */
function expectFocusShown(walk: readonly FocusInfo[]): void {
  for (const f of walk.filter((x) => x.inPanel || x.part === 'launcher')) {
    expect(f.focusVisible, `${f.part} matches :focus-visible`).toBe(true);
    const [style, width] = f.outline.split(' ');
    expect(style, `${f.part} outline style`).not.toBe('none');
    expect(parseFloat(width ?? '0'), `${f.part} outline width`).toBeGreaterThanOrEqual(2);
    expect(f.hidden, `${f.part} focus hidden`).toBe('');
  }
}

/** Elements whose content is cut off: overflow hidden/clip with more content than room. */
function clipped(page: Page): Promise<string[]> {
  return widget(page).host.evaluate((host) => {
    const out: string[] = [];
    for (const el of (host.shadowRoot as ShadowRoot).querySelectorAll<HTMLElement>('*')) {
      if (el.closest('.visually-hidden') || el.closest('svg')) continue;
      const cs = getComputedStyle(el);
      const name = `${el.localName}.${el.className}`;
      if (/^(hidden|clip)$/.test(cs.overflowY) && el.scrollHeight > el.clientHeight + 1) out.push(`${name} cut off vertically (${el.scrollHeight} > ${el.clientHeight})`);
      if (/^(hidden|clip)$/.test(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) out.push(`${name} cut off sideways (${el.scrollWidth} > ${el.clientWidth})`);
      // Text spilling out of a control overlaps its neighbours even where nothing clips it.
      if (el.matches('button, a.action, .chip, .option, .title') && el.scrollWidth > el.clientWidth + 1) {
        out.push(`${name} text spills out (${el.scrollWidth} > ${el.clientWidth})`);
      }
    }
    return out;
  });
}

/** Sideways scrolling anywhere: the page, or any scroll container in the widget (WCAG 1.4.10). */
function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) out.push(`page ${doc.scrollWidth} > ${doc.clientWidth}`);
    const root = document.querySelector('confide-faq')?.shadowRoot;
    for (const el of root?.querySelectorAll<HTMLElement>('*') ?? []) {
      if (el.closest('.visually-hidden')) continue;
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.left < -1 || r.right > doc.clientWidth + 1)) out.push(`${el.localName}.${el.className} sticks out of the viewport`);
      if (cs.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) out.push(`${el.localName}.${el.className} scrolls sideways`);
    }
    return out;
  });
}

/** Text under the minimum size, and controls smaller than the minimum target. */
function sizes(page: Page): Promise<{ smallText: string[]; smallTargets: string[] }> {
  return widget(page).host.evaluate(
    (host, [minText, minTarget]) => {
      const root = host.shadowRoot as ShadowRoot;
      const smallText: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!parent || !n.textContent?.trim()) continue;
        const size = parseFloat(getComputedStyle(parent).fontSize);
        if (size < minText) smallText.push(`${size}px: ${n.textContent.trim().slice(0, 40)}`);
      }
      const smallTargets: string[] = [];
      for (const el of root.querySelectorAll<HTMLElement>('button, input, [role="option"], a')) {
        // WCAG 2.5.8 exempts links inside a sentence (the sources line, links in an answer's text).
        if (el.localName === 'a' && !el.classList.contains('action')) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.width < minTarget || r.height < minTarget) smallTargets.push(`${el.getAttribute('part') ?? el.className}: ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
      return { smallText, smallTargets };
    },
    [MIN_TEXT, MIN_TARGET] as const,
  );
}
