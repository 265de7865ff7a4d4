/**
 * Walks a file alongside the schema to find what valibot lets through silently: fields the format
 * does not know (warnings, so a file written for a newer version still loads) and lists where an
 * object belongs (valibot would read a list's missing keys one by one and report each as missing).
 */
import { closest } from './closest.ts';
import { formatPath, type PathKey } from './json-path.ts';
import { UNKNOWN_FIELD, WRONG_TYPE } from './messages.ts';
import type { Problem } from './problem.ts';

/** The parts of a valibot schema this walk reads; the rest of it does not matter here. */
interface SchemaShape {
  readonly type: string;
  readonly entries?: Readonly<Record<string, SchemaShape>>;
  readonly item?: SchemaShape;
  readonly wrapped?: SchemaShape;
}

export interface ShapeFindings {
  readonly problems: Problem[];
  /** Paths whose schema issues are already explained by a problem above. */
  readonly explained: string[];
}

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export function checkShape(schema: SchemaShape, data: unknown): ShapeFindings {
  const found: ShapeFindings = { problems: [], explained: [] };
  walk(schema, data, [], found);
  return found;
}

function walk(schema: SchemaShape, data: unknown, keys: PathKey[], found: ShapeFindings): void {
  if (schema.wrapped) return walk(schema.wrapped, data, keys, found);
  if (schema.item && Array.isArray(data)) {
    const item = schema.item;
    data.forEach((value, i) => walk(item, value, [...keys, i], found));
    return;
  }
  if (!schema.entries) return;
  const path = formatPath(keys);
  if (Array.isArray(data)) {
    found.problems.push({ severity: 'error', path, ...WRONG_TYPE(data, 'Object') });
    found.explained.push(path);
    return;
  }
  if (!isPlainObject(data)) return;
  const known = Object.keys(schema.entries);
  for (const [key, value] of Object.entries(data)) {
    const field = schema.entries[key];
    if (Object.hasOwn(schema.entries, key) && field) walk(field, value, [...keys, key], found);
    else found.problems.push({ severity: 'warning', path: formatPath([...keys, key]), ...UNKNOWN_FIELD(key, known, closest(key, known)) });
  }
}
