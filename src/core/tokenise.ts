import { asciiSpelledOut, normalise } from './normalise.ts';
import { TEXT_SPEAK } from './text-speak.ts';

/**
 * Calls `visit` with each normalised word of `text` (before text-speak), in reading order. Plain
 * ASCII text is split in one pass over its characters rather than by regular expressions and
 * `split`: indexing a large corpus spends most of its time here.
 */
export function eachNormalisedWord(text: string, visit: (word: string) => void): void {
  const s = asciiSpelledOut(text);
  if (s === undefined) {
    for (const word of normalise(text).split(' ')) if (word !== '') visit(word);
    return;
  }
  let start = -1;
  let upper = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (c >= 65 && c <= 90) {
      if (start < 0) start = i;
      upper = true;
    } else if (start >= 0) {
      const word = s.slice(start, i);
      visit(upper ? word.toLowerCase() : word);
      start = -1;
      upper = false;
    }
  }
}

/** Text-speak with what it spells out already split into words. */
const SPELLED: ReadonlyMap<string, readonly string[]> = new Map([...TEXT_SPEAK].map(([short, long]) => [short, long.split(' ')]));

/** The words a normalised word stands for: those its text-speak spells out, else itself. */
export function spelledOut(raw: string): readonly string[] {
  return SPELLED.get(raw) ?? [raw];
}

/** Normalised words of `text`, with text-speak spelled out, in reading order. */
export function tokenise(text: string): string[] {
  const words: string[] = [];
  eachNormalisedWord(text, (raw) => {
    const spelled = SPELLED.get(raw);
    if (spelled === undefined) words.push(raw);
    else words.push(...spelled);
  });
  return words;
}
