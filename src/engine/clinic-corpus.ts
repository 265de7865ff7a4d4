/**
 * A clinic's own corpus in the browser: validate, merge into the bundled one, and render the clinic's
 * Markdown safely. Its own chunk, so valibot, marked and DOMPurify load only for clinics with a file.
 */
import DOMPurify from 'dompurify';
import { mergeCorpus } from '../corpus/merge.ts';
import type { Entry } from '../corpus/schema.ts';
import { validateFaqFile, validateFaqText, type Problem } from '../corpus/validate.ts';
import type { BundledCorpus } from '../generated/corpora.ts';
import { renderMarkdown } from '../render/markdown.ts';
import { confidePolicy } from '../render/trusted-types.ts';
import { createEngine, type Engine } from './engine.ts';

export interface ClinicResult {
  readonly engine: Engine | undefined;
  readonly problems: readonly Problem[];
}

/** `source` is the file's text (from `faq`) or an object (from `setFaq`). */
export function clinicEngine(bundled: BundledCorpus, source: string | object): ClinicResult {
  const known = bundled.corpus.entries.map((e) => e.id);
  const { file, problems } = typeof source === 'string' ? validateFaqText(source, known) : validateFaqFile(source, known);
  if (!file) return { engine: undefined, problems };
  const merged = mergeCorpus(bundled.corpus, { ...file, mode: file.mode ?? 'extend' });
  // An answer the clinic kept as bundled was rendered at build time; only the clinic's own are rendered here.
  const bundledAnswers = new Map(bundled.corpus.entries.map((e) => [e.id, e.answer]));
  const trees = (entry: Entry) => {
    const prebuilt = bundledAnswers.get(entry.id) === entry.answer ? bundled.answerTrees[entry.id] : undefined;
    return prebuilt ?? renderMarkdown(entry.answer, DOMPurify, confidePolicy());
  };
  return { engine: createEngine(merged, trees), problems };
}
