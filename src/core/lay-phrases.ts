import type { LayTerm } from './lay-terms.ts';
import { stem } from './stem.ts';
import { isStopword } from './stopwords.ts';
import { tokenise } from './tokenise.ts';

/** A lay phrase found in a text: the words it covers and the stems it stands for. */
export interface LayMatch {
  /** Index of the first word covered. */
  readonly start: number;
  /** Index after the last word covered. */
  readonly end: number;
  readonly means: readonly string[];
}

interface Phrase {
  /** Accepted stems per position, position 0 included. */
  readonly positions: readonly ReadonlySet<string>[];
  readonly means: readonly string[];
}

export interface LayPhrases {
  /** Every phrase that occurs in `stems` (stemmed words in reading order, stopwords kept). */
  find(stems: readonly string[]): LayMatch[];
  /** Every word the table knows, for telling a typo from a lay word. */
  readonly words: ReadonlySet<string>;
}

function oneWord(word: string, row: LayTerm): string {
  const tokens = tokenise(word);
  if (tokens.length !== 1 || tokens[0] === undefined) {
    throw new Error(`Lay term "${row.say}": "${word}" must normalise to exactly one word, got "${tokens.join(' ')}".`);
  }
  return tokens[0];
}

/** Compiles the table once; phrases are looked up by the stem of their first word. */
export function compileLayPhrases(rows: readonly LayTerm[]): LayPhrases {
  const byFirst = new Map<string, Phrase[]>();
  const words = new Set<string>();
  for (const row of rows) {
    const means = [...new Set(tokenise(row.means).filter((w) => !isStopword(w)).map(stem))];
    for (const phrase of row.say.split(', ')) {
      const positions = phrase.split(' ').map((alternatives) => {
        const stems = new Set<string>();
        for (const alternative of alternatives.split('|')) {
          const word = oneWord(alternative, row);
          words.add(word);
          stems.add(stem(word));
        }
        return stems;
      });
      for (const first of positions[0] ?? []) {
        const list = byFirst.get(first) ?? [];
        list.push({ positions, means });
        byFirst.set(first, list);
      }
    }
  }
  return {
    words,
    find(stems) {
      const found: LayMatch[] = [];
      stems.forEach((first, start) => {
        for (const phrase of byFirst.get(first) ?? []) {
          const end = start + phrase.positions.length;
          if (end > stems.length) continue;
          if (phrase.positions.every((accepted, k) => accepted.has(stems[start + k] ?? ''))) {
            found.push({ start, end, means: phrase.means });
          }
        }
      });
      return found;
    },
  };
}
