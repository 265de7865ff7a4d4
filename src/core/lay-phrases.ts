import type { LayTerm } from './lay-terms.ts';
import { stem } from './stem.ts';
import { runThrough, type Steps } from './steps.ts';
import { isStopword } from './stopwords.ts';
import { tokenise, tokeniseOneWord } from './tokenise.ts';

/** A lay phrase found in a text: the words it covers and the stems it stands for. */
export interface LayMatch {
  /** Index of the first word covered. */
  readonly start: number;
  /** Index after the last word covered. */
  readonly end: number;
  readonly means: readonly string[];
  /** Its words stand only for its meaning (see LayTerm.meaningOnly). */
  readonly meaningOnly: boolean;
  /** It names a subject this FAQ does not answer (see LayTerm.elsewhere). */
  readonly elsewhere: boolean;
}

/**
 * Words a visitor slips into the middle of a phrase without changing it ("come way too fast",
 * "get it really hard"). Skipped inside a phrase unless the phrase itself names them.
 */
const INTENSIFIERS: ReadonlySet<string> = new Set(
  ['way', 'really', 'so', 'very', 'just', 'super', 'pretty', 'quite', 'even', 'always', 'usually', 'often', 'totally', 'completely', 'fully'].map(stem),
);

/**
 * A position written `...` in the table: up to `GAP_WORDS` words of any kind before the next
 * position ("how often ... have sex" takes "how often should a married couple have sex").
 */
const GAP = '...';
const GAP_WORDS = 6;
/** The compiled gap: an empty set, told apart by identity. */
const ANY_WORDS: ReadonlySet<string> = new Set<string>();

interface Phrase {
  /** Accepted stems per position, position 0 included. */
  readonly positions: readonly ReadonlySet<string>[];
  readonly means: readonly string[];
  /** Phrases of another sense: starting inside a match, they cancel it (see LayTerm.unless). */
  readonly unless: readonly Phrase[];
  readonly meaningOnly: boolean;
  readonly elsewhere: boolean;
}

function compilePhrase(phrase: string, row: LayTerm, onWord: (word: string) => void): ReadonlySet<string>[] {
  const words = phrase.split(' ');
  if (words[0] === GAP || words[words.length - 1] === GAP || phrase.includes(`${GAP} ${GAP}`)) {
    throw new Error(`Lay term "${row.say}": "${GAP}" must stand between two words in "${phrase}".`);
  }
  return words.map((alternatives) => {
    if (alternatives === GAP) return ANY_WORDS;
    const stems = new Set<string>();
    for (const alternative of alternatives.split('|')) {
      const word = tokeniseOneWord(alternative, `Lay term "${row.say}"`);
      onWord(word);
      stems.add(stem(word));
    }
    return stems;
  });
}

export interface LayPhrases {
  /** Every phrase that occurs in `stems` (stemmed words in reading order, stopwords kept). */
  find(stems: readonly string[]): LayMatch[];
  /** Every word the table knows, for telling a typo from a lay word. */
  readonly words: ReadonlySet<string>;
  /**
   * The domain's own vocabulary from the table: what its rows stand for and its one-word lay terms
   * ("libido"); not the words of longer phrases, which mean something only together ("dead" in
   * "dead bedroom").
   */
  readonly stems: ReadonlySet<string>;
  /** What the `feeling` rows stand for ("embarrass", "nervou"): how a visitor feels, not a subject. */
  readonly feelings: ReadonlySet<string>;
}

/** Compiles the table once; phrases are looked up by the stem of their first word. */
export function compileLayPhrases(rows: readonly LayTerm[]): LayPhrases {
  return runThrough(layPhraseSteps(rows));
}

/** `compileLayPhrases`, pausing after each row. */
export function* layPhraseSteps(rows: readonly LayTerm[]): Steps<LayPhrases> {
  const byFirst = new Map<string, Phrase[]>();
  const words = new Set<string>();
  const domain = new Set<string>();
  const feelings = new Set<string>();
  for (const row of rows) {
    const means = [...new Set(tokenise(row.means).filter((w) => !isStopword(w)).map(stem))];
    for (const s of means) domain.add(s);
    if (row.feeling === true) for (const s of means) feelings.add(s);
    const unless: Phrase[] = (row.unless ?? '')
      .split(', ')
      .filter((p) => p.length > 0)
      .map((p) => ({ positions: compilePhrase(p, row, () => {}), means: [], unless: [], meaningOnly: false, elsewhere: false }));
    const meaningOnly = row.meaningOnly === true;
    const elsewhere = row.elsewhere === true;
    for (const phrase of row.say.split(', ')) {
      // A word of a longer phrase ("dead" in "dead bedroom") is not the domain's vocabulary alone.
      const single = !phrase.includes(' ');
      const positions = compilePhrase(phrase, row, (word) => {
        words.add(word);
        if (single && !isStopword(word)) domain.add(stem(word));
      });
      for (const first of positions[0] ?? []) {
        const list = byFirst.get(first) ?? [];
        list.push({ positions, means, unless, meaningOnly, elsewhere });
        byFirst.set(first, list);
      }
    }
    yield;
  }
  return {
    words,
    stems: domain,
    feelings,
    find(stems) {
      const found: LayMatch[] = [];
      stems.forEach((first, start) => {
        for (const phrase of byFirst.get(first) ?? []) {
          const end = matchFrom(phrase, stems, start);
          if (end !== undefined && !otherSense(phrase, stems, start, end)) found.push({ start, end, means: phrase.means, meaningOnly: phrase.meaningOnly, elsewhere: phrase.elsewhere });
        }
      });
      return found;
    },
  };
}

/**
 * True when a phrase of another sense overlaps the match `start..end`: it starts inside it ("come
 * with me"), or starts before it and reaches into it ("will not come": a refusal, not an orgasm).
 */
function otherSense(phrase: Phrase, stems: readonly string[], start: number, end: number): boolean {
  for (const other of phrase.unless) {
    for (let at = Math.max(0, start - longest(other) + 1); at < end; at++) {
      if (!other.positions[0]?.has(stems[at] ?? '')) continue;
      const to = matchFrom(other, stems, at);
      if (to !== undefined && to > start) return true;
    }
  }
  return false;
}

/** Most words a phrase can span: a gap takes up to GAP_WORDS. */
const longest = (phrase: Phrase) => phrase.positions.reduce((n, p) => n + (p === ANY_WORDS ? GAP_WORDS : 1), 0);

/** Where `phrase` ends when it occurs at `start` (its first position already matched), or undefined. */
function matchFrom(phrase: Phrase, stems: readonly string[], start: number): number | undefined {
  return matchRest(phrase.positions, stems, 1, start + 1);
}

/** Where positions `k..` end when matched from word `i` on, or undefined; a gap takes the fewest words. */
function matchRest(positions: readonly ReadonlySet<string>[], stems: readonly string[], k: number, from: number): number | undefined {
  let i = from;
  for (; k < positions.length; k++) {
    const accepted = positions[k];
    if (!accepted) return undefined;
    if (accepted === ANY_WORDS) {
      for (let skip = 0; skip <= GAP_WORDS && i + skip < stems.length; skip++) {
        const end = matchRest(positions, stems, k + 1, i + skip);
        if (end !== undefined) return end;
      }
      return undefined;
    }
    while (i < stems.length && !accepted.has(stems[i] ?? '') && INTENSIFIERS.has(stems[i] ?? '')) i++;
    if (i >= stems.length || !accepted.has(stems[i] ?? '')) return undefined;
    i++;
  }
  return i;
}
