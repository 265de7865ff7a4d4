import type { SearchDoc } from './matcher.ts';
import { newMark, readWordParts, type WordParts } from './word-parts.ts';

/** Parts of the words of the text being analysed, and what they give, kept for the next text. */
const parts: WordParts[] = [];
const collected: string[] = [];

/** The words (`words`) or stems (`stems`) of a text's parts, in reading order. */
function collect(text: string, part: 'words' | 'stems'): string[] {
  const count = readWordParts(text, parts);
  let length = 0;
  for (let k = 0; k < count; k++) for (const s of parts[k]?.[part] ?? []) collected[length++] = s;
  // A copy of exactly the right length: arrays grown by `push` keep spare room, which the index
  // would carry for as long as it lives.
  return collected.slice(0, length);
}

/** The stems of a text that can identify a question: stopwords dropped, word forms merged. */
export function indexStems(text: string): string[] {
  return collect(text, 'stems');
}

/** The words `indexStems` stems: normalised, text-speak spelled out, stopwords dropped. */
export function indexWords(text: string): string[] {
  return collect(text, 'words');
}

/** An entry as the indexes see it, each text analysed once. */
export interface AnalysedDoc {
  readonly question: readonly string[];
  /** Stems per alternate. */
  readonly alternates: readonly (readonly string[])[];
  /** Stems per keyword. */
  readonly keywords: readonly (readonly string[])[];
  readonly answer: readonly string[];
}

/** An entry's four indexed fields, each text (or list of words) turned into a list by `read`. */
export function readFields<T>(
  doc: { readonly question: T; readonly alternates: readonly T[]; readonly keywords: readonly T[]; readonly answer: T },
  read: (text: T) => string[],
): AnalysedDoc {
  return { question: read(doc.question), alternates: doc.alternates.map(read), keywords: doc.keywords.map(read), answer: read(doc.answer) };
}

export function analyseDoc(doc: SearchDoc): AnalysedDoc {
  return readFields(doc, indexStems);
}

/**
 * Share of an entry a word counts for when only alternates use it (0..1). Alternates are visitors'
 * phrasings, misspellings included ("qualifacations"): a typo as close to one as to the word meant
 * ("qualifcations") goes to the word meant, which entries' questions or keywords use.
 */
export const ALTERNATE_ONLY_SHARE = 0.5;

/** What a word counts for in the typo vocabulary: its entries, discounted when only alternates use it. */
export function vocabularyWeight(entries: number, inQuestionOrKeywords: boolean): number {
  return inQuestionOrKeywords ? entries : entries * ALTERNATE_ONLY_SHARE;
}

/**
 * Every normalised word of the entries' questions, alternates and keywords (stopwords excluded) with
 * the number of entries using it (see ALTERNATE_ONLY_SHARE): what typos are corrected to. Not the
 * answers: their prose holds many everyday words a real word outside the corpus is one edit from
 * ("movie" → "move"), and visitors ask in the words of the questions.
 */
export function wordFrequency(docs: readonly SearchDoc[]): Map<string, number> {
  // Per word, its count, the last entry counted and whether a question or keywords use it, so a word
  // an entry repeats counts once; a word is looked at once per entry (its mark), the words it spells
  // out once per word of the entry, except that a word seen again in a question or keywords is
  // marked as asked.
  const counts = new Map<string, { entries: number; last: number; asked: boolean }>();
  docs.forEach((doc, index) => {
    const mark = newMark();
    const count = (text: string, asked: boolean) => {
      const found = readWordParts(text, parts);
      for (let k = 0; k < found; k++) {
        const p = parts[k];
        if (p === undefined) continue;
        if (p.mark === mark) {
          if (asked) for (const w of p.words) counts.get(w)!.asked = true;
          continue;
        }
        p.mark = mark;
        for (const w of p.words) {
          const c = counts.get(w);
          if (c === undefined) counts.set(w, { entries: 1, last: index, asked });
          else {
            if (c.last !== index) {
              c.entries++;
              c.last = index;
            }
            c.asked ||= asked;
          }
        }
      }
    };
    count(doc.question, true);
    for (const alternate of doc.alternates) count(alternate, false);
    for (const keyword of doc.keywords) count(keyword, true);
  });
  const frequency = new Map<string, number>();
  for (const [w, c] of counts) frequency.set(w, vocabularyWeight(c.entries, c.asked));
  return frequency;
}
