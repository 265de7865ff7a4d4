/**
 * Reading fields of a file that has not passed the schema yet: checks that run beside it (ids,
 * answers' links and HTML) see every entry, and a malformed value has its own problem from the schema.
 */

/** `x[key]` when `x` is a plain object, else undefined. */
export const field = (x: unknown, key: string): unknown =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>)[key] : undefined;

/** Each entry's answer that is text, with the entry's index. */
export const entryAnswers = (entries: unknown): [answer: string, index: number][] =>
  Array.isArray(entries)
    ? entries.flatMap((entry, i): [string, number][] => {
        const answer = field(entry, 'answer');
        return typeof answer === 'string' ? [[answer, i]] : [];
      })
    : [];
