/**
 * axe-core in a real page: the minified build is injected as an inline script (the test pages have
 * no CSP) and run over the whole document. axe walks open shadow roots itself, so the widget's
 * panel is audited as a visitor's browser renders it. Only WCAG A/AA rules run (REFERENCES.md,
 * "Accessibility"); `target-size` is a wcag22aa rule.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The rule tags Confide is audited against; zero violations expected for all of them. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

let source: string | undefined;
function axeSource(): string {
  source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

export interface AxeFinding {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  /** One line per failing node: its selector path (shadow hops joined by ` >> `) and axe's summary. */
  readonly nodes: readonly string[];
}

interface RawViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

const selectorPath = (t: unknown): string => (Array.isArray(t) ? t.map(selectorPath).join(' >> ') : String(t));

/** Runs axe over the page (and every open shadow root in it); returns the violations, compactly. */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.addScriptTag({ content: axeSource() });
  // Only plain data crosses back: no named helpers inside the page function (transpilers may wrap
  // them in helpers that do not exist in the page).
  const violations = await page.evaluate(
    (tags) =>
      (globalThis as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: RawViolation[] }> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }))),
    [...AXE_TAGS],
  );
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.map(selectorPath).join(' >> ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
  }));
}

/** A readable failure message: one block per rule, its failing nodes indented under it. */
export function formatViolations(found: readonly AxeFinding[]): string {
  return found.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n}`).join('\n')}`).join('\n');
}
