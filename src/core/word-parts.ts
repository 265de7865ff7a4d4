/**
 * Reads the normalised words of a text and what each stands for, looking every word up in a table
 * of the words met before straight from the text's characters. Indexing a corpus meets the same few
 * thousand words hundreds of thousands of times: making a string of each, hashing it and looking it
 * up three times (text-speak, stopwords, stem) cost more than the rest of the build together.
 * Gives exactly the words `normalise` would, then split at spaces.
 */
import { normalise, spellOut } from './normalise.ts';
import { stem } from './stem.ts';
import { isStopword } from './stopwords.ts';
import { TEXT_SPEAK } from './text-speak.ts';

/** What one normalised word of a text stands for. */
export interface WordParts {
  /** The word, or the words its text-speak spells out ("idk" → i, do, not, know). */
  readonly spelled: readonly string[];
  /** Those that are not stopwords. */
  readonly words: readonly string[];
  /** Their stems. */
  readonly stems: readonly string[];
  /**
   * The last mark (see `newMark`) a reader put on the word: lets it skip words it has met before
   * in a group of texts without a Map look-up per word.
   */
  mark: number;
}

let lastMark = 0;

/** A mark no word has yet. */
export function newMark(): number {
  return ++lastMark;
}

interface Entry {
  readonly word: string;
  readonly hash: number;
  readonly parts: WordParts;
}

/**
 * Most words remembered (unit: distinct normalised words). A corpus of 2,000 entries has a few
 * thousand; the table is emptied before reading a text once it has this many, so a long-lived page
 * cannot grow it without bound.
 */
const WORDS_LIMIT = 50_000;
/** Slots of an empty table (a power of two); it doubles whenever it is half full. */
const FIRST_SLOTS = 1024;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Entry number + 1 per slot, 0 for a free slot; open addressing with linear probing. */
let slots = new Int32Array(FIRST_SLOTS);
let entries: Entry[] = [];

function partsOf(word: string): WordParts {
  const spelled = TEXT_SPEAK.get(word)?.split(' ') ?? [word];
  const words = spelled.filter((w) => !isStopword(w));
  return { spelled, words, stems: words.map(stem), mark: 0 };
}

function place(entry: Entry, number: number): void {
  const mask = slots.length - 1;
  let i = entry.hash & mask;
  while ((slots[i] ?? 0) !== 0) i = (i + 1) & mask;
  slots[i] = number + 1;
}

/**
 * The parts of the word `s.slice(start, end)`, lower-cased when `fold` (the text is ASCII, whose
 * word characters `c | 32` lower-cases); `hash` is FNV-1a of the word's (folded) characters.
 */
function find(s: string, start: number, end: number, hash: number, fold: boolean): WordParts {
  const mask = slots.length - 1;
  const length = end - start;
  for (let i = hash & mask; ; i = (i + 1) & mask) {
    const slot = slots[i] ?? 0;
    if (slot === 0) break;
    const entry = entries[slot - 1];
    if (entry === undefined || entry.hash !== hash || entry.word.length !== length) continue;
    let j = 0;
    while (j < length && (fold ? s.charCodeAt(start + j) | 32 : s.charCodeAt(start + j)) === entry.word.charCodeAt(j)) j++;
    if (j === length) return entry.parts;
  }
  const word = fold ? s.slice(start, end).toLowerCase() : s.slice(start, end);
  const entry = { word, hash, parts: partsOf(word) };
  entries.push(entry);
  if (entries.length * 2 > slots.length) {
    slots = new Int32Array(slots.length * 2);
    entries.forEach(place);
  } else place(entry, entries.length - 1);
  return entry.parts;
}

function hashOf(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

/** `scan` found a character outside plain ASCII: the text needs `normalise`. */
const FOREIGN = -1;
/** `scan` found an apostrophe or a slash: contractions and "w/" need spelling out first. */
const UNSPELLED = -2;

/**
 * Bounds of the words of an ASCII text: start, end and hash per word, into `bounds`; returns how
 * many, or FOREIGN or UNSPELLED. Every run of characters other than `a-z`, `A-Z` and `0-9` parts
 * words, as `normalise` turns it into a space. `bounds` must hold 3 numbers per possible word.
 */
function scan(s: string, bounds: Int32Array, contractionsDone: boolean): number {
  let count = 0;
  let start = -1;
  let hash = 0;
  let unspelled = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const folded = c | 32;
    if ((folded >= 97 && folded <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) {
        start = i;
        hash = FNV_OFFSET;
      }
      hash = Math.imul(hash ^ folded, FNV_PRIME);
      continue;
    }
    if (start >= 0) {
      bounds[count * 3] = start;
      bounds[count * 3 + 1] = i;
      bounds[count * 3 + 2] = hash;
      count++;
      start = -1;
    }
    // Tab, line feed and carriage return are plain ASCII to `normalise`, other controls are not.
    if (c > 126 || (c < 32 && c !== 9 && c !== 10 && c !== 13)) return FOREIGN;
    if (!contractionsDone && (c === 39 || c === 47)) unspelled = true;
  }
  if (start >= 0) {
    bounds[count * 3] = start;
    bounds[count * 3 + 1] = s.length;
    bounds[count * 3 + 2] = hash;
    count++;
  }
  return unspelled ? UNSPELLED : count;
}

/**
 * Most numbers of word bounds kept for the next text (3 per word): enough for a 64,000-character
 * answer; a longer text gets bounds of its own, so one pasted essay does not hold memory for good.
 */
const KEPT_BOUNDS = 3 * 32_000;
let keptBounds = new Int32Array(3 * 256);

/** Room for the word bounds of `s`: a word takes at least one character and one separator. */
function boundsFor(s: string): Int32Array {
  const needed = 3 * ((s.length + 1) >> 1);
  if (keptBounds.length >= needed) return keptBounds;
  const bounds = new Int32Array(Math.max(needed, 2 * keptBounds.length));
  if (bounds.length <= KEPT_BOUNDS) keptBounds = bounds;
  return bounds;
}

/** Puts the parts of each normalised word of `text` into `into`, in reading order; returns how many. */
export function readWordParts(text: string, into: WordParts[]): number {
  if (entries.length >= WORDS_LIMIT) {
    slots = new Int32Array(FIRST_SLOTS);
    entries = [];
  }
  let s = text;
  let bounds = boundsFor(s);
  let count = scan(s, bounds, false);
  if (count === UNSPELLED) {
    s = spellOut(text.toLowerCase());
    bounds = boundsFor(s);
    count = scan(s, bounds, true);
  }
  if (count === FOREIGN) {
    count = 0;
    for (const word of normalise(text).split(' ')) if (word !== '') into[count++] = find(word, 0, word.length, hashOf(word), false);
  } else {
    for (let k = 0; k < count; k++) into[k] = find(s, bounds[k * 3] ?? 0, bounds[k * 3 + 1] ?? 0, bounds[k * 3 + 2] ?? 0, true);
  }
  return count;
}
