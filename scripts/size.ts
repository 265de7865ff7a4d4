/**
 * `npm run size`: what a visitor's browser downloads from the widget, measured in Chromium on the
 * built dist/: (a) before any interaction, (b) through the first answer (bundled English corpus).
 * Prints gzip and brotli bytes per file and in total, and exits 1 when over budget.
 * Run after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from './serve.ts';

const KIB = 1024;
/** Budgets from the performance issue, in gzip bytes. */
export const BUDGET_BEFORE_INTERACTION = 15 * KIB;
export const BUDGET_FIRST_ANSWER = 45 * KIB;

const CHROME = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (p): p is string => !!p && (() => { try { readFileSync(p); return true; } catch { return false; } })(),
);

interface Sized {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

const distDir = pathToFileURL(`${resolve(fileURLToPath(new URL('..', import.meta.url)), process.env.CONFIDE_DIST ?? 'dist')}/`);
function sizeOf(file: string): Sized {
  const body = readFileSync(new URL(file, distDir));
  return {
    file,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const total = (list: Sized[]) => list.reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip, brotli: s.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const kib = (n: number) => `${(n / KIB).toFixed(1)} KiB`;

if (!CHROME) {
  console.error('npm run size needs Chromium: apt-get install -y chromium, or set CHROME_PATH.');
  process.exit(1);
}

const site = await serve('test/browser/site', 0, (req, res) => {
  if (req.url !== '/size') return false;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>size</title></head><body><h1>Clinic</h1><script src="/confide/confide.js" defer></script></body></html>');
  return true;
});
const browser = await chromium.launch({
  executablePath: CHROME,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/**
 * The first question asked. Which files load does not depend on it (a privacy rule: see
 * src/engine/engine.ts), so any question measures the same bytes.
 */
const FIRST_QUESTION = 'how much does it cost';

/** Files of the widget fetched by a fresh page until `question` (if any) is answered. */
async function fetchedUntil(question: string | undefined): Promise<Sized[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const fetched = new Set<string>();
    page.on('requestfinished', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/confide/')) fetched.add(path.slice('/confide/'.length));
    });
    await page.goto(`${site.origin}/size`, { waitUntil: 'load' });
    const host = page.locator('confide-faq');
    const launcher = host.getByRole('button', { name: /question/i });
    await launcher.waitFor();
    await page.waitForTimeout(1500);
    if (question !== undefined) {
      await launcher.hover();
      await launcher.click();
      const input = host.getByRole('combobox');
      await input.fill(question);
      await input.press('Enter');
      await host.locator('[data-entry-id]').first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    return [...fetched].map(sizeOf);
  } finally {
    await context.close();
  }
}

let failed = false;
try {
  const runs = [
    { label: '(a) before any interaction', list: await fetchedUntil(undefined), budget: BUDGET_BEFORE_INTERACTION },
    { label: '(b) through the first answer', list: await fetchedUntil(FIRST_QUESTION), budget: BUDGET_FIRST_ANSWER },
  ];
  for (const { label, list, budget } of runs) {
    const t = total(list);
    const ok = t.gzip <= budget;
    failed ||= !ok;
    console.log(`\n${label}: ${kib(t.gzip)} gzip, ${kib(t.brotli)} brotli, ${kib(t.raw)} raw — budget ${kib(budget)} gzip: ${ok ? 'OK' : 'OVER BUDGET'}`);
    for (const f of list) console.log(`  ${f.file.padEnd(36)} ${kib(f.gzip).padStart(10)} gzip ${kib(f.brotli).padStart(10)} br ${kib(f.raw).padStart(10)} raw`);
  }
} finally {
  await browser.close();
  await site.close();
}
process.exit(failed ? 1 : 0);
