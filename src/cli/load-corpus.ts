/** Loads the bundled corpus for a language in Node, optionally merged with a clinic file (`--faq`). */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeCorpus } from '../corpus/merge.ts';
import { formatProblem } from '../corpus/problem.ts';
import type { Corpus } from '../corpus/schema.ts';
import { validateFaqText, type Problem } from '../corpus/validate.ts';

const FAQ_DIR = fileURLToPath(new URL('../../faq/', import.meta.url));

export function bundledFaqPath(lang: string): string {
  const base = lang.toLowerCase().split('-')[0] ?? 'en';
  const path = `${FAQ_DIR}${base}.json`;
  return existsSync(path) ? path : `${FAQ_DIR}en.json`;
}

/** True for a bundled corpus itself (faq/en.json, faq/es.json…), which is checked on its own. */
export function isBundledFaqPath(path: string): boolean {
  return resolve(dirname(path)) === resolve(FAQ_DIR) && /^[a-z]{2,3}\.json$/.test(basename(path));
}

export function loadBundledCorpus(lang = 'en'): Corpus {
  const path = bundledFaqPath(lang);
  const { file, problems } = validateFaqText(readFileSync(path, 'utf8'));
  if (!file) throw new Error(`The bundled corpus ${path} is invalid:\n${formatProblems(problems)}`);
  return { lang: file.lang ?? lang, clinic: file.clinic, entries: file.entries };
}

export interface LoadedCorpus {
  readonly corpus: Corpus;
  /** Problems of the clinic file; when it has errors the bundled corpus is used alone. */
  readonly problems: readonly Problem[];
}

export function loadCorpus(lang = 'en', clinicFile?: string): LoadedCorpus {
  const bundled = loadBundledCorpus(lang);
  if (!clinicFile) return { corpus: bundled, problems: [] };
  const { file, problems } = validateFaqText(readFileSync(clinicFile, 'utf8'), bundled.entries.map((e) => e.id));
  return { corpus: file ? mergeCorpus(bundled, file) : bundled, problems };
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n');
}
