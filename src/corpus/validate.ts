/**
 * Corpus validation with problems for people. Pure TypeScript with no Node APIs: the widget runs it
 * in the browser on a clinic's file, and `check` runs it in Node.
 */
import * as v from 'valibot';
import { checkAnswerHtml } from './answer-html.ts';
import { checkAnswerLinks } from './answer-links.ts';
import { checkIds } from './id-checks.ts';
import { FILE_PATH } from './json-path.ts';
import { findJsonSyntaxError } from './json-syntax.ts';
import { EMPTY_FILE, NOT_AN_OBJECT, NOT_JSON } from './messages.ts';
import { checkPlaceholders } from './placeholder-checks.ts';
import type { Problem } from './problem.ts';
import { FaqFileSchema, type FaqFile } from './schema.ts';
import { issueToProblem } from './schema-issues.ts';
import { checkShape } from './unknown-fields.ts';

export type { Problem } from './problem.ts';

export interface Validation {
  /** The parsed file, present when there are no errors (warnings allowed). */
  readonly file: FaqFile | undefined;
  /** Errors first, then warnings. */
  readonly problems: readonly Problem[];
}

const fileError = (wording: { message: string; expected: string }): Validation => ({
  file: undefined,
  problems: [{ severity: 'error', path: FILE_PATH, ...wording }],
});

/** True when `path` is `under` itself or lies inside it. */
const within = (path: string, under: string) => path === under || path.startsWith(`${under}.`) || path.startsWith(`${under}[`);

/**
 * Validates already-parsed JSON. `knownIds`: ids of the bundled corpus. In an "extend" file,
 * `related` may point to them and `remove` must name one of them; without them, a file is checked
 * on its own (as the bundled corpus itself is).
 */
export function validateFaqFile(data: unknown, knownIds: readonly string[] = []): Validation {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fileError(NOT_AN_OBJECT(data));

  const shape = checkShape(FaqFileSchema, data);
  const result = v.safeParse(FaqFileSchema, data);
  const fromSchema = (result.issues ?? [])
    .map(issueToProblem)
    .filter((p) => !shape.explained.some((path) => within(p.path, path)));
  const record = data as Record<string, unknown>;
  const problems = [...shape.problems, ...fromSchema, ...checkAnswerLinks(record.entries), ...checkAnswerHtml(record.entries), ...checkIds(record, knownIds), ...checkPlaceholders(record)];

  const errors = problems.filter((p) => p.severity === 'error');
  return {
    file: result.success && errors.length === 0 ? result.output : undefined,
    problems: [...errors, ...problems.filter((p) => p.severity === 'warning')],
  };
}

/** Parses JSON text first: an empty file or a syntax error becomes one problem, with line and column. */
export function validateFaqText(text: string, knownIds: readonly string[] = []): Validation {
  // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
  const json = text.replace(/^\uFEFF/, '');
  if (json.trim() === '') return fileError(EMPTY_FILE());
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    const fault = findJsonSyntaxError(json);
    // The scanner and the engine agree on every input we know of; if not, the engine's words still help.
    return fileError(fault ? NOT_JSON(fault.line, fault.column, fault.what, fault.expected) : { message: `is not valid JSON: ${(e as Error).message}`, expected: 'valid JSON' });
  }
  return validateFaqFile(data, knownIds);
}
