/** Prints the Subresource Integrity hash of dist/confide.js, for the embed snippet. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export function sriHash(path = new URL('../dist/confide.js', import.meta.url)): string {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const hash = sriHash();
  console.log(`dist/confide.js integrity: ${hash}`);
  console.log(`<script src="https://YOUR-SITE/confide/confide.js" integrity="${hash}" crossorigin="anonymous" defer></script>`);
}
