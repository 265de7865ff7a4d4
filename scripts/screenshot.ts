/**
 * Makes docs/screenshot.png: the demo clinic page with the open panel answering a question, in
 * Debian's Chromium. Run after `npm run build`.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './serve.ts';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const { origin, close } = await serve('demo', 0);
const browser = await chromium.launch({
  executablePath: CHROME,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 }, deviceScaleFactor: 1 });
  await page.goto(`${origin}/`);
  const host = page.locator('confide-faq');
  await host.getByRole('button', { name: /question/i }).click();
  const input = host.getByRole('combobox');
  await input.fill('how much does a session cost?');
  await input.press('Enter');
  await host.locator('[data-entry-id]').first().waitFor();
  await page.waitForTimeout(300);
  mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
  await page.screenshot({ path: new URL('../docs/screenshot.png', import.meta.url).pathname });
  console.log('Wrote docs/screenshot.png');
} finally {
  await browser.close();
  await close();
}
