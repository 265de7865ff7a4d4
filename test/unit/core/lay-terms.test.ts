import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../../src/cli/load-corpus.ts';
import { compileLayPhrases } from '../../../src/core/lay-phrases.ts';
import { LAY_TERMS } from '../../../src/core/lay-terms.ts';
import { toSearchDoc } from '../../../src/core/search-docs.ts';
import { stem } from '../../../src/core/stem.ts';
import { tokenise } from '../../../src/core/tokenise.ts';
import { createCorrectingMatcher } from '../../../src/core/typo.ts';

const lay = compileLayPhrases(LAY_TERMS);
const meaningsOf = (text: string) => lay.find(tokenise(text).map(stem)).flatMap((m) => m.means);

describe('lay terms', () => {
  it('is a table of many dozens of reviewed rows', () => {
    expect(LAY_TERMS.length).toBeGreaterThanOrEqual(100);
  });

  it('compiles: every word of every row is one normalised word', () => {
    expect(() => compileLayPhrases(LAY_TERMS)).not.toThrow();
  });

  it('mixes an article or possessive with other words in one position only where a reviewer meant it', () => {
    // Alternatives are per position, so "with someone|somebody|a professional" reads as "someone,
    // somebody or a" followed by "professional": several-word alternatives need their own phrase.
    // Positions that do mix them on purpose ("for a|so long time", "have|got a|one|quick question"):
    const meant = new Set([
      'a|so',
      'a|one|quick',
      '0|a|few',
      'a|like|about|only',
      'the|a|each|one|your',
      'a|any',
      'this|the|your',
      'the|this|these',
      'the|this',
      'you|them|the|up',
      'some|an|a',
      'me|him|her|us',
      'me|him|her|them|us',
      '0|a|one',
      'your|the|this',
      'him|her|them',
      'him|her',
      'a|an|one|each|the',
      'therapy|treatment|session|sessions|course|program|programme|the|in|within|after|before|by|up|off',
      '0|a|one|few',
      'me|him|her',
      'the|this|that',
      'that|a|the',
      'that|the',
      'a|one|our|the',
    ]);
    const determiners = new Set(['a', 'an', 'the', 'my', 'our', 'your', 'his', 'her', 'their']);
    const mixed = LAY_TERMS.flatMap((row) =>
      [...row.say.split(', '), ...(row.unless ?? '').split(', ')].flatMap((phrase) =>
        phrase
          .split(' ')
          .filter((position) => {
            const alternatives = position.split('|');
            return alternatives.some((a) => determiners.has(a)) && alternatives.some((a) => !determiners.has(a)) && !meant.has(position);
          })
          .map((position) => `${phrase} @ ${position}`),
      ),
    );
    expect(mixed).toEqual([]);
  });

  it('rejects a row whose word would normalise to two words', () => {
    expect(() => compileLayPhrases([{ say: "can't", means: 'x' }])).toThrow(/exactly one word/);
  });

  it.each([
    ["I can't get it up", 'erection'],
    ['I cannot get it up', 'erection'],
    ['trouble getting hard', 'erection'],
    ['how much is it', 'cost'],
    ['sex hurts', 'pain'],
    ['I cum way too fast', 'ejacul'],
    ['my hubby', 'partner'],
    ['is my shrink allowed', 'therapist'],
    ['ask my gp', 'doctor'],
    ['I come really really quickly', 'ejacul'],
    ['she never finishes', 'orgasm'],
    ['will aetna or blue shield pay', 'insurance'],
    ['my counsellor asked me out', 'boundaries'],
    ['is it ok to bring my wife along', 'couple'],
    ['a dead bedroom', 'low'],
    ['halfway through chemo', 'illness'],
    ['ever since our daughter was born', 'baby'],
    ['his libido has disappeared', 'low'],
    ['what if I have to cancel', 'appointment'],
    ['could we set up a time next week', 'book'],
    ['we do not have any partner at present', 'alone'],
  ])('reads "%s" as %s', (text, meaning) => {
    expect(meaningsOf(text)).toContain(stem(meaning));
  });

  it('matches a phrase only with its words in order and together', () => {
    expect(meaningsOf('up it get')).not.toContain(stem('erection'));
    expect(meaningsOf('much, how')).not.toContain(stem('cost'));
  });

  it.each([
    ['my wife will not come with me', 'orgasm'],
    ['he can not come along to sessions', 'orgasm'],
    ['do people finish in ten sessions', 'ejacul'],
    ['we finished therapy too quickly', 'ejacul'],
    ['how long does the last session last', 'ejacul'],
    ['my boyfriend will not come', 'orgasm'],
    ['I can not get there on tuesdays', 'orgasm'],
  ])('does not read the everyday sense in "%s" as %s', (text, meaning) => {
    expect(meaningsOf(text)).not.toContain(stem(meaning));
  });

  it('lets "..." stand for up to six words of any kind between two words of a phrase', () => {
    const table = compileLayPhrases([{ say: 'how often ... have sex', means: 'frequency' }]);
    const of = (text: string) => table.find(tokenise(text).map(stem)).flatMap((m) => m.means);
    expect(of('how often do people have sex')).toEqual([stem('frequency')]);
    expect(of('how often have sex')).toEqual([stem('frequency')]);
    expect(of('how often do one two three four five six seven have sex')).toEqual([]);
    expect(of('have sex how often')).toEqual([]);
  });

  it('rejects "..." at either end of a phrase', () => {
    expect(() => compileLayPhrases([{ say: '... sex', means: 'x' }])).toThrow(/between two words/);
    expect(() => compileLayPhrases([{ say: 'sex ...', means: 'x' }])).toThrow(/between two words/);
  });

  it('drops a match only where a phrase of another sense starts inside it', () => {
    const table = compileLayPhrases([{ say: 'not come', means: 'orgasm', unless: 'come with' }]);
    const of = (text: string) => table.find(tokenise(text).map(stem)).flatMap((m) => m.means);
    expect(of('she does not come with me')).toEqual([]);
    expect(of('with me she does not come')).toEqual([stem('orgasm')]);
  });

  it('drops a match where a phrase of another sense starts before it and reaches into it', () => {
    const table = compileLayPhrases([{ say: 'not come', means: 'orgasm', unless: 'will not come' }]);
    const of = (text: string) => table.find(tokenise(text).map(stem)).flatMap((m) => m.means);
    expect(of('he will not come')).toEqual([]);
    expect(of('he does not come')).toEqual([stem('orgasm')]);
    // Ending before the match starts, it does not overlap.
    expect(of('I will not come. She does not come')).toEqual([stem('orgasm')]);
  });

  it('drops a match where a phrase of another sense with a gap starts several words before it', () => {
    const table = compileLayPhrases([{ say: 'closeness', means: 'intimacy', unless: 'what time ... close' }]);
    const of = (text: string) => table.find(tokenise(text).map(stem)).flatMap((m) => m.means);
    expect(of('what time does the shop close')).toEqual([]);
    expect(of('we are not close')).toEqual([stem('intimacy')]);
  });

  it('finds nothing in text without lay language', () => {
    expect(meaningsOf('the and of')).toEqual([]);
  });
});

