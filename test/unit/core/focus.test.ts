import { describe, expect, it } from 'vitest';
import { CONTEXT_WEIGHT, MAX_QUERY_WORDS, weighedWords } from '../../../src/core/focus.ts';

const weightOf = (text: string, word: string) => {
  const { words, weights } = weighedWords(text);
  return weights[words.indexOf(word)];
};

describe('focus on the question in a long message', () => {
  it('weighs a one-sentence question evenly', () => {
    expect(weighedWords('how much does it cost').weights.every((w) => w === 1)).toBe(true);
  });

  it('weighs the sentence with a question mark fully and the story around it less', () => {
    const text = 'My husband and I have been married ten years. What does a session cost? Thanks.';
    expect(weightOf(text, 'cost')).toBe(1);
    expect(weightOf(text, 'married')).toBe(CONTEXT_WEIGHT);
  });

  it('treats a clause opening with a question word as the question', () => {
    const text = 'the kids are at their grandparents tonight, is there much reading between sessions';
    expect(weightOf(text, 'reading')).toBe(1);
    expect(weightOf(text, 'kids')).toBe(CONTEXT_WEIGHT);
  });

  it('treats a clause as the question when a question word follows lead-in words ("ok so what is ...")', () => {
    const { words, weights } = weighedWords('ok so what is sensate focus. my partner read about it');
    expect(weights[words.indexOf('sensate')]).toBe(1);
    expect(weights[words.indexOf('partner')]).toBe(CONTEXT_WEIGHT);
  });

  it('falls back to the last sentence when nothing asks', () => {
    const text = 'I have been with my partner for years. Sex has started to hurt.';
    expect(weightOf(text, 'hurt')).toBe(1);
    expect(weightOf(text, 'years')).toBe(CONTEXT_WEIGHT);
  });

  it('keeps only the last words of a very long message', () => {
    const { words } = weighedWords(`${'story '.repeat(1000)} insurance?`);
    expect(words.length).toBe(MAX_QUERY_WORDS);
    expect(words.at(-1)).toBe('insurance');
  });
});
