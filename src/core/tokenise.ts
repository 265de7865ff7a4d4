import { readWordParts, type WordParts } from './word-parts.ts';

const parts: WordParts[] = [];

/** Normalised words of `text`, with text-speak spelled out, in reading order. */
export function tokenise(text: string): string[] {
  const words: string[] = [];
  const count = readWordParts(text, parts);
  for (let k = 0; k < count; k++) for (const w of parts[k]?.spelled ?? []) words.push(w);
  return words;
}
