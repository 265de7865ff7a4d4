/**
 * `npm run bench`: speed and accuracy of the matcher next to Fuse.js (defaults) and MiniSearch, in
 * one run, on the bundled corpus (42 entries) and on 500- and 2,000-entry corpora made from it.
 * A script, not a test: timings depend on the machine. Budgets (issue 4): p95 ≤ 2 ms per query at
 * 42 entries and ≤ 10 ms at 2,000; index build for 2,000 ≤ 200 ms.
 *
 * Usage: npm run bench [-- --dev PATH_TO_DEV_JSONL]
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { loadCorpus } from '../src/cli/load-corpus.ts';
import { parseEvalLines, type EvalCase } from '../src/core/evaluate.ts';
import type { Candidate, SearchDoc } from '../src/core/matcher.ts';
import { toSearchDoc } from '../src/core/search-docs.ts';
import { createCorrectingMatcher } from '../src/core/typo.ts';

const SIZES = [42, 500, 2000] as const;
/** Timed passes over the query set for our matcher (the others are slower, so one pass). */
const PASSES = 5;
/** Fuse.js takes seconds per query on large corpora: from this size on it times every 4th query. */
const SAMPLE_FROM = 500;
/** Builds timed per size; the median is reported. */
const BUILDS = 5;

const { values } = parseArgs({ options: { dev: { type: 'string' } } });
const devPath = values.dev ?? new URL('../../shared/eval/dev.jsonl', import.meta.url);
const cases: EvalCase[] = parseEvalLines(readFileSync(devPath, 'utf8'));
const queries = cases.map((c) => c.q);
const base = loadCorpus('en').corpus.entries.map(toSearchDoc);

/** Deterministic pseudo-random numbers (mulberry32), so every run benches the same corpora. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A corpus of `size` entries: the bundled ones, then copies with ids suffixed and words perturbed. */
function syntheticCorpus(size: number): SearchDoc[] {
  const rnd = random(size);
  const vocabulary = [...new Set(base.flatMap((d) => `${d.question} ${d.alternates.join(' ')}`.split(/\s+/)))];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const perturb = (text: string, copy: number) =>
    text
      .split(/\s+/)
      .filter(() => rnd() > 0.15)
      .map((w) => (rnd() < 0.1 ? pick(vocabulary) : w))
      .concat(rnd() < 0.5 ? [`variant${copy}`] : [])
      .join(' ');
  const docs = [...base];
  for (let i = base.length; i < size; i++) {
    const d = base[i % base.length] as SearchDoc;
    const copy = Math.floor(i / base.length);
    docs.push({
      id: `${d.id}-${copy}`,
      question: perturb(d.question, copy),
      alternates: d.alternates.map((a) => perturb(a, copy)),
      keywords: d.keywords.map((k) => perturb(k, copy)),
      answer: perturb(d.answer, copy),
    });
  }
  return docs.slice(0, size);
}

/** What an engine returns: its candidates, and whether it would show the first as the answer. */
interface Found {
  readonly results: readonly Candidate[];
  readonly answered: boolean;
}

interface Engine {
  readonly name: string;
  build(docs: readonly SearchDoc[]): (query: string) => Found;
}

/** Fuse.js and MiniSearch cannot say "no answer" other than by finding nothing. */
const anyResult = (results: readonly Candidate[]): Found => ({ results, answered: results.length > 0 });

const ours: Engine = {
  name: 'Confide',
  build(docs) {
    const m = createCorrectingMatcher(docs);
    return (q) => {
      const outcome = m.match(q);
      return { results: outcome.results, answered: outcome.verdict === 'answer' };
    };
  },
};

const fuse: Engine = {
  name: 'Fuse.js (defaults)',
  build(docs) {
    const f = new Fuse(docs, { keys: ['question', 'alternates', 'keywords', 'answer'] });
    return (q) => anyResult(f.search(q, { limit: 5 }).map((r) => ({ id: r.item.id, score: 1 - (r.score ?? 1) })));
  },
};

const mini: Engine = {
  name: 'MiniSearch (fuzzy 0.2, prefix)',
  build(docs) {
    const m = new MiniSearch<SearchDoc>({
      fields: ['question', 'alternates', 'keywords', 'answer'],
      extractField: (doc, field) => {
        const value = doc[field as keyof SearchDoc];
        return Array.isArray(value) ? value.join(' ') : String(value);
      },
    });
    m.addAll(docs);
    return (q) => anyResult(m.search(q, { fuzzy: 0.2, prefix: true }).slice(0, 5).map((r) => ({ id: String(r.id), score: r.score })));
  },
};

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
const fmt = (ms: number) => ms.toFixed(2).padStart(8);
const noSearch = (): Found => ({ results: [], answered: false });

/** Accuracy as `npm run eval` counts it: top-1 needs an answer, top-3 only the candidates. */
function accuracy(engine: Engine): string {
  const search = engine.build(base);
  const answerable = cases.filter((c) => c.expect.length > 0);
  const offTopic = cases.filter((c) => c.expect.length === 0 && c.crisis !== true);
  const top1 = answerable.filter((c) => {
    const found = search(c.q);
    return found.answered && c.expect.includes(found.results[0]?.id ?? '');
  }).length;
  const top3 = answerable.filter((c) => search(c.q).results.slice(0, 3).some((r) => c.expect.includes(r.id))).length;
  const refused = offTopic.filter((c) => !search(c.q).answered).length;
  return `top-1 ${pct(top1, answerable.length)}, top-3 ${pct(top3, answerable.length)}, off-topic refused ${pct(refused, offTopic.length)}`;
}

console.log(`Dev set: ${cases.length} questions from ${String(devPath)}\n`);
console.log('Accuracy on the bundled corpus (Fuse.js and MiniSearch "answer" whenever they find anything):');
for (const engine of [ours, fuse, mini]) console.log(`  ${engine.name.padEnd(32)} ${accuracy(engine)}`);
console.log(`  (load average while benching: ${loadavg().map((l) => l.toFixed(1)).join(', ')} on ${availableParallelism()} cores)\n`);

console.log(`ms per query (p50 / p95) and index build (median of ${BUILDS}); Fuse.js from ${SAMPLE_FROM} entries on every 4th query:`);
console.log(`  ${'entries'.padEnd(8)} ${'engine'.padEnd(32)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'build'.padStart(9)}`);
for (const size of SIZES) {
  const docs = syntheticCorpus(size);
  for (const engine of [ours, fuse, mini]) {
    const builds: number[] = [];
    let search: (q: string) => Found = noSearch;
    for (let i = 0; i < BUILDS; i++) builds.push(time(() => (search = engine.build(docs))));
    const timed = engine === fuse && size >= SAMPLE_FROM ? queries.filter((_, i) => i % 4 === 0) : queries;
    if (engine !== fuse) for (const q of timed) search(q);
    const timings: number[] = [];
    const passes = engine === ours ? PASSES : 1;
    for (let p = 0; p < passes; p++) for (const q of timed) timings.push(time(() => search(q)));
    timings.sort((a, b) => a - b);
    builds.sort((a, b) => a - b);
    console.log(`  ${String(size).padEnd(8)} ${engine.name.padEnd(32)} ${fmt(percentile(timings, 50))} ${fmt(percentile(timings, 95))} ${fmt(percentile(builds, 50)).padStart(9)}`);
  }
}
