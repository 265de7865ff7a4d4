/**
 * The development set measures the matcher; an unseen set judges it. Its questions must never leak
 * into the corpus: no question, alternate or keyword may be a near copy of one (same words, give or
 * take one, in a phrase of four words or more).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DEV = new URL('../../../../shared/eval/dev.jsonl', import.meta.url);
const CORPUS = new URL('../../../faq/en.json', import.meta.url);
/** Jaccard similarity of word sets at or above which two phrases count as copies. */
const NEAR_COPY = 0.6;

const words = (s: string) => new Set(s.toLowerCase().normalize('NFKD').match(/[a-z0-9]+/g) ?? []);
function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

describe.skipIf(!existsSync(DEV))('the bundled corpus and the development set', () => {
  it('share no near-copied phrasing', () => {
    const dev = readFileSync(DEV, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { q: string }).q);
    const corpus = JSON.parse(readFileSync(CORPUS, 'utf8')) as { entries: Array<{ id: string; question: string; alternates?: string[]; keywords?: string[] }> };
    const phrases = corpus.entries.flatMap((e) => [e.question, ...(e.alternates ?? []), ...(e.keywords ?? [])].map((p) => ({ id: e.id, p, w: words(p) })));
    const copies = dev.flatMap((q) => {
      const qw = words(q);
      if (qw.size < 2) return [];
      return phrases.filter((x) => x.w.size >= 2 && similarity(qw, x.w) >= NEAR_COPY).map((x) => `${x.id}: "${x.p}"`);
    });
    // Names the corpus phrase only: printing the development question would show it to whoever
    // writes the corpus, which is the leak this test exists to prevent.
    expect(copies).toEqual([]);
  });
});
