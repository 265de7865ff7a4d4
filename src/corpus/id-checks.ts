/**
 * Checks between ids that no schema can express: duplicates, `related` ids that lead nowhere or back
 * to the same entry, and `remove` ids. Reads the raw file defensively, so these problems are listed
 * together with the schema's rather than only after those are fixed.
 */
import { closest } from './closest.ts';
import { field } from './entry-fields.ts';
import { formatPath } from './json-path.ts';
import {
  DUPLICATE_ID,
  NOTHING_TO_REPLACE_WITH,
  RELATED_REMOVED,
  REMOVE_IGNORED,
  REMOVED_AND_DEFINED,
  SELF_RELATED,
  UNKNOWN_RELATED,
  UNKNOWN_REMOVE,
  type Wording,
} from './messages.ts';
import type { Problem } from './problem.ts';
import { ID_PATTERN } from './schema.ts';

const error = (path: string, wording: Wording): Problem => ({ severity: 'error', path, ...wording });

/** Well-formed ids only: a malformed one already has its own problem from the schema. */
const isId = (x: unknown): x is string => typeof x === 'string' && ID_PATTERN.test(x);

/** The well-formed ids of a list, each with its index. */
const ids = (list: unknown): [string, number][] =>
  Array.isArray(list) ? list.flatMap((x, i): [string, number][] => (isId(x) ? [[x, i]] : [])) : [];


export function checkIds(file: Record<string, unknown>, knownIds: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const entries = Array.isArray(file.entries) ? file.entries : [];
  const replace = file.mode === 'replace';
  if (replace && Array.isArray(file.entries) && file.entries.length === 0) problems.push(error('entries', NOTHING_TO_REPLACE_WITH()));

  const firstPath = new Map<string, string>();
  entries.forEach((entry, i) => {
    const id = field(entry, 'id');
    if (!isId(id)) return;
    const path = formatPath(['entries', i, 'id']);
    const first = firstPath.get(id);
    if (first) problems.push(error(path, DUPLICATE_ID(id, first)));
    else firstPath.set(id, path);
  });

  const removed = new Set(replace ? [] : ids(file.remove).map(([id]) => id));
  const reachable = new Set(replace ? firstPath.keys() : [...firstPath.keys(), ...knownIds.filter((id) => !removed.has(id))]);
  const scope = replace ? 'this file' : 'this file or the bundled FAQ';
  entries.forEach((entry, i) => {
    const own = field(entry, 'id');
    for (const [id, j] of ids(field(entry, 'related'))) {
      const path = formatPath(['entries', i, 'related', j]);
      if (id === own) problems.push(error(path, SELF_RELATED(id)));
      else if (removed.has(id) && !firstPath.has(id)) problems.push(error(path, RELATED_REMOVED(id)));
      else if (!reachable.has(id)) problems.push(error(path, UNKNOWN_RELATED(id, scope, closest(id, reachable))));
    }
  });

  if (replace && Array.isArray(file.remove) && file.remove.length > 0) {
    problems.push({ severity: 'warning', path: 'remove', ...REMOVE_IGNORED() });
  } else {
    const known = new Set(knownIds);
    for (const [id, j] of ids(file.remove)) {
      const path = formatPath(['remove', j]);
      const defined = firstPath.get(id);
      if (defined) problems.push(error(path, REMOVED_AND_DEFINED(id, defined.replace(/\.id$/, ''))));
      else if (!known.has(id)) problems.push(error(path, UNKNOWN_REMOVE(id, closest(id, known))));
    }
  }
  return problems;
}
