/**
 * `npm run -s check -- path/to/faq.json [--questions FILE]` (CONTRACT §5): checks a FAQ file and, with
 * `--questions`, shows the entry each question reaches. Written for a clinic's web admin: exit 0 when
 * the file is valid (warnings allowed), otherwise exit 1 with one line per problem.
 */
import { readFileSync } from 'node:fs';
import type { MatchOutcome } from '../core/matcher.ts';
import { toSearchDoc } from '../core/search-docs.ts';
import { createCorrectingMatcher } from '../core/typo.ts';
import { mergeCorpus } from '../corpus/merge.ts';
import { formatProblem } from '../corpus/problem.ts';
import type { Corpus, FaqFile } from '../corpus/schema.ts';
import { validateFaqText } from '../corpus/validate.ts';
import { endQuietlyWhenOutputCloses } from './command-line.ts';
import { isBundledFaqPath, loadBundledCorpus } from './load-corpus.ts';
import { widgetReply } from './widget-reply.ts';

const USAGE = 'Usage: npm run -s check -- path/to/faq.json [--questions questions.txt]';

/** A reason to stop, already worded for the person running the command. */
class CheckFailure extends Error {}

interface Args {
  readonly file: string;
  readonly questions: string | undefined;
}

function parseArgs(argv: readonly string[]): Args {
  let file: string | undefined;
  let questions: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--questions') {
      questions = argv[++i];
      if (!questions) throw new CheckFailure(`--questions needs a file name.\n${USAGE}`);
    } else if (arg.startsWith('--questions=')) questions = arg.slice('--questions='.length);
    else if (arg.startsWith('-') || file) throw new CheckFailure(`Unexpected "${arg}".\n${USAGE}`);
    else file = arg;
  }
  if (!file) throw new CheckFailure(`Which file should be checked?\n${USAGE}`);
  return { file, questions };
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CheckFailure(`Cannot find the ${what} "${path}": check the folder and the file name.`);
    if (code === 'EISDIR') throw new CheckFailure(`"${path}" is a folder, not a ${what}.`);
    throw new CheckFailure(`Cannot read the ${what} "${path}": ${(e as Error).message}`);
  }
}

/** The file's language, to pick the bundled corpus it extends; `en` when it cannot be read yet. */
function peekLang(text: string): string {
  try {
    const lang = (JSON.parse(text.replace(/^\uFEFF/, '')) as { lang?: unknown } | null)?.lang;
    return typeof lang === 'string' ? lang : 'en';
  } catch {
    return 'en';
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the file does to the bundled corpus, in one sentence. */
function describeValid(path: string, file: FaqFile, base: Corpus | undefined, merged: Corpus, warnings: number): string {
  const valid = `${path} is valid${warnings ? ` (see the ${plural(warnings, 'warning')} above)` : ''}`;
  const own = plural(file.entries.length, 'entry', 'entries');
  if (!base) return `${valid}: ${own}.`;
  if (file.mode === 'replace') return `${valid}: its ${own} are used instead of the bundled FAQ.`;
  const bundled = new Set(base.entries.map((e) => e.id));
  const overridden = file.entries.filter((e) => bundled.has(e.id)).length;
  const added = file.entries.length - overridden;
  const removed = file.remove?.length ?? 0;
  return (
    `${valid}: it overrides ${plural(overridden, 'bundled entry', 'bundled entries')}, adds ${added} and removes ${removed} ` +
    `(${plural(merged.entries.length, 'entry', 'entries')} in all).`
  );
}

function describeOutcome(outcome: MatchOutcome, corpus: Corpus): string {
  const top = outcome.results[0];
  if (outcome.verdict === 'answer' && top) {
    const question = corpus.entries.find((e) => e.id === top.id)?.question ?? '';
    return `→ ${top.id} (score ${top.score.toFixed(2)}): ${question}`;
  }
  const offers = outcome.results.slice(0, 3).map((c) => `${c.id} (${c.score.toFixed(2)})`);
  return outcome.verdict === 'suggest' && offers.length ? `→ no answer; suggests ${offers.join(', ')}` : '→ no answer';
}

/** Prints the entry each question reaches, then the questions left without an answer. */
function tryQuestions(corpus: Corpus, questions: readonly string[], source: string): void {
  if (questions.length === 0) return console.log(`\n${source} has no questions: write one per line.`);
  const docs = corpus.entries.map(toSearchDoc);
  const matcher = createCorrectingMatcher(docs);
  const unanswered: string[] = [];
  console.log(`\nTrying ${plural(questions.length, 'question')} from ${source}:`);
  questions.forEach((question, i) => {
    const { crisis, outcome } = widgetReply(matcher, question);
    console.log(`\n${i + 1}. ${question}`);
    if (crisis.length) console.log(`   → crisis: the crisis notice comes first (${crisis.join(', ')})`);
    console.log(`   ${describeOutcome(outcome, corpus)}`);
    if (outcome.verdict !== 'answer') unanswered.push(question);
  });
  if (unanswered.length === 0) return console.log('\nEvery question reached an entry.');
  console.log(`\nNo answer for ${unanswered.length} of ${plural(questions.length, 'question')}:`);
  for (const q of unanswered) console.log(`  - ${q}`);
}

function bundledCorpus(lang: string): Corpus {
  try {
    return loadBundledCorpus(lang);
  } catch (e) {
    throw new CheckFailure(`Cannot check against the bundled FAQ. ${(e as Error).message}`);
  }
}

function check(args: Args): number {
  const text = readText(args.file, 'FAQ file');
  const questions = args.questions === undefined ? undefined : readText(args.questions, 'questions file');
  // A bundled corpus is checked on its own; a clinic's file against the bundled ids it may use.
  const base = isBundledFaqPath(args.file) ? undefined : bundledCorpus(peekLang(text));
  const { file, problems } = validateFaqText(text, base?.entries.map((e) => e.id));
  for (const p of problems) console.log(formatProblem(p));
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  if (!file) {
    const errors = problems.length - warnings;
    console.log(`\n${args.file} has ${plural(errors, 'error')}, so the widget would ignore it and keep using the bundled FAQ.`);
    if (questions !== undefined) console.log('The questions were not tried: fix the errors first.');
    return 1;
  }
  const merged = base ? mergeCorpus(base, file) : { lang: file.lang ?? 'en', clinic: file.clinic, entries: file.entries };
  console.log(describeValid(args.file, file, base, merged, warnings));
  if (questions !== undefined) {
    const lines = questions.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    tryQuestions(merged, lines, args.questions ?? '');
  }
  return 0;
}

endQuietlyWhenOutputCloses();
try {
  process.exitCode = check(parseArgs(process.argv.slice(2)));
} catch (e) {
  if (!(e instanceof CheckFailure)) throw e;
  console.error(e.message);
  process.exitCode = 1;
}
