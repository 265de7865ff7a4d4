/**
 * Questions about the domain itself ("sex therapy?", "is sex therapy legitimate") name only the words
 * nearly every entry uses, so ranking cannot tell entries apart and confidence stays low. The corpus
 * usually has one entry for exactly that ("What is sex therapy?"): its question is made only of such
 * words. When a message has all of that question's words and nothing that names a more specific
 * topic, that entry is the answer.
 */
import type { AnalysedDoc } from './analyse.ts';
import type { Bm25fIndex } from './bm25f.ts';
import type { Unit } from './query.ts';

/**
 * Share of entries (0..1) from which a word is the domain's common vocabulary. "Sex" and "therapy"
 * are in well over half of the bundled entries; topic words are in a few.
 */
const COMMON_SHARE = 0.5;

/** A word at least COMMON_SHARE of the entries use. */
function common(stem: string, index: Bm25fIndex): boolean {
  return index.has(stem) && index.idf(stem) <= index.idfAtShare(COMMON_SHARE);
}

/** A word that names a topic: known to the index, in an entry's question or keywords, and not common. */
function specific(stem: string, index: Bm25fIndex): boolean {
  return index.has(stem) && index.topical(stem) && !common(stem, index);
}

/** What identifies the general entry: its phrasings (question or alternates) made only of common words. */
export interface GeneralEntry {
  readonly doc: number;
  readonly phrasings: readonly (readonly string[])[];
  /** Every word of those phrasings. */
  readonly words: ReadonlySet<string>;
  /** Those of them that the entry's question or keywords use: the domain's names ("sex", "therapy"). */
  readonly names: ReadonlySet<string>;
}

/**
 * The entry whose question is only common words (the shortest, if several), with its phrasings that
 * are; none when every question names a topic (as most clinics' own files do).
 */
export function findGeneralEntry(analysed: readonly AnalysedDoc[], index: Bm25fIndex): GeneralEntry | undefined {
  const allCommon = (stems: readonly string[]) => stems.length > 0 && stems.every((s) => common(s, index));
  let doc = -1;
  analysed.forEach((d, i) => {
    if (allCommon(d.question) && (doc < 0 || d.question.length < (analysed[doc]?.question.length ?? 0))) doc = i;
  });
  const entry = analysed[doc];
  if (!entry) return undefined;
  const phrasings = [entry.question, ...entry.alternates.filter(allCommon)];
  const words = new Set(phrasings.flat());
  const topical = new Set([...entry.question, ...entry.keywords.flat()]);
  return { doc, phrasings, words, names: new Set([...words].filter((w) => topical.has(w))) };
}

/**
 * Whether the visitor's units ask about the domain itself: they include every word of one of the
 * general entry's phrasings, and nothing else that names a topic (a lay phrase always means something).
 */
export function asksAboutDomain(units: readonly Unit[], general: GeneralEntry, index: Bm25fIndex): boolean {
  const said = new Set(units.flatMap((u) => u.words.map((w) => w.stem)));
  if (!general.phrasings.some((p) => p.every((s) => said.has(s)))) return false;
  return units.every((u) => u.means.length === 0 && u.words.every((w) => general.words.has(w.stem) || !specific(w.stem, index)));
}

/**
 * Whether the visitor typed a name of the domain itself (one of the general entry's `names`, such
 * as "sex" or "therapist"): then other subjects they mention are part of their story ("can sex
 * therapy help after my vasectomy"), not what they ask about. What a lay phrase means does not
 * count: "recommend" means finding a therapist, and "recommend a good lawyer" names no therapist.
 */
export function namesDomain(units: readonly Unit[], general: GeneralEntry): boolean {
  return units.some((u) => u.words.some((w) => general.names.has(w.stem)));
}
