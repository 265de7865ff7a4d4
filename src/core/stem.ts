import { stemmer } from 'stemmer';

/** Irregular forms the Porter rules cannot reach, mapped to the form they stem like. */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['came', 'come'],
  ['felt', 'feel'],
  ['went', 'go'],
  ['gone', 'go'],
  ['got', 'get'],
  ['gotten', 'get'],
  ['made', 'make'],
  ['took', 'take'],
  ['taken', 'take'],
  ['thought', 'think'],
  ['knew', 'know'],
  ['told', 'tell'],
  ['paid', 'pay'],
  ['slept', 'sleep'],
  ['spoke', 'speak'],
  ['spoken', 'speak'],
  ['men', 'man'],
  ['women', 'woman'],
  ['wives', 'wife'],
  ['children', 'child'],
  ['people', 'person'],
  ['worse', 'bad'],
  ['worst', 'bad'],
  // Adverbs Porter leaves apart from their adjective ("quickli"); only those whose sense is the
  // adjective's ("kindly" is not "kind", "properly" not "proper", "weekly" not "week")
  ['quickly', 'quick'],
  ['slowly', 'slow'],
]);

/**
 * Words whose Porter stem belongs to another sense, kept apart: "effective" (does it work) would
 * stem like "effects" (a medicine's side effects), "sexuality" (who one is drawn to) like
 * "sexual", which nearly every entry uses, and "lately" (recently) like "late".
 */
const OWN_STEM: ReadonlyMap<string, string> = new Map([
  ['lately', 'lately'],
  ['sexuality', 'sexuality'],
  ['sexualities', 'sexuality'],
  ['effective', 'effective'],
  ['effectively', 'effective'],
  ['effectiveness', 'effective'],
  ['ineffective', 'ineffective'],
]);

/**
 * Most stems remembered (unit: distinct words). The Porter rules run several regular expressions
 * per word, many times a look-up; indexing asks once per distinct word (see `word-parts.ts`),
 * queries and the lay table ask again. Emptied when full so a long-lived page cannot grow it
 * without bound.
 */
const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();

/**
 * The stem every number shares, in digits or spelled out ("10", "ten", "twelve"): "like 10 sessions"
 * asks about a count, as an entry saying "six to twelve sessions" answers one. Helped the odd half of
 * the development set (+1 top-1, even half unchanged, highest off-topic score 0.396 → 0.394).
 */
export const NUMBER_STEM = '0';

/** Spelled-out numbers ("one" is a stopword: "the one I love"). */
const NUMBER_WORDS: ReadonlySet<string> = new Set(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty hundred'.split(' '),
);

/** Light stemming (Porter), so "sessions" and "session", "hurts" and "hurting" meet. */
export function stem(word: string): string {
  let hit = cache.get(word);
  if (hit === undefined) {
    hit = /^\d+$/u.test(word) || NUMBER_WORDS.has(word) ? NUMBER_STEM : (OWN_STEM.get(word) ?? stemmer(IRREGULAR.get(word) ?? word));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, hit);
  }
  return hit;
}
