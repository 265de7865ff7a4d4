import { readFileSync } from 'node:fs';
import type { CrisisCategory } from '../../../src/safety/categories.ts';

/** One labelled message of our own set: the categories it must signal, exactly (none for non-crisis). */
export interface Labelled {
  readonly text: string;
  readonly categories: readonly CrisisCategory[];
  /** Why a non-crisis message must stay silent. */
  readonly why?: string;
}

function readJsonLines<T>(url: URL): T[] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export const CRISIS_MESSAGES: readonly Labelled[] = readJsonLines<Labelled>(new URL('./fixtures/crisis.jsonl', import.meta.url));

export const NON_CRISIS_MESSAGES: readonly Labelled[] = readJsonLines<{ text: string; why: string }>(
  new URL('./fixtures/non-crisis.jsonl', import.meta.url),
).map((line) => ({ ...line, categories: [] }));

/** The shared dev set: `crisis` is true, false, or null where the label is left open (history). */
export interface DevLine {
  readonly q: string;
  readonly crisis: boolean | null;
}

export const DEV_SET: readonly DevLine[] = readJsonLines<DevLine>(new URL('../../../../shared/eval/dev.jsonl', import.meta.url));
