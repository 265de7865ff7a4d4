import type { Bm25fIndex } from './bm25f.ts';
import { generality, type Unit } from './query.ts';

/**
 * Credit for a unit matched only through its lay meaning, against 1 for the visitor's own word
 * (0..1). A recognised phrase is good evidence, but weaker than the entry using the visitor's word.
 */
export const LAY_CREDIT = 0.8;

/**
 * Weight of a word no entry uses, as a share of the rarest known word's (0..1). Off-topic questions
 * are mostly such words; in-domain ones have a few too (a drug's name, a place), so they weigh
 * less than a word that proves the topic.
 */
export const UNKNOWN_WEIGHT = 0.5;

/**
 * The matched weight that counts as full evidence, as the idf of a word used by this share of the
 * entries (0..1). One word as specific as "homework" or "insurance" is enough; "want" or "sex" is not.
 * 0.11–0.2 ranked better than 0.1 on the development set (odd half +1, even half and refusals unchanged).
 */
export const EVIDENCE_SHARE = 0.14;

/**
 * Most weight a message's words can weigh against an entry, as a multiple of full evidence (see
 * EVIDENCE_SHARE). A long story says many things no entry is about; past this, more story no longer
 * dilutes what the entry does match. 6 helped the even half of the development set (+2, odd half
 * unchanged) and left every off-topic score as it was; 5.5 and below raise off-topic scores.
 */
export const COVERAGE_CAP = 6;

/**
 * Units of the visitor's that must match for full confidence, when they said that many (count).
 * Off-topic questions share one word with an entry by chance far more often than two.
 */
export const AGREEING_UNITS = 2;

/**
 * How much a unit tells entries apart: its rarest own word the corpus knows; for a lay word the
 * corpus does not use, the rarest word it stands for (a synonym is no more telling than the word it
 * means: "recommend" → find is as common as "find"); for a word nothing knows, a fixed share. A
 * phrase of several words is as telling as the rarest of its words or meanings: "can my husband
 * come too" asks about couples' sessions, which "husband" alone does not say (guard set +2 top-1,
 * every other figure unchanged).
 */
function importance(unit: Unit, index: Bm25fIndex): number {
  let best = 0;
  for (const w of unit.words) if (index.has(w.stem)) best = Math.max(best, index.idf(w.stem) * generality(w.stem, index));
  if (best > 0 && !unit.idiom) return best;
  for (const s of unit.means) if (index.has(s)) best = Math.max(best, index.idf(s));
  return best > 0 ? best : UNKNOWN_WEIGHT * index.rareIdf;
}

function credit(unit: Unit, doc: number, index: Bm25fIndex): number {
  let best = 0;
  for (const w of unit.words) best = Math.max(best, w.credit * index.fieldCredit(w.stem, doc));
  for (const s of unit.means) best = Math.max(best, LAY_CREDIT * index.fieldCredit(s, doc));
  return best;
}

interface Ideas {
  /** For each unit, the index of the unit whose idea it repeats (its own when none). */
  readonly of: readonly number[];
  /**
   * How many ideas the question asks, at least 1. Ideas told only in the story around the question
   * ("I am from Brazil, ...") are not what was asked.
   */
  readonly said: number;
}

/**
 * The visitor's ideas: a plain word of the corpus that another unit's lay phrase means ("how much …
 * cost": "how much" means cost) is one idea said twice. Lay units that mean the same ("single", "no
 * partner") are separate evidence, as the visitor put it two ways.
 */
function ideasOf(units: readonly Unit[]): Ideas {
  const of = units.map((unit, i) => {
    const word = unit.means.length === 0 && unit.words.length === 1 ? unit.words[0]?.stem : undefined;
    const same = word === undefined ? -1 : units.findIndex((other) => other.means.includes(word));
    return same < 0 ? i : same;
  });
  return { of, said: new Set(of.filter((_, i) => (units[i]?.weight ?? 0) >= 1)).size || 1 };
}

/** Ideas per query, computed once for all the entries it is scored against. */
const ideaCache = new WeakMap<readonly Unit[], Ideas>();

/**
 * Confidence that entry `doc` answers the query, in 0..1: the idf-weighted share of the visitor's
 * own units the entry matches (expansions never count as the visitor's words), scaled down when
 * everything matched is generic.
 */
export function confidence(units: readonly Unit[], doc: number, index: Bm25fIndex): number {
  let ideas = ideaCache.get(units);
  if (!ideas) ideaCache.set(units, (ideas = ideasOf(units)));
  let total = 0;
  let matched = 0;
  const agreeing = new Set<number>();
  let phraseAgrees = false;
  units.forEach((unit, i) => {
    const weight = unit.weight * importance(unit, index);
    const c = credit(unit, doc, index);
    total += weight;
    matched += weight * c;
    if (c > 0) agreeing.add(ideas.of[i] ?? i);
    // A lay phrase of several of the visitor's own words is no chance match.
    if (c > 0 && unit.idiom && unit.words.length >= 2) phraseAgrees = true;
  });
  if (total === 0) return 0;
  const coverage = matched / Math.min(total, COVERAGE_CAP * index.idfAtShare(EVIDENCE_SHARE));
  const evidence = Math.min(1, matched / index.idfAtShare(EVIDENCE_SHARE));
  // One shared idea is weak evidence when the visitor said more: "cover letter" is not insurance,
  // nor is "how much does it cost to repaint a room" (how much, cost: one idea) the fees.
  const agreement = phraseAgrees ? 1 : Math.min(1, agreeing.size / Math.min(ideas.said, AGREEING_UNITS));
  return Math.min(1, coverage * evidence * agreement);
}
