/**
 * `npm run -s ask -- [--json] [--lang xx] [--faq FILE] "question"` or `--batch FILE` (CONTRACT §4):
 * the browser's matcher and bundled corpus, on the command line.
 */
import { readFileSync } from 'node:fs';
import type { Candidate } from '../core/matcher.ts';
import { toSearchDoc } from '../core/search-docs.ts';
import { createCorrectingMatcher } from '../core/typo.ts';
import { endQuietlyWhenOutputCloses, parseCommandLine, usageError } from './command-line.ts';
import { formatProblems, loadCorpus } from './load-corpus.ts';
import { widgetReply } from './widget-reply.ts';

const USAGE = 'usage: npm run -s ask -- [--json] [--lang xx] [--faq FILE] "question text"\n       npm run -s ask -- [--json] [--lang xx] [--faq FILE] --batch FILE';

interface AskLine {
  readonly query: string;
  readonly crisis: boolean;
  readonly answered: boolean;
  readonly results: readonly Candidate[];
}

/** A batch line that is a JSON object asks its `q` field; any other line is the question itself. */
function questionOfLine(line: string): string {
  if (line.trimStart().startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(line);
      if (parsed && typeof parsed === 'object' && 'q' in parsed && typeof parsed.q === 'string') return parsed.q;
    } catch {
      // Not JSON after all: the line is a question that starts with a brace.
    }
  }
  return line;
}

function fail(message: string): never {
  return usageError(USAGE, message);
}

function main(argv: readonly string[]): void {
  const { values, positionals } = parseCommandLine(argv, { json: { type: 'boolean' }, lang: { type: 'string' }, faq: { type: 'string' }, batch: { type: 'string' } }, USAGE);
  if (values.batch !== undefined && positionals.length > 0) fail('give either a question or --batch FILE, not both');
  if (values.batch === undefined && positionals.length === 0) fail('no question given');

  let questions: string[];
  try {
    questions =
      values.batch !== undefined
        ? readFileSync(values.batch, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '').map(questionOfLine)
        : [positionals.join(' ')];
  } catch (error) {
    fail(`cannot read ${values.batch}: ${error instanceof Error ? error.message : String(error)}`);
  }

  let loaded;
  try {
    loaded = loadCorpus(values.lang ?? 'en', values.faq);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (loaded.problems.length > 0) console.warn(formatProblems(loaded.problems));
  const docs = loaded.corpus.entries.map(toSearchDoc);
  const matcher = createCorrectingMatcher(docs);

  for (const query of questions) {
    const { crisis, outcome } = widgetReply(matcher, query);
    const line: AskLine = {
      query,
      crisis: crisis.length > 0,
      answered: outcome.verdict === 'answer',
      results: outcome.results,
    };
    if (values.json) {
      console.log(JSON.stringify(line));
      continue;
    }
    const best = line.results[0];
    const head = best ? `${best.id} (score ${best.score.toFixed(2)}, ${outcome.verdict})` : 'no candidates (none)';
    const others = line.results.slice(1).map((c) => `${c.id} ${c.score.toFixed(2)}`).join(', ');
    console.log(`${line.answered ? 'answer' : 'no answer'}: ${head}${line.crisis ? ' · CRISIS notice shown' : ''}`);
    if (others) console.log(`  also: ${others}`);
  }
}

endQuietlyWhenOutputCloses();
main(process.argv.slice(2));
