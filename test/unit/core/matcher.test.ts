import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/matcher.ts';
import { correctorFor, createCorrectingMatcher } from '../../../src/core/typo.ts';
import { ANSWER_THRESHOLD, SUGGEST_THRESHOLD, verdictFor } from '../../../src/core/thresholds.ts';
import { SMALL_CORPUS } from './small-corpus.ts';

const matcher = createCorrectingMatcher(SMALL_CORPUS);
const first = (q: string) => matcher.match(q).results[0]?.id;

describe('ranking', () => {
  it('finds the entry from its own question, with full confidence', () => {
    const outcome = matcher.match('How much does sex therapy cost?');
    expect(outcome.results[0]).toEqual({ id: 'cost', score: 1 });
    expect(outcome.verdict).toBe('answer');
  });

  it('finds entries from a single keyword, with or without punctuation', () => {
    expect(first('fees?')).toBe('cost');
    expect(first('Insurance')).toBe('insurance');
    expect(first('homework!!')).toBe('homework');
  });

  it('understands lay language through the lay-term table', () => {
    expect(first("can't get it up")).toBe('arousal-erectile');
    expect(first('how much is it')).toBe('cost');
    expect(first('sex hurts')).toBe('sexual-pain');
  });

  it('reads typos as the words meant', () => {
    expect(first('insurence?')).toBe('insurance');
    expect(first('confidentialty')).toBe('confidentiality');
  });

  it('reads an adjective the corpus lacks as its noun, and a noun as its adjective', () => {
    const docs = [
      ...SMALL_CORPUS,
      { id: 'violence', question: 'What if there was violence at home?', alternates: [], keywords: ['violence'], answer: 'You are not to blame.' },
      { id: 'reluctant', question: 'What if my partner is reluctant to come?', alternates: [], keywords: ['reluctant'], answer: 'Many are, at first.' },
    ];
    const m = createCorrectingMatcher(docs);
    expect(m.match('my dad was violent').results[0]?.id).toBe('violence');
    expect(m.match('his reluctance').results[0]?.id).toBe('reluctant');
  });

  it('weighs a rare word above a common one', () => {
    // "therapy" is in many entries, "vaginismus" in one.
    expect(first('therapy for vaginismus')).toBe('sexual-pain');
  });

  it('prefers an entry matching in its question fields over one mentioning the word in its answer', () => {
    // "doctor" appears only in the pain answer; "erection" in the arousal entry's keywords.
    expect(first('erection doctor')).toBe('arousal-erectile');
  });

  it('returns at most 5 candidates, best first, scores in 0..1', () => {
    const { results } = matcher.match('sex therapy session partner alone couple cost insurance pain');
    expect(results.length).toBeLessThanOrEqual(5);
    for (let i = 1; i < results.length; i++) expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score);
    for (const r of results) expect(r.score).toBeGreaterThanOrEqual(0);
  });
});

describe('confidence and verdicts', () => {
  it('refuses off-topic questions', () => {
    for (const q of ["what's the weather", 'best pizza near me', 'how do I reset my password', 'nba scores']) {
      expect(matcher.match(q).verdict, q).not.toBe('answer');
    }
  });

  it('gives nothing at all for empty or wordless input', () => {
    for (const q of ['', '   ', '?!', '😳🥲']) expect(matcher.match(q)).toEqual({ verdict: 'none', results: [] });
  });

  it('does not let a lay expansion count as the visitor\'s own words', () => {
    // "bananas" is unknown, so a question that is mostly off-topic stays below the answer line.
    expect(matcher.match('how much are bananas and apples at the market').verdict).not.toBe('answer');
  });

  it('is less sure when only some of the visitor\'s words match', () => {
    const full = matcher.match('insurance coverage').results[0]?.score ?? 0;
    const part = matcher.match('insurance for my cat grooming salon').results[0]?.score ?? 0;
    expect(part).toBeLessThan(full);
  });

  it('maps confidence to verdicts at the thresholds', () => {
    expect(SUGGEST_THRESHOLD).toBeLessThan(ANSWER_THRESHOLD);
    expect(verdictFor(1)).toBe('answer');
    expect(verdictFor(ANSWER_THRESHOLD)).toBe('answer');
    expect(verdictFor(ANSWER_THRESHOLD - 0.001)).toBe('suggest');
    expect(verdictFor(SUGGEST_THRESHOLD)).toBe('suggest');
    expect(verdictFor(SUGGEST_THRESHOLD - 0.001)).toBe('none');
    expect(verdictFor(0)).toBe('none');
  });
});

describe('suggestions while typing', () => {
  it('completes a half-typed word', () => {
    expect(matcher.suggest('insur').map((c) => c.id)).toContain('insurance');
    expect(matcher.suggest('is there homew')[0]?.id).toBe('homework');
  });

  it('offers at most `limit` questions', () => {
    expect(matcher.suggest('sex therapy', 2).length).toBeLessThanOrEqual(2);
    expect(matcher.suggest('sex therapy', 0)).toEqual([]);
  });

  it('offers nothing for one letter or off-topic text', () => {
    expect(matcher.suggest('i')).toEqual([]);
    expect(matcher.suggest('best pizza near')).toEqual([]);
  });
});

describe('createMatcher', () => {
  it('works on an empty corpus', () => {
    expect(createMatcher([]).match('cost')).toEqual({ verdict: 'none', results: [] });
  });
});

describe('typo correction on demand', () => {
  const withoutTypos = createMatcher(SMALL_CORPUS);

  it('names the words only a corrector could read, and nothing for known, short or stop words', () => {
    expect(withoutTypos.correctable('how much does theraphy cost')).toEqual(['theraphy']);
    expect(withoutTypos.correctable('how much does therapy cost')).toEqual([]);
    expect(withoutTypos.correctable('is it ok, xyz?')).toEqual([]);
  });

  it('reads a typo only once a corrector is given, and takes one that arrives later', () => {
    const loaded: { corrector?: ReturnType<typeof correctorFor> } = {};
    const late = createMatcher(SMALL_CORPUS, { typos: () => loaded.corrector });
    const typed = 'vaginismis treatment';
    expect(late.match(typed)).toEqual(withoutTypos.match(typed));
    loaded.corrector = correctorFor(SMALL_CORPUS);
    expect(late.match(typed)).toEqual(matcher.match(typed));
    expect(matcher.match(typed).results[0]?.id).not.toEqual(withoutTypos.match(typed).results[0]?.id);
  });
});
