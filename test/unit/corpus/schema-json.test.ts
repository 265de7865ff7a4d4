import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaText, SCHEMA_PATH } from '../../../scripts/write-schema.ts';

interface Node {
  type?: string;
  description?: string;
  properties?: Record<string, Node>;
  items?: Node;
  required?: string[];
  pattern?: string;
  enum?: string[];
}

const onDisk = () => readFileSync(SCHEMA_PATH, 'utf8');
const schema = (): Node & Record<string, unknown> => JSON.parse(onDisk());
const example = JSON.parse(readFileSync(new URL('../../../faq/examples/clinic.json', import.meta.url), 'utf8'));

/** Every property and list item, with its path. */
function* fields(node: Node, path = ''): Generator<[string, Node]> {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    yield [`${path}.${key}`, child];
    yield* fields(child, `${path}.${key}`);
  }
  if (node.items) {
    yield [`${path}[]`, node.items];
    yield* fields(node.items, `${path}[]`);
  }
}

/** A hand check of the parts of JSON Schema that faq/schema.json uses. */
function conforms(node: Node, value: unknown, path = ''): string[] {
  if (node.enum) return node.enum.includes(value as string) ? [] : [`${path}: not one of ${node.enum.join(', ')}`];
  if (node.type === 'string') {
    if (typeof value !== 'string') return [`${path}: not a string`];
    return node.pattern && !new RegExp(node.pattern, 'u').test(value) ? [`${path}: does not match ${node.pattern}`] : [];
  }
  if (node.type === 'array') return Array.isArray(value) ? value.flatMap((v, i) => conforms(node.items ?? {}, v, `${path}[${i}]`)) : [`${path}: not an array`];
  if (node.type === 'object') {
    if (typeof value !== 'object' || value === null) return [`${path}: not an object`];
    const record = value as Record<string, unknown>;
    const missing = (node.required ?? []).filter((k) => !(k in record)).map((k) => `${path}.${k}: missing`);
    const props = Object.entries(node.properties ?? {}).filter(([k]) => k in record);
    return [...missing, ...props.flatMap(([k, child]) => conforms(child, record[k], `${path}.${k}`))];
  }
  return [];
}

describe('faq/schema.json', () => {
  it('is what `npm run schema` generates from src/corpus/schema.ts (run it after changing the schema)', () => {
    expect(onDisk()).toBe(schemaText());
  });

  it('`write-schema --check` agrees', () => {
    expect(execFileSync('npx', ['tsx', 'scripts/write-schema.ts', '--check'], { encoding: 'utf8' })).toContain('up to date');
  });

  it('is draft 2020-12 with an $id, a title and a description on every field', () => {
    const s = schema();
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.$id).toEqual(expect.any(String));
    expect(s.title).toBe('Confide FAQ file');
    const undescribed = [...fields(s)].filter(([, n]) => !n.description).map(([p]) => p);
    expect(undescribed).toEqual([]);
  });

  it('says what is expected: required fields, id pattern, safe URLs and the modes', () => {
    const s = schema();
    const entry = s.properties?.entries?.items;
    expect(s.required).toEqual(['entries']);
    expect(entry?.required).toEqual(['id', 'question', 'answer']);
    const id = new RegExp(entry?.properties?.id?.pattern ?? '', 'u');
    expect(['cost', 'first-session'].every((x) => id.test(x)) && !id.test('First Session')).toBe(true);
    const url = new RegExp(entry?.properties?.links?.items?.properties?.url?.pattern ?? '', 'u');
    expect(['https://a.example', 'tel:+15550100', 'mailto:a@b.example'].every((x) => url.test(x))).toBe(true);
    expect(['javascript:alert(1)', 'http://a.example', 'data:text/html,x'].some((x) => url.test(x))).toBe(false);
    expect(s.properties?.mode?.enum).toEqual(['extend', 'replace']);
  });

  it('accepts faq/examples/clinic.json', () => {
    expect(conforms(schema(), example)).toEqual([]);
  });

  it('rejects a broken copy of the example', () => {
    const broken = structuredClone(example);
    broken.entries[0].id = 'Cost';
    delete broken.entries[1].answer;
    expect(conforms(schema(), broken)).toEqual([expect.stringMatching(/^\.entries\[0\]\.id: does not match/), '.entries[1].answer: missing']);
  });
});
