/** Turns valibot's issues into problems a person can act on. */
import type * as v from 'valibot';
import { formatPath, type PathKey } from './json-path.ts';
import { badUrl, describe, INVALID_VALUE, MISSING, quote, WRONG_TYPE, type Wording } from './messages.ts';
import { DATE_PATTERN, ID_PATTERN, LANG_PATTERN, NOT_BLANK_PATTERN, SAFE_URL_PATTERN } from './schema.ts';
import type { Problem } from './problem.ts';

type Issue = v.BaseIssue<unknown>;

/** What is wrong with a value a pattern refused; the schema's own message says what was expected. */
const PATTERN_FAULTS = new Map<RegExp, (input: string) => string>([
  [ID_PATTERN, (s) => `${quote(s)} is not a valid id`],
  [SAFE_URL_PATTERN, badUrl],
  [DATE_PATTERN, (s) => `${quote(s)} is not a date in the form YYYY-MM-DD`],
  [LANG_PATTERN, (s) => `${quote(s)} is not a language tag`],
  [NOT_BLANK_PATTERN, () => 'is empty'],
]);

/** Who needs a missing field, named after the list its object sits in (`entries[2].answer` → every entry). */
const OWNERS: Readonly<Record<string, string>> = { entries: 'every entry', sources: 'every source', links: 'every link' };

function owner(keys: readonly PathKey[]): string {
  if (keys.length === 1) return 'the file';
  const list = keys.at(-3);
  return (typeof list === 'string' && OWNERS[list]) || 'this object';
}

function wording(issue: Issue, keys: readonly PathKey[]): Wording {
  const { input } = issue;
  const field = keys.at(-1);
  if (issue.kind === 'schema' && input === undefined && typeof field === 'string') return MISSING(field, owner(keys));
  if (issue.kind === 'schema' && issue.type !== 'picklist') return WRONG_TYPE(input, issue.expected ?? '');
  const requirement = (issue as { requirement?: unknown }).requirement;
  const fault = requirement instanceof RegExp ? PATTERN_FAULTS.get(requirement) : undefined;
  if (fault && typeof input === 'string') return INVALID_VALUE(fault(input), issue.message);
  if (issue.type === 'email') return INVALID_VALUE(`${quote(input)} is not an email address`, issue.message);
  return INVALID_VALUE(typeof input === 'string' ? `${quote(input)} is not allowed here` : describe(input), issue.message);
}

export function issueToProblem(issue: Issue): Problem {
  const keys = (issue.path ?? []).map((item) => item.key as PathKey);
  return { severity: 'error', path: formatPath(keys), ...wording(issue, keys) };
}
