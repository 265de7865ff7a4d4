import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/core/edit-distance.ts';
import { correctorFor, createTypoCorrector } from '../../../src/core/typo.ts';
import { maxEdits } from '../../../src/core/typo-limits.ts';

const vocabulary = new Map([
  ['therapist', 5],
  ['therapy', 9],
  ['insurance', 3],
  ['session', 8],
  ['sessions', 2],
  ['scared', 1],
  ['better', 1],
  ['orgasm', 4],
  ['clinic', 2],
]);
const typos = createTypoCorrector(vocabulary);

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('sesion', 'session', 3)).toBe(1);
    expect(editDistance('orgasim', 'orgasm', 3)).toBe(1);
    expect(editDistance('theraphy', 'therapy', 3)).toBe(1);
    expect(editDistance('teh', 'the', 3)).toBe(1);
    expect(editDistance('lisenced', 'licensed', 3)).toBe(2);
  });

  it('stops past the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('typo correction', () => {
  it.each([
    ['theraphist', 'therapist'],
    ['theraphy', 'therapy'],
    ['insurence', 'insurance'],
    ['sesion', 'session'],
    ['orgasim', 'orgasm'],
    ['clinc', 'clinic'],
  ])('reads %s as %s', (typed, meant) => {
    expect(typos.correct(typed)?.word).toBe(meant);
  });

  it('prefers the word more entries use when two are equally close', () => {
    // "sessiona" is one edit from both "session" (8 entries) and "sessions" (2).
    expect(typos.correct('sessiona')?.word).toBe('session');
  });

  it('leaves short words alone: they have too many real neighbours', () => {
    expect(maxEdits(4)).toBe(0);
    expect(typos.correct('sesn')).toBeUndefined();
    expect(maxEdits(5)).toBe(1);
  });

  it('does not turn real words outside the corpus into corpus words', () => {
    expect(typos.correct('scores')).toBeUndefined(); // two edits from "scared": too far for 6 letters
    expect(typos.correct('letter')).toBeUndefined(); // "better" starts with another letter
  });

  it('reports how many edits the correction took', () => {
    expect(typos.correct('insurence')).toEqual({ word: 'insurance', edits: 1 });
  });

  it('ignores words with digits or symbols', () => {
    expect(typos.correct('sessi0n')).toBeUndefined();
  });
});

describe('the vocabulary typos are corrected to', () => {
  const docs = [
    { id: 'sensate', question: 'What is sensate focus?', alternates: ['touching exercises'], keywords: ['sensate focus'], answer: 'Over several weeks, slowly move toward more intimate touch.' },
  ];

  it('is the words visitors ask with, not everyday words only an answer uses', () => {
    const corrector = correctorFor(docs);
    expect(corrector.correct('sensete')?.word).toBe('sensate');
    // "movie" is one edit from "move", which only the answer uses: a real word, left as typed.
    expect(corrector.correct('movie')).toBeUndefined();
  });
});

describe('a typo as close to a misspelling in an alternate as to the word meant', () => {
  it('goes to the word meant, which a question or keyword uses', () => {
    const docs = [
      { id: 'training', question: 'What training do therapists have?', alternates: ['what are their qualifacations'], keywords: ['qualifications'], answer: '' },
    ];
    // "qualifcations" is one letter from both.
    expect(correctorFor(docs).correct('qualifcations')?.word).toBe('qualifications');
  });
});
