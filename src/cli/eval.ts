/**
 * `npm run eval -- FILE.jsonl [--lang xx] [--faq FILE] [--json]`: how well the matcher and the
 * crisis check do on a labelled question set, with every miss. A report: exits 0 whatever the
 * figures, 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import { evaluate, parseEvalLines, type EvalCase, type EvalReport, type Share } from '../core/evaluate.ts';
import { toSearchDoc } from '../core/search-docs.ts';
import { createCorrectingMatcher } from '../core/typo.ts';
import { endQuietlyWhenOutputCloses, parseCommandLine, usageError } from './command-line.ts';
import { formatProblems, loadCorpus } from './load-corpus.ts';
import { widgetReply } from './widget-reply.ts';

const USAGE = 'usage: npm run eval -- FILE.jsonl [--lang xx] [--faq FILE] [--json]';

function fail(message: string): never {
  return usageError(USAGE, message);
}

const pct = (s: Share) => `${(s.rate * 100).toFixed(1)}% (${s.hit}/${s.of})`;

function printReport(report: EvalReport): void {
  console.log(`answerable top-1      ${pct(report.top1)}`);
  console.log(`answerable top-3      ${pct(report.top3)}`);
  console.log(`out-of-domain refused ${pct(report.refused)}`);
  console.log(`crisis found          ${pct(report.crisisFound)}`);
  console.log(`false crisis          ${pct(report.falseCrisis)}`);
  if (report.misses.length === 0) return;
  console.log(`\n${report.misses.length} misses:`);
  for (const m of report.misses) {
    const got = m.results.map((r) => `${r.id} ${r.score.toFixed(2)}`).join(', ') || 'nothing';
    const expected = m.expect.length > 0 ? m.expect.join(' | ') : 'no answer';
    console.log(`- [${m.kind}] ${JSON.stringify(m.q)}`);
    console.log(`    expected ${expected}; got ${m.answered ? 'answer' : 'no answer'}${m.crisis ? ' + crisis' : ''}: ${got}`);
  }
}

// Piped into `head`: stop quietly when the reader has gone.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

function main(argv: readonly string[]): void {
  const { values, positionals } = parseCommandLine(argv, { json: { type: 'boolean' }, lang: { type: 'string' }, faq: { type: 'string' } }, USAGE);
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) fail('give exactly one question file');

  let cases: EvalCase[];
  let loaded;
  try {
    cases = parseEvalLines(readFileSync(file, 'utf8'));
    loaded = loadCorpus(values.lang ?? 'en', values.faq);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (loaded.problems.length > 0) console.warn(formatProblems(loaded.problems));

  const docs = loaded.corpus.entries.map(toSearchDoc);
  const matcher = createCorrectingMatcher(docs);
  const report = evaluate(cases, (text) => widgetReply(matcher, text));
  if (values.json) console.log(JSON.stringify(report));
  else printReport(report);
}

endQuietlyWhenOutputCloses();
main(process.argv.slice(2));
