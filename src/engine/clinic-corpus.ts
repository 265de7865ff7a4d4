/**
 * A clinic's own corpus in the browser: validate, merge into the bundled one, and render the clinic's
 * Markdown safely. Its own chunk, so valibot, marked and DOMPurify load only for clinics with a file.
 */
import DOMPurify from 'dompurify';
import { analyseDoc, wordFrequency } from '../core/analyse.ts';
import { toSearchDoc } from '../core/search-docs.ts';
import { mergeCorpus } from '../corpus/merge.ts';
import type { Corpus } from '../corpus/schema.ts';
import { validateFaqFile, validateFaqText, type Problem } from '../corpus/validate.ts';
import { renderMarkdown } from '../render/markdown.ts';
import { confidePolicy } from '../render/trusted-types.ts';
import type { BundledCorpus, DisplayEntry } from './bundled.ts';
import { createEngine, type Engine } from './engine.ts';

export interface ClinicResult {
  readonly engine: Engine | undefined;
  readonly problems: readonly Problem[];
}

/** `source` is the file's text (from `faq`) or an object (from `setFaq`); `full` is the bundled corpus in full. */
export async function clinicEngine(bundled: BundledCorpus, full: Corpus, source: string | object): Promise<ClinicResult> {
  const known = full.entries.map((e) => e.id);
  const { file, problems } = typeof source === 'string' ? validateFaqText(source, known) : validateFaqFile(source, known);
  if (!file) return { engine: undefined, problems };
  const merged = mergeCorpus(full, { ...file, mode: file.mode ?? 'extend' });
  const byId = new Map(merged.entries.map((e) => [e.id, e]));
  // An answer the clinic kept as bundled was rendered at build time; only the clinic's own are rendered here.
  const bundledAnswers = new Map(full.entries.map((e) => [e.id, e.answer]));
  const prebuilt = new Map(bundled.entries.map(([entry, , answer]) => [entry.id, answer]));
  // Rendered when first shown, then kept: a 2,000-entry file is not rendered up front.
  const rendered = new Map<string, DisplayEntry>();
  const entryById = (id: string): DisplayEntry | undefined => {
    const entry = byId.get(id);
    if (!entry) return undefined;
    let shown = rendered.get(id);
    if (!shown) {
      const built = bundledAnswers.get(id) === entry.answer ? prebuilt.get(id) : undefined;
      shown = { entry, answer: built ?? renderMarkdown(entry.answer, DOMPurify, confidePolicy()) };
      rendered.set(id, shown);
    }
    return shown;
  };
  const docs = merged.entries.map(toSearchDoc);
  const engine = await createEngine({
    lang: merged.lang,
    clinic: merged.clinic,
    entries: merged.entries,
    analysed: docs.map(analyseDoc),
    entry: entryById,
    loadWords: () => Promise.resolve(wordFrequency(docs)),
  });
  return { engine, problems };
}
