import { describe, expect, it } from 'vitest';
import { correctKeyWordTypo, withinOneEdit } from '../../../src/safety/key-word-typos.ts';
import { normaliseForSafety, withoutHedges } from '../../../src/safety/normalise-for-safety.ts';

describe('normaliseForSafety', () => {
  it.each([
    ["I’m NOT okay", 'i am not okay'],
    ["he'll hurt me", 'he will hurt me'],
    ['im sure u dont get it', 'i am sure you do not get it'],
    ["can't, won't, didn't", 'can not will not did not'],
    ['kms', 'kill myself'],
    ['k1ll my self', 'kill myself'],
    ['unalive', 'kill'],
    ['sewer slide', 'suicide'],
    ['self-harm', 'self harm'],
    ['Crème brûlée', 'creme brulee'],
    ['nooooo pleeeease', 'noo pleease'],
    ['14yo', '14 yo'],
    ['my step dad', 'my stepdad'],
    ["my wife's been hitting me", 'my wife has been hitting me'],
    ["she's got pills", 'she has got pills'],
    ["tonight's the night", 'tonight is the night'],
    ['no1 wud notice', 'no one would notice'],
    ['i hav the rope redy', 'i have the rope ready'],
    ['whats the point', 'what is the point'],
    ["got sa'd", 'got sexually assaulted'],
    ["was S.A'ed", 'was sexually assaulted'],
    ["she'd", 'she would'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseForSafety(input)).toBe(expected);
  });

  it('keeps "sh", "ill" and "hell" as typed: too ambiguous to expand', () => {
    expect(normaliseForSafety('sh ill hell')).toBe('sh ill hell');
  });
});

describe('key-word typos', () => {
  it.each([
    ['myslef', 'myself'],
    ['boyfreind', 'boyfriend'],
    ['molestd', 'molested'],
    ['sucicide', 'suicide'],
    ['husbnad', 'husband'],
  ])('reads %j as %j', (typed, meant) => {
    expect(correctKeyWordTypo(typed)).toBe(meant);
  });

  it.each(['amusing', 'overdone', 'grooving', 'husbands', 'partners', 'kill', 'rape'])('leaves the real word %j alone', (word) => {
    expect(correctKeyWordTypo(word)).toBe(word);
  });

  it('counts one insertion, deletion, substitution or adjacent swap as one edit', () => {
    expect(withinOneEdit('myself', 'myslef')).toBe(true);
    expect(withinOneEdit('myself', 'mself')).toBe(true);
    expect(withinOneEdit('myself', 'myyself')).toBe(true);
    expect(withinOneEdit('myself', 'mysekf')).toBe(true);
    expect(withinOneEdit('myself', 'yourself')).toBe(false);
    expect(withinOneEdit('suicidal', 'suicidle')).toBe(false);
  });
});

describe('withoutHedges', () => {
  it.each([
    ['i might just not be here after tonight', 'i might not be here after tonight'],
    ['he really did not stop', 'he did not stop'],
    ['i kind of want to disappear honestly', 'i want to disappear'],
    ['my therapist adjusts the plan', 'my therapist adjusts the plan'],
  ])('reads "%s" as "%s"', (text, plain) => {
    expect(withoutHedges(normaliseForSafety(text))).toBe(plain);
  });
});
