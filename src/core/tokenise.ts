import { readWordParts, type WordParts } from './word-parts.ts';

const parts: WordParts[] = [];

/** Normalised words of `text`, with text-speak spelled out, in reading order. */
export function tokenise(text: string): string[] {
  const words: string[] = [];
  const count = readWordParts(text, parts);
  for (let k = 0; k < count; k++) for (const w of parts[k]?.spelled ?? []) words.push(w);
  return words;
}

/**
 * The one normalised word `word` is, for the reviewed tables' entries; `where` names the entry in the
 * error a reviewer sees when it normalises to none or to several ("can't" is "can not").
 */
export function tokeniseOneWord(word: string, where: string): string {
  const tokens = tokenise(word);
  if (tokens.length !== 1 || tokens[0] === undefined) throw new Error(`${where}: "${word}" must normalise to exactly one word, got "${tokens.join(' ')}".`);
  return tokens[0];
}
