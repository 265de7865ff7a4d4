import type { Entry } from '../corpus/schema.ts';
import type { SearchDoc } from './matcher.ts';
import { plainText } from './plain-text.ts';

/** What the matcher indexes of a corpus entry. */
export function toSearchDoc(entry: Entry): SearchDoc {
  return {
    id: entry.id,
    question: entry.question,
    alternates: entry.alternates ?? [],
    keywords: entry.keywords ?? [],
    answer: plainText(entry.answer),
  };
}
