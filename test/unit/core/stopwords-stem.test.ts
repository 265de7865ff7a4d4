import { describe, expect, it } from 'vitest';
import { NUMBER_STEM, stem } from '../../../src/core/stem.ts';
import { isStopword } from '../../../src/core/stopwords.ts';

describe('stopwords', () => {
  it('keeps the words that carry meaning in this domain', () => {
    for (const word of ['alone', 'together', 'first', 'partner', 'long', 'never', 'often', 'many', 'want', 'ask', 'after']) {
      expect(isStopword(word), word).toBe(false);
    }
  });

  it('drops function words, question words and chat filler', () => {
    for (const word of ['the', 'is', 'what', 'how', 'my', 'would', 'lol', 'basically', 'really']) {
      expect(isStopword(word), word).toBe(true);
    }
  });

  it('keeps numbers and words with digits', () => {
    expect(isStopword('58')).toBe(false);
    expect(isStopword('b4')).toBe(false);
  });
});

describe('stem', () => {
  it('merges word forms a visitor may use', () => {
    expect(stem('sessions')).toBe(stem('session'));
    expect(stem('hurting')).toBe(stem('hurts'));
    expect(stem('therapists')).toBe(stem('therapist'));
    expect(stem('orgasms')).toBe(stem('orgasm'));
  });

  it('reaches irregular forms', () => {
    expect(stem('came')).toBe(stem('coming'));
    expect(stem('felt')).toBe(stem('feeling'));
    expect(stem('wives')).toBe(stem('wife'));
  });

  it('reads every number, in digits or spelled out, as one stem', () => {
    expect(stem('10')).toBe(NUMBER_STEM);
    expect(stem('ten')).toBe(NUMBER_STEM);
    expect(stem('twelve')).toBe(stem('2026'));
    expect(stem('tension')).not.toBe(NUMBER_STEM);
  });

  it('reads "quickly" as "quick", which Porter leaves apart', () => {
    expect(stem('quickly')).toBe(stem('quick'));
    expect(stem('sexually')).toBe(stem('sexual'));
  });

  it('keeps an adverb apart from a word of another sense', () => {
    expect(stem('kindly')).not.toBe(stem('kind'));
    expect(stem('hardly')).not.toBe(stem('hard'));
    expect(stem('weekly')).not.toBe(stem('week'));
    expect(stem('family')).toBe(stem('families'));
  });

  it('keeps unrelated words apart', () => {
    expect(stem('therapy')).not.toBe(stem('therapist'));
    expect(stem('cost')).not.toBe(stem('coast'));
  });
});

describe('stems of another sense', () => {
  it('keeps "effective" (does it work) apart from "effects" (side effects)', () => {
    expect(stem('effective')).not.toBe(stem('effects'));
    expect(stem('effectiveness')).toBe(stem('effective'));
    expect(stem('effect')).toBe(stem('effects'));
  });

  it('keeps "lately" (recently) apart from "late"', () => {
    expect(stem('lately')).not.toBe(stem('late'));
  });

  it('keeps "sexuality" (who one is drawn to) apart from "sexual"', () => {
    expect(stem('sexuality')).not.toBe(stem('sexual'));
    expect(stem('sexualities')).toBe(stem('sexuality'));
  });
});
