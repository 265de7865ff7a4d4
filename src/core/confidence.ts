import type { Bm25fIndex } from './bm25f.ts';
import type { Unit } from './query.ts';

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
 */
export const EVIDENCE_SHARE = 0.1;

/** How much a unit tells entries apart: its rarest own word, or its meaning when it has no own words. */
function importance(unit: Unit, index: Bm25fIndex): number {
  const stems = unit.words.length > 0 ? unit.words.map((w) => w.stem) : unit.means;
  let best = 0;
  let known = false;
  for (const s of stems) {
    if (index.has(s)) known = true;
    best = Math.max(best, index.idf(s));
  }
  if (!known && unit.means.some((s) => index.has(s))) known = true;
  return known ? best : UNKNOWN_WEIGHT * index.rareIdf;
}

function credit(unit: Unit, doc: number, index: Bm25fIndex): number {
  let best = 0;
  for (const w of unit.words) best = Math.max(best, w.credit * index.fieldCredit(w.stem, doc));
  for (const s of unit.means) best = Math.max(best, LAY_CREDIT * index.fieldCredit(s, doc));
  return best;
}

/**
 * Confidence that entry `doc` answers the query, in 0..1: the idf-weighted share of the visitor's
 * own units the entry matches (expansions never count as the visitor's words), scaled down when
 * everything matched is generic.
 */
export function confidence(units: readonly Unit[], doc: number, index: Bm25fIndex): number {
  let total = 0;
  let matched = 0;
  for (const unit of units) {
    const weight = importance(unit, index);
    total += weight;
    matched += weight * credit(unit, doc, index);
  }
  if (total === 0) return 0;
  const coverage = matched / total;
  const evidence = Math.min(1, matched / index.idfAtShare(EVIDENCE_SHARE));
  return Math.min(1, coverage * evidence);
}
