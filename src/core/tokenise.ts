import { normalise } from './normalise.ts';
import { TEXT_SPEAK } from './text-speak.ts';

/** Normalised words of `text`, with text-speak spelled out, in reading order. */
export function tokenise(text: string): string[] {
  const words: string[] = [];
  for (const raw of normalise(text).split(' ')) {
    if (raw === '') continue;
    const spelled = TEXT_SPEAK.get(raw);
    if (spelled === undefined) words.push(raw);
    else words.push(...spelled.split(' '));
  }
  return words;
}
