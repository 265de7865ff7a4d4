import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../../src/cli/load-corpus.ts';
import { DOMAIN_WORDS, domainStemSteps, domainStems } from '../../../src/core/domain-words.ts';
import { otherTopicStems } from '../../../src/core/other-topics.ts';
import { toSearchDoc } from '../../../src/core/search-docs.ts';
import { stem } from '../../../src/core/stem.ts';
import { isStopword } from '../../../src/core/stopwords.ts';
import { ANSWER_THRESHOLD, UNANCHORED_THRESHOLD } from '../../../src/core/thresholds.ts';
import { createCorrectingMatcher } from '../../../src/core/typo.ts';

const matcher = createCorrectingMatcher(loadBundledCorpus('en').entries.map(toSearchDoc));

describe('questions that name nothing of the domain', () => {
  it('says it has no answer, offering nothing, when such a question matches an entry only weakly', () => {
    // Shares "tell" with confidentiality ("will they tell anyone"), and nothing of sex, partners or therapy.
    const outcome = matcher.match("how do I tell my boss I'm quitting");
    expect(outcome.verdict).toBe('none');
    for (const r of outcome.results) expect(r.score).toBeLessThan(ANSWER_THRESHOLD);
  });

  it('reads another subject named anywhere in such a question, not only in the clause that asks', () => {
    // "chlamydia" is in the story, "how long till the antibiotics work" asks: the question is about the infection.
    expect(matcher.match('got chlamydia last week, how long till the antibiotics work').verdict).not.toBe('answer');
    // Naming the domain, the story is context again.
    expect(matcher.match('had chlamydia last year and now sex hurts, can therapy help').results[0]?.id).toBe('sexual-pain');
  });

  it('still answers one that matches strongly: short questions about the service name no domain word', () => {
    for (const [q, id] of [
      ['how much is it', 'cost'],
      ['do i need a referral', 'find-therapist'],
      ['is there a waiting list', 'booking'],
    ]) {
      const outcome = matcher.match(q ?? '');
      expect([q, outcome.verdict, outcome.results[0]?.id]).toEqual([q, 'answer', id]);
      expect(outcome.results[0]?.score).toBeGreaterThanOrEqual(UNANCHORED_THRESHOLD);
    }
  });

  it('still answers a weaker match when the question names the domain, in its words or its lay phrases', () => {
    for (const [q, id] of [
      ['sex is painful for me', 'sexual-pain'],
      ['is my therapist allowed to date me', 'professional-boundaries'],
    ]) {
      const outcome = matcher.match(q ?? '');
      expect([q, outcome.verdict, outcome.results[0]?.id]).toEqual([q, 'answer', id]);
      expect(outcome.results[0]?.score).toBeLessThan(UNANCHORED_THRESHOLD);
    }
  });
});

describe('the domain-words table', () => {
  it('is a table of single words, none a stopword, one form per stem', () => {
    const words = DOMAIN_WORDS.flatMap((theme) => theme.words.split(', '));
    for (const word of words) expect([word, isStopword(word)]).toEqual([word, false]);
    expect(domainStems().size).toBe(words.length);
    expect(words.length).toBeGreaterThan(80);
  });

  it('is read one row per step, so a browser can pause between rows instead of inside the first question', () => {
    const steps = domainStemSteps();
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(pauses).toBe(DOMAIN_WORDS.length);
    expect(step.value).toEqual(domainStems());
  });

  it('shares no word with the table of other subjects', () => {
    const other = otherTopicStems();
    expect([...domainStems()].filter((s) => other.has(s))).toEqual([]);
  });

  it('leaves out everyday words that off-topic questions use as often as ours', () => {
    const stems = domainStems();
    for (const word of ['pain', 'time', 'help', 'doctor', 'exercise', 'homework', 'dating', 'book']) expect([word, stems.has(stem(word))]).toEqual([word, false]);
  });
});
