/**
 * Reads the normalised words of a text and what each stands for, looking every word up in a table
 * of the words met before straight from the text's characters. Indexing a corpus meets the same few
 * thousand words hundreds of thousands of times: making a string of each, hashing it and looking it
 * up three times (text-speak, stopwords, stem) cost more than the rest of the build together.
 * Gives exactly the words `normalise` would, then split at spaces.
 */
import { nextContraction, normalise, spellOut } from './normalise.ts';
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

// The table: open addressing with linear probing. Per slot, the word's number + 1 (0 for a free
// slot) and its hash; per word, where its characters start in `chars`, its length and its parts.
// Typed arrays keep a probe within a few cache lines, where objects and strings are scattered.
let slotWord = new Int32Array(FIRST_SLOTS);
let slotHash = new Int32Array(FIRST_SLOTS);
let chars = new Uint16Array(8 * FIRST_SLOTS);
let charCount = 0;
let wordStart = new Int32Array(FIRST_SLOTS / 2);
let wordLength = new Int32Array(FIRST_SLOTS / 2);
let wordParts: WordParts[] = [];

function emptyTable(): void {
  slotWord = new Int32Array(FIRST_SLOTS);
  slotHash = new Int32Array(FIRST_SLOTS);
  chars = new Uint16Array(8 * FIRST_SLOTS);
  charCount = 0;
  wordStart = new Int32Array(FIRST_SLOTS / 2);
  wordLength = new Int32Array(FIRST_SLOTS / 2);
  wordParts = [];
}

function partsOf(word: string): WordParts {
  const spelled = TEXT_SPEAK.get(word)?.split(' ') ?? [word];
  const words = spelled.filter((w) => !isStopword(w));
  return { spelled, words, stems: words.map(stem), mark: 0 };
}

/** `array`, or a copy with room for at least `needed` items. */
function withRoom<T extends Int32Array | Uint16Array>(array: T, needed: number): T {
  if (array.length >= needed) return array;
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(needed, 2 * array.length));
  bigger.set(array);
  return bigger;
}

function place(number: number, hash: number): void {
  const mask = slotWord.length - 1;
  let i = hash & mask;
  while ((slotWord[i] ?? 0) !== 0) i = (i + 1) & mask;
  slotWord[i] = number + 1;
  slotHash[i] = hash;
}

function add(word: string, hash: number): WordParts {
  const number = wordParts.length;
  const parts = partsOf(word);
  wordParts.push(parts);
  wordStart = withRoom(wordStart, number + 1);
  wordLength = withRoom(wordLength, number + 1);
  chars = withRoom(chars, charCount + word.length);
  wordStart[number] = charCount;
  wordLength[number] = word.length;
  for (let j = 0; j < word.length; j++) chars[charCount++] = word.charCodeAt(j);
  if (2 * wordParts.length <= slotWord.length) place(number, hash);
  else {
    const hashes: number[] = [];
    slotWord.forEach((slot, i) => {
      if (slot !== 0) hashes[slot - 1] = slotHash[i] ?? 0;
    });
    hashes[number] = hash;
    slotWord = new Int32Array(2 * slotWord.length);
    slotHash = new Int32Array(slotWord.length);
    hashes.forEach((h, n) => place(n, h));
  }
  return parts;
}

/**
 * The parts of the word `s.slice(start, end)`, lower-cased when `fold` (ASCII text, whose word
 * characters `c | 32` lower-cases); `hash` is FNV-1a of the word's (folded) characters.
 */
function find(s: string, start: number, end: number, hash: number, fold: boolean): WordParts {
  const mask = slotWord.length - 1;
  for (let i = hash & mask; ; i = (i + 1) & mask) {
    const number = (slotWord[i] ?? 0) - 1;
    if (number < 0) break;
    if (slotHash[i] !== hash || wordLength[number] !== end - start) continue;
    const offset = (wordStart[number] ?? 0) - start;
    let j = start;
    if (fold) while (j < end && (s.charCodeAt(j) | 32) === chars[offset + j]) j++;
    else while (j < end && s.charCodeAt(j) === chars[offset + j]) j++;
    if (j === end) return wordParts[number] as WordParts;
  }
  return add(fold ? s.slice(start, end).toLowerCase() : s.slice(start, end), hash);
}

function findWord(word: string): WordParts {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return find(word, 0, word.length, hash, false);
}

/** `scan` met a character outside plain ASCII: the text needs `normalise`. */
const FOREIGN = -1;
/** `scan` met an apostrophe, a slash or "%": contractions, "w/" and "%" need spelling out first. */
const UNSPELLED = -2;

/** Where the last `scan` that returned UNSPELLED stopped: the words read, and where the next began. */
let unspelledCount = 0;
let unspelledAt = 0;

/**
 * Puts the parts of the words of `s` from `from` to `to` into `into` from `count` on; returns the
 * new count, FOREIGN, or UNSPELLED when `spelled` is false and an apostrophe, a slash or "%" is met.
 * Every run of characters other than `a-z`, `A-Z` and `0-9` parts words, as `normalise` turns it
 * into a space.
 */
function scan(s: string, from: number, to: number, into: WordParts[], count: number, spelled: boolean): number {
  let found = count;
  let start = -1;
  let hash = 0;
  for (let i = from; i < to; i++) {
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
    // Tab, line feed and carriage return are plain ASCII to `normalise`, other controls are not.
    if (c > 126 || (c < 32 && c !== 9 && c !== 10 && c !== 13)) return FOREIGN;
    if (!spelled && (c === 39 || c === 47 || c === 37)) {
      unspelledCount = found;
      unspelledAt = start >= 0 ? start : i;
      return UNSPELLED;
    }
    if (start >= 0) {
      into[found++] = find(s, start, i, hash, true);
      start = -1;
    }
  }
  if (start >= 0) into[found++] = find(s, start, to, hash, true);
  return found;
}

/**
 * The rest of an ASCII text with apostrophes but no slash, from `from` on, after `count` words:
 * the stretches between contractions are read as they are, each contraction as the words it
 * spells out. A contraction starts and ends at a word boundary, so no word runs across one; the
 * first cannot start before the word that the first apostrophe ends, where reading stopped.
 */
function readContractions(text: string, from: number, into: WordParts[], count: number): number {
  let found = count;
  let done = from;
  for (let c = nextContraction(text, done, true); c !== undefined; c = nextContraction(text, done, true)) {
    found = scan(text, done, c.start, into, found, true);
    if (found === FOREIGN) return FOREIGN;
    for (const word of c.spelled.split(' ')) if (word !== '') into[found++] = findWord(word);
    done = c.end;
  }
  return scan(text, done, text.length, into, found, true);
}

/** Puts the parts of each normalised word of `text` into `into`, in reading order; returns how many. */
export function readWordParts(text: string, into: WordParts[]): number {
  if (wordParts.length >= WORDS_LIMIT) emptyTable();
  let count = scan(text, 0, text.length, into, 0, false);
  if (count === UNSPELLED) {
    if (text.includes('/') || text.includes('%')) {
      // Rare ("w/", "and/or", "15%"): spelled out as `normalise` does. Lower case first, as there: text
      // that only becomes ASCII then (the Kelvin sign) is read as ASCII.
      const s = spellOut(text.toLowerCase());
      count = scan(s, 0, s.length, into, 0, true);
    } else count = readContractions(text, unspelledAt, into, unspelledCount);
  }
  if (count === FOREIGN) {
    count = 0;
    for (const word of normalise(text).split(' ')) if (word !== '') into[count++] = findWord(word);
  }
  return count;
}
