/**
 * Writes faq/schema.json from the one valibot definition (src/corpus/schema.ts), so a clinic's editor
 * autocompletes and checks its file. `--check` writes nothing and exits 1 when the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { FaqFileSchema } from '../src/corpus/schema.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('../faq/schema.json', import.meta.url));

/** A name, not an address: nothing fetches it, and files point at schema.json with `$schema`. */
const SCHEMA_ID = 'urn:confide:faq-file';

export function schemaText(): string {
  // `trim` only tidies text once it is valid; JSON Schema has nothing to say about it.
  const { $schema, ...rest } = toJsonSchema(FaqFileSchema, { target: 'draft-2020-12', ignoreActions: ['trim'] });
  return `${JSON.stringify({ $schema, $id: SCHEMA_ID, ...rest }, null, 2)}\n`;
}

function main(args: readonly string[]): number {
  const fresh = schemaText();
  if (!args.includes('--check')) {
    writeFileSync(SCHEMA_PATH, fresh);
    console.log('Wrote faq/schema.json');
    return 0;
  }
  let current = '';
  try {
    current = readFileSync(SCHEMA_PATH, 'utf8');
  } catch {
    // A missing file is stale too.
  }
  if (current === fresh) {
    console.log('faq/schema.json is up to date');
    return 0;
  }
  console.error('faq/schema.json is out of date with src/corpus/schema.ts: run `npm run schema` and commit it');
  return 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