/** What a visitor sees: the entry the widget answers with (not only suggests). Wording invented for these tests. */
describe('answers in visitors\' everyday wording', () => {
  const matcher = createCorrectingMatcher(loadBundledCorpus('en').entries.map(toSearchDoc));
  const answer = (q: string) => {
    const outcome = matcher.match(q);
    return outcome.verdict === 'answer' ? outcome.results[0]?.id : undefined;
  };

  it.each([
    // Text-speak for "what" ("wat", "wut", "wot") is a question word, not a word to match
    ['wut does it cost', 'cost'],
    // Pain in strong words (agony, excruciating), though "for me" also asks whether therapy is right for me
    ['sex is excruciating for me', 'sexual-pain'],
    // British and Australian words for roommates: flatmates, housemates
    ['honestly we are like flatmates', 'intimacy-boredom'],
    // The erection named by what it does not do: it will not stand up, he can not perform
    ["it won't stand up anymore", 'arousal-erectile'],
    ['his thing will not stay up', 'arousal-erectile'],
    // Orgasm as a place one does not reach
    ['my girlfriend never gets there', 'orgasm-difficulty'],
    ['I can not get over the edge', 'orgasm-difficulty'],
    // Greeting the clinic as a group ("hi guys", "you guys") says nothing about the topic
    ['hi guys, homework?', 'homework'],
    ['do you guys do couples', 'couples-sessions'],
    // British for phoning
    ['could I give you a ring', 'booking'],
    // Whether the partner has to be there
    ['does my boyfriend have to attend', 'couples-sessions'],
    // "Every single" is emphasis, not being single
    ['do I have to pay for every single session', 'cost'],
    ['is every single session an hour', 'session-length-frequency'],
    // Not wanting it, in British English
    ["honestly I don't fancy sex", 'low-desire'],
    // Sex with someone else, as people tell it
    ['my wife slept with her boss', 'infidelity-recovery'],
    ['he has been sleeping around', 'infidelity-recovery'],
    // An operation is a medical change to sex life, named as people name it
    ['since my operation sex is different', 'life-transitions'],
    // What the visitor writes here is this chat
    ['is what i wrote in here saved', 'chat-privacy'],
    // An ordinary session is what a typical session holds, not how often there is one
    ['what do the usual weekly appointments involve', 'session-structure'],
    // Paid webcam sex is porn use
    ['he spends loads of money on cam girls', 'compulsive-sexual-behavior'],
    // Wondering who one is drawn to is questioning one's orientation
    ['married 12 years and I think I might like guys', 'sexual-identity'],
    // A talk that turns sour is about talking, not about being judged
    ['talking about sex with my husband always gets weird', 'communication'],
    ['sex talk with her always gets heated', 'communication'],
  ])('answers "%s" with %s', (q, id) => {
    expect(answer(q)).toBe(id);
  });
});
