import { describe, expect, it } from 'vitest';
import { createMatcher, layPhrases, type SearchDoc } from '../../../src/core/matcher.ts';
import { OTHER_TOPICS, otherTopicStems } from '../../../src/core/other-topics.ts';
import { stem } from '../../../src/core/stem.ts';
import { isStopword } from '../../../src/core/stopwords.ts';
import { ANSWER_THRESHOLD } from '../../../src/core/thresholds.ts';
import { GENERAL, SMALL_CORPUS } from './small-corpus.ts';

const matcher = createMatcher([...SMALL_CORPUS, GENERAL]);

describe('questions about subjects the FAQ is not about', () => {
  it('says it has no answer, offering nothing, when the asking clause names another subject', () => {
    // Each pair: the question about another subject, and the same words about a session.
    const pairs = [
      ['what does a haircut cost', 'what does a session cost'],
      ['how much are the fees at the hotel', 'how much are the fees for a session'],
      ['does my health plan cover the dentist', 'does my health plan cover a session'],
    ];
    for (const [elsewhere, here] of pairs) {
      const outcome = matcher.match(elsewhere ?? '');
      expect([elsewhere, outcome.verdict]).toEqual([elsewhere, 'none']);
      for (const r of outcome.results) expect(r.score).toBeLessThan(ANSWER_THRESHOLD);
      expect([here, matcher.match(here ?? '').verdict]).toEqual([here, 'answer']);
    }
  });

  it('knows the everyday subjects people ask a chat box about by mistake, from kitchens to car repairs', () => {
    // Each pair: the price or cover of a car part, a house part, a meal, a pet, a term of school, a
    // hobby, a gadget, a trip or a body part this FAQ is not about, and of what it is about.
    const pairs = [
      ['how much does a new windshield cost', 'how much does a new session cost'],
      ['how much does a new thermostat cost', 'how much does a new session cost'],
      ['how much does a lasagna cost', 'how much does a session cost'],
      ['how much does a gerbil cost', 'how much does a session cost'],
      ['how much does a textbook cost', 'how much does a session cost'],
      ['how much does a guitar cost', 'how much does a session cost'],
      ['how much does a calculator cost', 'how much does a session cost'],
      ['how much does a museum ticket cost', 'how much does a therapy session cost'],
      ['does insurance cover the chiropractor', 'does insurance cover the sex therapist'],
      ['does insurance cover a sprained wrist', 'does insurance cover a sex therapist'],
      ['does insurance cover a broken tooth', 'does insurance cover a sex therapist'],
    ];
    for (const [elsewhere, here] of pairs) {
      expect([elsewhere, matcher.match(elsewhere ?? '').verdict]).not.toEqual([elsewhere, 'answer']);
      expect([here, matcher.match(here ?? '').verdict]).toEqual([here, 'answer']);
    }
  });

  it('answers a question whose asking clause tells of the visitor\'s pay, work or home in passing', () => {
    // How a visitor says they cannot afford much, or what has changed at home: the question is still ours.
    const questions = [
      ['I live paycheck to paycheck how much does it cost', 'cost'],
      ['I am freelance with no insurance what does a session cost', 'cost'],
      ['since he moved onto the sofa can we come to sessions as a couple', 'couples-sessions'],
    ];
    for (const [q, id] of questions) {
      const outcome = matcher.match(q ?? '');
      expect([q, outcome.verdict, outcome.results[0]?.id]).toEqual([q, 'answer', id]);
    }
  });

  it('still ranks the entries the question shares words with, for `ask`', () => {
    expect(matcher.match('what does a haircut cost').results[0]?.id).toBe('cost');
  });

  it('leaves such a word in the story around the question alone', () => {
    const outcome = matcher.match('I just got back from walking the dog. How much does a session cost?');
    expect([outcome.verdict, outcome.results[0]?.id]).toEqual(['answer', 'cost']);
  });

  it('answers when the visitor names the domain itself: the other subject is then part of their story', () => {
    const outcome = matcher.match('does insurance cover sex therapy after a vasectomy');
    expect([outcome.verdict, outcome.results[0]?.id]).toEqual(['answer', 'insurance']);
  });

  it('counts a lay phrase whose meaning is a name of the domain as no name of it', () => {
    // "in bed" means sex, but a hotel bed is not what sex therapy is about.
    expect(matcher.match('does insurance cover a hotel stay in bed').verdict).toBe('none');
  });

  it('treats the word as a topic of its own when the loaded corpus uses it (a clinic may answer about parking)', () => {
    const parking: SearchDoc = { id: 'parking', question: 'Is there parking at the clinic?', alternates: ['where do I leave the car'], keywords: ['parking'], answer: 'Yes, behind the building.' };
    const outcome = createMatcher([...SMALL_CORPUS, parking]).match('where can I park');
    expect([outcome.verdict, outcome.results[0]?.id]).toEqual(['answer', 'parking']);
  });

  it('is a table of single words, none of them a stopword or a lay term', () => {
    const lay = layPhrases().words;
    for (const topic of OTHER_TOPICS) {
      for (const word of topic.words.split(', ')) {
        expect([word, isStopword(word), lay.has(word)]).toEqual([word, false, false]);
      }
    }
    // One form per stem: the table ships in the browser, and stemming matches the other forms.
    const words = OTHER_TOPICS.flatMap((topic) => topic.words.split(', '));
    expect(otherTopicStems().size).toBe(words.length);
    expect(words.length).toBeGreaterThan(500);
  });

  it('leaves out words a question about the service or this chat asks with', () => {
    // "is this chat saved on my laptop", "can I get a refund", "will it show on my bank statement"
    const stems = otherTopicStems();
    // "can I make the font bigger", "if there is a hurricane", "I have strep", "I am on crutches, is there a lift"
    const words = ['laptop', 'password', 'refund', 'bank', 'lunch', 'spanish', 'flu', 'keyboard', 'font', 'smartwatch', 'hurricane', 'strep', 'crutches'];
    for (const word of words) expect([word, stems.has(stem(word))]).toEqual([word, false]);
  });

  it('leaves out words a story about one\'s sex life asks with, and words stemming to one', () => {
    // "quit porn cold turkey", "the ace umbrella", "in the closet", "my conjugal duty", "does cycling
    // cause erection problems", "can I use coconut oil", "promote intimacy" ("promotion"), "my ears" ("earrings")
    const stems = otherTopicStems();
    for (const word of ['turkey', 'umbrella', 'closet', 'conjugal', 'bike', 'oil', 'coconut', 'promote', 'ear']) expect([word, stems.has(stem(word))]).toEqual([word, false]);
  });
});
