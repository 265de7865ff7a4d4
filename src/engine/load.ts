/**
 * Builds the engine for a widget: the bundled corpus for its language, merged with the clinic's file
 * when there is one. A clinic file that cannot be used never stops the widget: the bundled corpus
 * answers and `warning` says why, in words a web admin understands.
 */
import { stemDocSteps, wordCounts } from '../core/doc-words.ts';
import type { Problem } from '../corpus/validate.ts';
import { loadBundled } from '../generated/corpora.ts';
import { docWordSteps, type BundledCorpus } from './bundled.ts';
import type { ClinicResult } from './clinic-corpus.ts';
import { fetchFaqText } from './clinic-file.ts';
import { createEngine, type Engine } from './engine.ts';
import { nextTask, runInSlices } from './yield-to-page.ts';

export type FaqSource = { readonly url: string } | { readonly data: object };

export interface LoadedEngine {
  readonly engine: Engine;
  /** Set when the clinic's file was not used, or used with warnings: for `confide:error` and console.warn. */
  readonly warning: string | undefined;
}

/** The first problems are enough to start fixing; `npm run check` lists them all. */
const PROBLEMS_SHOWN = 3;

export async function loadEngine(lang: string, faq: FaqSource | undefined): Promise<LoadedEngine> {
  const bundled = await (loadBundled[lang] ?? loadBundled['en']!)();
  await nextTask();
  const builtIn = () => bundledEngine(bundled);
  if (!faq) return { engine: await builtIn(), warning: undefined };
  const name = 'url' in faq ? `The FAQ file "${faq.url}"` : 'The FAQ object passed to setFaq()';
  let result: ClinicResult;
  try {
    const source = 'url' in faq ? await fetchFaqText(faq.url) : faq.data;
    const [{ clinicEngine }, full] = await Promise.all([import('./clinic-corpus.ts'), bundled.full()]);
    result = await clinicEngine(bundled, full, source);
  } catch (e) {
    return { engine: await builtIn(), warning: `${name} could not be used, so the built-in answers are shown: ${(e as Error).message}.` };
  }
  if (!result.engine) {
    return { engine: await builtIn(), warning: `${name} has problems, so the built-in answers are shown. ${summarise(result.problems)}` };
  }
  return { engine: result.engine, warning: result.problems.length ? `${name} loaded with warnings: ${summarise(result.problems)}` : undefined };
}

/**
 * The bundled corpus alone: the words it is asked with tokenised at build time, its answers' read from
 * their rendered trees here; then stemmed, indexed and counted, in slices.
 */
export async function bundledEngine(bundled: BundledCorpus): Promise<Engine> {
  const shown = new Map(bundled.entries.map(([entry, , answer]) => [entry.id, { entry, answer }]));
  const words = await runInSlices(docWordSteps(bundled.entries));
  const analysed = await runInSlices(stemDocSteps(words));
  return createEngine({
    lang: bundled.lang,
    clinic: bundled.clinic,
    entries: bundled.entries.map(([entry]) => entry),
    analysed,
    entry: (id) => shown.get(id),
    loadWords: () => Promise.resolve(wordCounts(words)),
  });
}

function summarise(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const shown = (errors.length ? errors : problems).slice(0, PROBLEMS_SHOWN);
  const listed = shown.map((p) => `${p.path}: ${p.message}${p.expected ? ` (expected ${p.expected})` : ''}`).join('; ');
  const rest = problems.length - shown.length;
  return rest > 0 ? `${listed} (and ${rest} more: run "npm run check" on the file to see them all)` : listed;
}
