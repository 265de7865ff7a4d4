/**
 * Real-Chromium harness: Debian's chromium driven by playwright-core (no browser download), against
 * the built dist/ served on 127.0.0.1. Pages are registered per test as HTML strings with headers.
 * Under CI=true a missing browser fails the run; elsewhere browser tests skip with how to install one.
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serve, type StaticServer } from '../../scripts/serve.ts';

const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
export const CHROME = CANDIDATES.find((p): p is string => !!p && existsSync(p));

if (!CHROME) {
  const how = 'Install one with `apt-get install -y chromium` (Debian) or set CHROME_PATH.';
  if (process.env.CI === 'true') throw new Error(`No Chromium found for the browser tests. ${how}`);
  console.warn(`Skipping browser tests: no Chromium found. ${how}`);
}

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME, args: FLAGS, headless: true });
}

export interface PageSpec {
  readonly html: string;
  readonly headers?: Record<string, string>;
}

export interface Site extends StaticServer {
  /** Registers a page and returns its URL. */
  page(name: string, spec: PageSpec): string;
  /** Registers a raw response (fixtures that misbehave: slow, huge, broken). */
  route(path: string, handler: (req: IncomingMessage, res: ServerResponse) => void): string;
}

export async function startSite(): Promise<Site> {
  const pages = new Map<string, PageSpec>();
  const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
  const server = await serve('test/browser/site', 0, (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const route = routes.get(path);
    if (route) {
      route(req, res);
      return true;
    }
    const spec = pages.get(path);
    if (!spec) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...spec.headers });
    res.end(spec.html);
    return true;
  });
  return {
    ...server,
    page(name, spec) {
      pages.set(`/t/${name}`, spec);
      return `${server.origin}/t/${name}`;
    },
    route(path, handler) {
      routes.set(path, handler);
      return `${server.origin}${path}`;
    },
  };
}

/**
 * Launches Chromium and the test site once for the enclosing describe block, hands them to `ready`
 * (which may also register routes), and closes both after the block.
 */
export function withBrowserAndSite(ready: (browser: Browser, site: Site) => void): void {
  let browser: Browser | undefined;
  let site: Site | undefined;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launch(), startSite()]);
    ready(browser, site);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
}

/** A plain host page around the widget's script tag (or any body). */
export function hostPage(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Test clinic</title><link rel="icon" href="data:,">${head}</head><body><h1>Test clinic</h1>${body}</body></html>`;
}

export const SCRIPT = (attrs = '') => `<script src="/confide/confide.js" ${attrs} defer></script>`;

export interface Watched {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly consoleErrors: string[];
  readonly warnings: string[];
  readonly pageErrors: string[];
  readonly requests: string[];
}

/** A fresh context and page that records console errors, warnings, uncaught errors and every request. */
export async function watchedPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<Watched> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const watched: Watched = { page, context, consoleErrors: [], warnings: [], pageErrors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watched.consoleErrors.push(m.text());
    if (m.type() === 'warning') watched.warnings.push(m.text());
  });
  page.on('pageerror', (e) => watched.pageErrors.push(e.message));
  context.on('request', (r) => watched.requests.push(r.url()));
  return watched;
}

/** Page object for the widget: every locator pierces the open shadow root, by role and name. */
export function widget(page: Page, scope = 'confide-faq') {
  const host = page.locator(scope).first();
  return {
    host,
    launcher: host.getByRole('button', { name: /question/i }),
    panel: host.getByRole('dialog'),
    input: host.getByRole('combobox', { name: /question/i }),
    send: host.getByRole('button', { name: /^(send|ask)$/i }),
    log: host.getByRole('log'),
    close: host.getByRole('button', { name: /close/i }),
    exit: host.getByRole('button', { name: /exit/i }),
    answers: host.locator('[data-entry-id]'),
    unanswered: host.locator('[data-unanswered]'),
    crisis: host.locator('[data-crisis]'),
    async ask(question: string) {
      await this.input.fill(question);
      await this.input.press('Enter');
    },
  };
}
