import type { Bm25fIndex } from './bm25f.ts';
import type { LayPhrases } from './lay-phrases.ts';
import { stem } from './stem.ts';
import { isStopword, STOPWORDS } from './stopwords.ts';
import { weighedWords } from './focus.ts';
import { isCorrectable, type TypoCorrector } from './typo-limits.ts';
import { otherTopicStemSteps } from './other-topics.ts';
import { domainStemSteps } from './domain-words.ts';
import { runThrough, type Steps } from './steps.ts';

/** Weight of a lay phrase's meaning in ranking, against 1 for a word the visitor typed (0..1). */
export const EXPANSION_WEIGHT = 0.6;

/** Weight of a typo-corrected word per edit made (0..1): "theraphy" → therapy counts 0.85. */
export const TYPO_CREDIT_PER_EDIT = 0.85;

/** A word the visitor typed that can identify a question. */
export interface VisitorWord {
  readonly stem: string;
  /** 1 as typed; less when it was a typo we corrected. */
  readonly credit: number;
}

/**
 * One thing the visitor said: a single word, or a lay phrase with the words it covers. Confidence is
 * measured per unit, so "can't get it up" is one idea, not four words.
 */
export interface Unit {
  readonly words: readonly VisitorWord[];
  /** What a lay phrase stands for; empty for a plain word. */
  readonly means: readonly string[];
  /**
   * A phrase of several words ("tracking down", "in the mood"): its words mean the phrase, not
   * themselves, so they rank at the expansions' weight.
   */
  readonly idiom: boolean;
  /** 1 in the clause that asks, less in the story around it (see `focus.ts`). */
  readonly weight: number;
}

export interface AnalysedQuery {
  readonly units: readonly Unit[];
  /** Stems to rank with and their weights. */
  readonly terms: ReadonlyMap<string, number>;
  /**
   * Words of the clause that asks (of the whole message, when it names nothing of the domain) that
   * name a subject this FAQ is not about (see `other-topics.ts`) and that the corpus does not use:
   * the question is most likely about that subject.
   */
  readonly elsewhere: readonly string[];
  /**
   * Lay phrases of the clause that asks that ask about a subject this FAQ does not answer (see
   * LayTerm.elsewhere), such as medical clearance for sex: naming sex or therapy in the same breath
   * is part of such a question, so unlike `elsewhere` it holds an answer back regardless.
   */
  readonly elsewherePhrases: readonly string[];
  /**
   * Whether the visitor's words, or what their lay phrases mean, name the domain's own vocabulary
   * (see `domain-words.ts`): sex, a partner, therapy, a body, this chat or the service.
   */
  readonly anchored: boolean;
}

/** Stems of the domain's own words and of other subjects' words, which queries are checked against. */
interface WordTables {
  readonly domain: ReadonlySet<string>;
  readonly other: ReadonlySet<string>;
}

let tables: WordTables | undefined;

/**
 * The word tables, stemmed once, pausing after each row: a browser does this in slices while the
 * index is built (see `matcherSteps`), not inside the first question.
 */
export function* wordTableSteps(): Steps<WordTables> {
  return (tables ??= { domain: yield* domainStemSteps(), other: yield* otherTopicStemSteps() });
}

const wordTables = (): WordTables => tables ?? runThrough(wordTableSteps());

function namesDomainWords(units: readonly Unit[]): boolean {
  const words = wordTables().domain;
  return units.some((u) => u.words.some((w) => words.has(w.stem)) || u.means.some((s) => words.has(s)));
}

/** Words a question uses to point back at what the sentence before it named: "can you recommend one". */
const POINTERS: ReadonlySet<string> = new Set(['one', 'ones', 'it', 'them', 'they', 'that', 'this', 'those', 'these']);

/**
 * Words from the other-topics table that neither the corpus nor the lay table knows: those of the
 * asking clause, or of the whole message when the asking clause points back at what came before and
 * names nothing of the domain itself ("I need a divorce lawyer. Can you recommend one in the area?").
 */
