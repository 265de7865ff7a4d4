/**
 * Shared pieces of the hardening tests (issue 6, points 2–8): traps installed before any page script
 * runs, and the checks every hardening test ends with. Kept out of harness.ts, which others own.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Watched } from './harness.ts';

/** What the init script records in the page. */
export interface Traps {
  /** `securitypolicyviolation` events: directive, blocked URI, source. */
  readonly violations: string[];
  /** Calls to alert/confirm/prompt/print and writes to `window.__pwned`. */
  readonly pwned: string[];
  /** Names passed to `trustedTypes.createPolicy`, in order. */
  readonly policies: string[];
  /** `confide:error` messages. */
  readonly errors: string[];
}

/**
 * Runs in the page before any of its scripts (Playwright init scripts are not subject to the page's
 * CSP). Any attack string that executes ends up calling one of these traps.
 */
export function installTraps(): void {
  const w = window as unknown as { __traps: Traps } & Record<string, unknown>;
  const traps: Traps = { violations: [], pwned: [], policies: [], errors: [] };
  Object.defineProperty(window, '__traps', { value: traps });
  const record = (e: SecurityPolicyViolationEvent) =>
    traps.violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
  document.addEventListener('securitypolicyviolation', record, true);
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    w[name] = (...args: unknown[]) => {
      traps.pwned.push(`${name}(${args.map(String).join(',')})`);
      return null;
    };
  }
  Object.defineProperty(window, '__pwned', {
    get: () => undefined,
    set: (v: unknown) => {
      traps.pwned.push(`__pwned=${String(v)}`);
    },
  });
  const tt = (window as unknown as { trustedTypes?: { createPolicy: (name: string, rules: object) => unknown } }).trustedTypes;
  if (tt) {
    const create = tt.createPolicy.bind(tt);
    tt.createPolicy = (name, rules) => {
      traps.policies.push(name);
      return create(name, rules);
    };
  }
  document.addEventListener('confide:error', (e) => traps.errors.push((e as CustomEvent<{ message: string }>).detail.message));
}

export const traps = (page: Page): Promise<Traps> =>
  page.evaluate(() => (window as unknown as Record<string, Traps>)['__traps'] as Traps);

/** Requests that left the test site's origin (data: and blob: URLs stay in the page). */
export const otherOrigins = (requests: readonly string[], origin: string): string[] =>
  requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));

/**
 * The end of every hardening test: nothing ran, nothing was thrown, no console errors (unless a test
 * expects some), no CSP violations, and no request to another origin.
 */
export async function expectClean(w: Watched, origin: string, { consoleErrors = [] as RegExp[] } = {}): Promise<void> {
  const t = await traps(w.page);
  expect(t.pwned).toEqual([]);
  expect(t.violations).toEqual([]);
  expect(w.pageErrors).toEqual([]);
  expect(w.consoleErrors.filter((m) => !consoleErrors.some((re) => re.test(m)))).toEqual([]);
  expect(otherOrigins(w.requests, origin)).toEqual([]);
}

/** A host page without the harness's `data:` favicon, which a strict `img-src` would (rightly) block. */
export function strictHostPage(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Strict clinic</title><link rel="icon" href="/favicon.ico">${head}</head><body><h1>Strict clinic</h1>${body}</body></html>`;
}

/** Answers `/favicon.ico` with an empty 204, so the browser's own favicon fetch logs nothing. */
export const NO_FAVICON = (_req: unknown, res: { writeHead(status: number): void; end(): void }): void => {
  res.writeHead(204);
  res.end();
};

/** The visible text of the last user bubble, without the screen-reader-only "You:" prefix. */
export function lastUserText(page: Page, scope = 'confide-faq'): Promise<string | null> {
  return page.locator(scope).first().locator('.bubble.user').last().evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelector('.visually-hidden')?.remove();
    return copy.textContent;
  });
}
