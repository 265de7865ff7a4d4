/** Corpus validation. PLACEHOLDER until the corpus issue lands; the interface is final. */
import * as v from 'valibot';
import { FaqFileSchema, type FaqFile } from './schema.ts';

export interface Problem {
  readonly severity: 'error' | 'warning';
  /** JSON path such as `entries[3].sources[0].url`, or `(file)` for the file as a whole. */
  readonly path: string;
  /** What is wrong, in words a web admin understands. */
  readonly message: string;
  /** What was expected instead. */
  readonly expected: string;
}

export interface Validation {
  /** The parsed file, present when there are no errors (warnings allowed). */
  readonly file: FaqFile | undefined;
  readonly problems: readonly Problem[];
}

/** Validates already-parsed JSON. `knownIds`: ids of the bundled corpus, for `remove` and `related`. */
export function validateFaqFile(data: unknown, _knownIds: readonly string[] = []): Validation {
  const result = v.safeParse(FaqFileSchema, data);
  if (result.success) return { file: result.output, problems: [] };
  return {
    file: undefined,
    problems: result.issues.map((i) => ({
      severity: 'error' as const,
      path: v.getDotPath(i) ?? '(file)',
      message: i.message,
      expected: i.expected ?? '',
    })),
  };
}

/** Parses JSON text first; a syntax error becomes one problem with its line and column. */
export function validateFaqText(text: string, knownIds: readonly string[] = []): Validation {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { file: undefined, problems: [{ severity: 'error', path: '(file)', message: `not valid JSON: ${(e as Error).message}`, expected: 'a JSON object' }] };
  }
  return validateFaqFile(data, knownIds);
}