function elsewhereWords(words: readonly string[], weights: readonly number[], ctx: QueryContext): string[] {
  const { other, domain } = wordTables();
  const asking = words.filter((_, i) => weights[i] === 1);
  const pointsBack = asking.some((w) => POINTERS.has(w)) && !asking.some((w) => domain.has(stem(w)));
  return words.filter(
    (w, i) => (weights[i] === 1 || pointsBack) && !isStopword(w) && !ctx.lay.words.has(w) && other.has(stem(w)) && !ctx.index.has(stem(w)),
  );
}

export interface QueryContext {
  readonly index: Bm25fIndex;
  readonly lay: LayPhrases;
  /** Absent until a corrector is loaded: unknown words then stay as typed. */
  readonly typos: TypoCorrector | undefined;
}

function isKnown(word: string, ctx: QueryContext): boolean {
  return STOPWORDS.has(word) || ctx.lay.words.has(word) || ctx.index.has(stem(word));
}

/**
 * Adverbs and nouns built on a known word ("jointly", "closeness") read as that word, and an
 * adjective as its noun or the other way round ("violent" → violence, "reluctance" → reluctant);
 * the Porter stemmer leaves these suffixes apart. Tried only for words the corpus does not know.
 * The -ent/-ence and -ant/-ance pairs helped the even half of the development set (+1 top-1, odd
 * half and every off-topic score unchanged).
 */
const DERIVATIONS: readonly (readonly [suffix: string, replacement: string])[] = [
  ['ily', 'y'],
  ['ly', ''],
  ['ness', ''],
  ['ent', 'ence'],
  ['ant', 'ance'],
  ['ence', 'ent'],
  ['ance', 'ant'],
];

function knownBase(word: string, ctx: QueryContext): string | undefined {
  for (const [suffix, replacement] of DERIVATIONS) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    const base = word.slice(0, -suffix.length) + replacement;
    if (isKnown(base, ctx)) return base;
  }
  return undefined;
}

/**
 * Weight of a word the corpus knows only from incidental places, against 1 for the domain's own
 * vocabulary (0..1). In a small corpus, an everyday word in one alternate ("forever", "office",
 * "back") looks as rare as "vaginismus"; it should count, but not decide. 0.6 helped both halves
 * of the development set (0.4 started to cost top-3).
 */
export const GENERIC_WEIGHT = 0.6;

/** GENERIC_WEIGHT for a known word that is not the domain's own vocabulary (see `topical`), else 1. */
export function generality(s: string, index: Bm25fIndex): number {
  return index.has(s) && !index.topical(s) ? GENERIC_WEIGHT : 1;
}

/**
 * Share of entries (0..1) below which a domain word is specific enough to name the topic (0.07–0.14
 * ranked the same on the development set).
 */
const TOPIC_SHARE = 0.1;

/**
 * A word's weight from its place in the message (see `focus.ts`), except that a specific word of the
 * domain's vocabulary keeps full weight in the story too: "I was told it is vaginismus. What can I
 * do?" asks about vaginismus, though "vaginismus" is not in the clause that asks. Helped both halves
 * of the development set; everyday story words still count less, and so does a feeling (lay rows
 * marked `feeling`): "I'm a bit anxious. How long is each session?" asks how long a session is.
 */
function storyWeight(weight: number, stems: readonly string[], ctx: QueryContext): number {
  if (weight >= 1) return weight;
  const { index, lay } = ctx;
  return stems.some((s) => !lay.feelings.has(s) && index.topical(s) && index.idf(s) >= index.idfAtShare(TOPIC_SHARE)) ? 1 : weight;
}

/** Words of `text` that only a typo corrector could read: when there are any, one is worth loading. */
export function correctableWords(text: string, ctx: QueryContext): string[] {
  return weighedWords(text).words.filter((w) => !isStopword(w) && !isKnown(w, ctx) && knownBase(w, ctx) === undefined && isCorrectable(w));
}

