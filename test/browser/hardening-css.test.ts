/**
 * Issue 6, point 3: a host page whose CSS does its worst (tiny root font size, global resets in the
 * style of Tailwind's preflight and Bootstrap's reboot, `!important` colours, `all: unset` on our
 * element). The widget must look and work as it does on a plain page.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROME, hostPage, SCRIPT, watchedPage, widget, type Site, withBrowserAndSite } from './harness.ts';
import { expectClean, installTraps } from './hardening-helpers.ts';

const HOSTILE_CSS = `
html { font-size: 8px; line-height: 1; -webkit-text-size-adjust: 50%; }
/* Tailwind preflight */
*, ::before, ::after { box-sizing: border-box; border: 0 solid; margin: 0; padding: 0; border-color: #e5e7eb; }
button, input, optgroup, select, textarea { font-family: inherit; font-size: 100%; font-weight: inherit; line-height: inherit; color: inherit; margin: 0; padding: 0; }
button, [role="button"] { cursor: pointer; background: transparent; background-color: transparent; background-image: none; }
ol, ul, menu { list-style: none; margin: 0; padding: 0; }
img, svg, video, canvas, audio, iframe, embed, object { display: block; vertical-align: middle; }
h1, h2, h3, h4, h5, h6 { font-size: inherit; font-weight: inherit; }
a { color: inherit; text-decoration: inherit; }
[hidden] { display: none; }
/* Bootstrap reboot */
body { margin: 0; font-family: Georgia, serif; font-size: 0.5rem; font-weight: 300; line-height: 1; color: #212529; text-align: center; background-color: #fff; }
p { margin-top: 0; margin-bottom: 1rem; }
button:focus:not(:focus-visible) { outline: 0; }
input { font-size: 6px !important; }
div, p, span, button, input { letter-spacing: 0.2em; }
/* Aggressive theme rules */
body * { color: #777 !important; }
confide-faq { all: unset; }
:root { --accent: red; --radius: 0; --border: red; --fg: #777; --bg: #000; }
`;

interface Look {
  readonly launcher: { x: number; y: number; width: number; height: number; background: string; fontSize: number; position: string };
  readonly panel: { x: number; y: number; width: number; height: number; position: string };
  readonly textSizes: number[];
  readonly answerColor: string;
  readonly inputFontSize: number;
  readonly viewport: { width: number; height: number };
}

/** Opens the widget, asks, and measures what a visitor sees. */
async function measure(page: Page): Promise<Look> {
  const ui = widget(page);
  await ui.launcher.waitFor();
  const launcher = await ui.launcher.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return { x: r.x, y: r.y, width: r.width, height: r.height, background: s.backgroundColor, fontSize: parseFloat(s.fontSize), position: s.position };
  });
  // Clicked where a visitor clicks: the centre of the launcher, through whatever the page stacks there.
  await ui.launcher.click();
  await ui.panel.waitFor();
  await ui.ask('how much does it cost');
  await expect.poll(() => ui.answers.last().getAttribute('data-entry-id')).toBe('cost');
  // Measured at rest: after the panel's opening animation and with no status line in between.
  await ui.panel.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
  await expect.poll(() => ui.host.locator('.thinking').count()).toBe(0);
  const panel = await ui.panel.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height, position: getComputedStyle(el).position };
  });
  // Every visible text node's font size inside the panel.
  const textSizes = await ui.panel.evaluate((panelEl) => {
    const sizes = new Set<number>();
    const walker = document.createTreeWalker(panelEl, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || !n.textContent?.trim() || parent.closest('.visually-hidden')) continue;
      sizes.add(parseFloat(getComputedStyle(parent).fontSize));
    }
    return [...sizes].sort((a, b) => a - b);
  });
  const answerColor = await ui.answers.last().locator('.answer-body p').first().evaluate((el) => getComputedStyle(el).color);
  const inputFontSize = await ui.input.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  return { launcher, panel, textSizes, answerColor, inputFontSize, viewport };
}

/** Inline mode: asks, and returns the panel's size and the answer's colour. */
async function inlineLook(page: Page) {
  const ui = widget(page);
  await ui.panel.waitFor();
  await ui.ask('how much does it cost');
  await expect.poll(() => ui.answers.last().getAttribute('data-entry-id')).toBe('cost');
  const r = await ui.panel.boundingBox();
  return { width: r?.width, height: r?.height, color: await ui.answers.last().locator('.answer-body p').first().evaluate((el) => getComputedStyle(el).color) };
}

describe.skipIf(!CHROME)('hardening: hostile host CSS', () => {
  let browser: Browser;
  let site: Site;

  withBrowserAndSite((b, s) => {
    [browser, site] = [b, s];
  });

  it('looks and works the same on a page with hostile global CSS', async () => {
    const plain = await watchedPage(browser);
    await plain.page.goto(site.page('css-plain', { html: hostPage(SCRIPT()) }));
    const expected = await measure(plain.page);
    await plain.context.close();

    const w = await watchedPage(browser);
    await w.page.addInitScript(installTraps);
    await w.page.goto(site.page('css-hostile', { html: hostPage(`<p>Clinic text</p>${SCRIPT()}`, `<style>${HOSTILE_CSS}</style>`) }));
    // The host's rules really apply to the page around the widget.
    expect(await w.page.locator('p').first().evaluate((el) => getComputedStyle(el).color)).toBe('rgb(119, 119, 119)');
    const look = await measure(w.page);

    // Text at least 14 px everywhere in the panel, the input included (16 px keeps iOS from zooming).
    expect(Math.min(...look.textSizes)).toBeGreaterThanOrEqual(14);
    expect(look.inputFontSize).toBeGreaterThanOrEqual(16);
    expect(look.launcher.fontSize).toBeGreaterThanOrEqual(14);
    // The launcher sits in the bottom-right corner, fixed, in the widget's accent.
    expect(look.launcher.position).toBe('fixed');
    expect(look.viewport.width - (look.launcher.x + look.launcher.width)).toBeCloseTo(20, 0);
    expect(look.viewport.height - (look.launcher.y + look.launcher.height)).toBeCloseTo(20, 0);
    expect(look.launcher.background).toBe('rgb(91, 42, 134)');
    // The panel is inside the viewport, above the launcher.
    expect(look.panel.position).toBe('fixed');
    expect(look.panel.x).toBeGreaterThanOrEqual(0);
    expect(look.panel.y).toBeGreaterThanOrEqual(0);
    expect(look.panel.x + look.panel.width).toBeLessThanOrEqual(look.viewport.width);
    expect(look.panel.y + look.panel.height).toBeLessThanOrEqual(look.launcher.y);
    // The answer text keeps the widget's own colour, not the host's #777.
    expect(look.answerColor).not.toBe('rgb(119, 119, 119)');
    // And all of it is what a plain page shows.
    expect(look).toEqual(expected);
    await expectClean(w, site.origin);
    await w.context.close();
  });

  it('inline mode keeps its layout when the host unsets the element', async () => {
    const plain = await watchedPage(browser);
    const body = '<main style="width:600px"><confide-faq mode="inline"></confide-faq></main>';
    await plain.page.goto(site.page('css-inline-plain', { html: hostPage(body + SCRIPT()) }));
    const expected = await inlineLook(plain.page);
    await plain.context.close();
    const w = await watchedPage(browser);
    await w.page.addInitScript(installTraps);
    await w.page.goto(site.page('css-inline-hostile', { html: hostPage(body + SCRIPT(), `<style>${HOSTILE_CSS}</style>`) }));
    expect(await inlineLook(w.page)).toEqual(expected);
    expect(expected.width).toBe(600);
    await expectClean(w, site.origin);
    await w.context.close();
  });
});
