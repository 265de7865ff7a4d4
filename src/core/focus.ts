/** Which words of a message ask the question, and how much the rest counts. */
import { tokenise } from './tokenise.ts';

/**
 * Most words of a message looked at (unit: words; 100–400 keeps every real question whole). Bounds
 * the work a pasted essay causes; the last words are kept because a long message usually ends with
 * the actual question.
 */
export const MAX_QUERY_WORDS = 200;

/**
 * Weight of words outside the sentence that asks (0..1). A long message often tells a story and
 * then asks; the story still counts, but less than the question.
 */
export const CONTEXT_WEIGHT = 0.6;

/** Words that open an English question: a clause starting with one asks, even without "?". */
const INTERROGATIVES: ReadonlySet<string> = new Set(
  'what whats how why when where who which whose is are am was were do does did can could will would should shall may might must have has'.split(' '),
);

/** Words a visitor starts a clause with before the question itself: "ok so what is ...", "hi, um, how ...". */
const LEAD_INS: ReadonlySet<string> = new Set('ok okay so um umm uh hey hi hello well anyway also and but lol haha right yeah'.split(' '));

/** Whether a clause opens with a question word, after any lead-in words. */
const opensWithQuestion = (words: readonly string[]): boolean => INTERROGATIVES.has(words.find((w) => !LEAD_INS.has(w)) ?? '');

interface Clause {
  readonly text: string;
  readonly words: string[];
  /** Ends a sentence. */
  readonly ends: boolean;
  /** Ends in "?" or opens with a question word. */
  readonly asks: boolean;
}

function clausesOf(text: string): Clause[] {
  return [...text.matchAll(/[^.!?;:,\n]+[.!?;:,\n]*/g)]
    .map((m) => {
      const words = tokenise(m[0]);
      return { text: m[0], words, ends: /[.!?;:\n]/.test(m[0]), asks: m[0].includes('?') || opensWithQuestion(words) };
    })
    .filter((c) => c.words.length > 0);
}

/** The clauses of a message that ask something, as written; empty when none does. */
export const askingText = (text: string): string =>
  clausesOf(text)
    .filter((c) => c.asks)
    .map((c) => c.text.trim())
    .join(' ');

/**
 * The message's words, each with its weight. With several clauses, the ones that ask (ending in
 * "?" or opening with a question word) are the question; with none asking, the last sentence is.
 * Everything else is context.
 */
export function weighedWords(text: string): { words: string[]; weights: number[] } {
  const clauses = clausesOf(text);
  let focus = clauses.filter((c) => c.asks);
  if (focus.length === 0) {
    // The last sentence: the clauses after the last sentence end before the final clause.
    let start = clauses.length - 1;
    while (start > 0 && !clauses[start - 1]?.ends) start--;
    focus = clauses.slice(start);
  }
  const words: string[] = [];
  const weights: number[] = [];
  for (const clause of clauses) {
    const weight = focus.includes(clause) ? 1 : CONTEXT_WEIGHT;
    for (const w of clause.words) {
      words.push(w);
      weights.push(weight);
    }
  }
  return { words: words.slice(-MAX_QUERY_WORDS), weights: weights.slice(-MAX_QUERY_WORDS) };
}