export function analyseQuery(text: string, ctx: QueryContext): AnalysedQuery {
  const { words, weights } = weighedWords(text);
  const credits = words.map(() => 1);
  const corrected = words.map((word, i) => {
    if (isStopword(word) || isKnown(word, ctx)) return word;
    const base = knownBase(word, ctx);
    if (base !== undefined) return base;
    const fix = ctx.typos?.correct(word);
    if (!fix) return word;
    credits[i] = TYPO_CREDIT_PER_EDIT ** fix.edits;
    return fix.word;
  });
  const stems = corrected.map(stem);

  // A phrase that means nothing takes the phrases inside it along ("so embarrassing but" is a
  // preface, not embarrassment); a phrase that ends a longer one yields to it (below); other
  // overlapping lay phrases merge into one unit ("my counsellor messages me" and "my counsellor ...
  // on instagram").
  const found = ctx.lay.find(stems);
  const fillers = found.filter((m) => m.means.length === 0);
  const meant = found.filter((m) => m.means.length === 0 || !fillers.some((f) => f.start <= m.start && m.end <= f.end));
  // A phrase that ends a longer one yields to it: "slept together" (sex) in "not slept together" (a
  // sexless marriage). One that starts it keeps its sense: "my counsellor messages me" (a warning sign)
  // in "my counsellor messages me on instagram" (social media).
  const kept = meant.filter((m) => !meant.some((o) => o.means.length > 0 && o.start < m.start && m.end === o.end));
  const spans: { start: number; end: number; means: Set<string>; idiom: boolean; meaningOnly: boolean }[] = [];
  for (const m of kept.toSorted((a, b) => a.start - b.start || b.end - a.end)) {
    const last = spans.at(-1);
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      last.idiom = last.end - last.start > 1;
      last.meaningOnly &&= m.meaningOnly;
      for (const s of m.means) last.means.add(s);
    } else spans.push({ start: m.start, end: m.end, means: new Set(m.means), idiom: m.end - m.start > 1, meaningOnly: m.meaningOnly });
  }

  const units: Unit[] = [];
  const plain = new Map<string, Unit>();
  const addWord = (i: number) => {
    if (isStopword(corrected[i] ?? '')) return;
    const unit: Unit = { words: [{ stem: stems[i] ?? '', credit: credits[i] ?? 1 }], means: [], idiom: false, weight: storyWeight(weights[i] ?? 1, [stems[i] ?? ''], ctx) };
    // A repeated word counts once, at its strongest.
    const seen = plain.get(unit.words[0]?.stem ?? '');
    if (seen && seen.weight >= unit.weight) return;
    if (seen) units.splice(units.indexOf(seen), 1);
    plain.set(unit.words[0]?.stem ?? '', unit);
    units.push(unit);
  };
  let next = 0;
  for (const span of spans) {
    for (let i = next; i < span.start; i++) addWord(i);
    next = span.end;
    // A phrase that means nothing ("quick question") is dropped with its words.
    if (span.means.size === 0) continue;
    const own: VisitorWord[] = [];
    // A phrase whose words mean only the phrase ("find out") keeps none of them as the visitor's own.
    for (let i = span.start; i < span.end && !span.meaningOnly; i++) {
      if (!isStopword(corrected[i] ?? '')) own.push({ stem: stems[i] ?? '', credit: credits[i] ?? 1 });
    }
    units.push({ words: own, means: [...span.means], idiom: span.idiom, weight: storyWeight(weights[span.start] ?? 1, [...span.means], ctx) });
  }
  for (let i = next; i < stems.length; i++) addWord(i);

  const terms = new Map<string, number>();
  const add = (s: string, weight: number) => terms.set(s, Math.max(terms.get(s) ?? 0, weight));
  for (const unit of units) {
    for (const w of unit.words) add(w.stem, unit.weight * generality(w.stem, ctx.index) * (unit.idiom ? Math.min(w.credit, EXPANSION_WEIGHT) : w.credit));
    for (const s of unit.means) add(s, unit.weight * EXPANSION_WEIGHT);
  }
  const anchored = namesDomainWords(units);
  // A story around a question about sex therapy may name anything; one that names nothing of the
  // domain is about what it does name: "got chlamydia, how long till the antibiotics work".
  const asking = anchored ? weights : weights.map(() => 1);
  const elsewherePhrases = found.filter((m) => m.elsewhere && asking[m.start] === 1).map((m) => words.slice(m.start, m.end).join(' '));
  return { units, terms, elsewhere: elsewhereWords(words, asking, ctx), elsewherePhrases, anchored };
}
