import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/core/normalise.ts';
import { tokenise } from '../../../src/core/tokenise.ts';

describe('normalise', () => {
  it('lower-cases and turns punctuation and emoji into single spaces', () => {
    expect(normalise('  Cost?!  Per SESSION… 😳 ')).toBe('cost per session');
  });

  it('drops diacritics so "thérapie" and "therapie" meet', () => {
    expect(normalise('Thérapie naïve Ångström')).toBe('therapie naive angstrom');
  });

  it('spells out contractions, with straight or curly apostrophes', () => {
    expect(normalise("I can't, he won't, we’re, I’m, they'd, it'll")).toBe('i can not he will not we are i am they would it will');
    expect(normalise("doesn't")).toBe('does not');
  });

  it('drops the possessive so "partner\'s" is "partner"', () => {
    expect(normalise("my partner's libido")).toBe('my partner libido');
  });

  it('keeps "w/" and "w/o" as words', () => {
    expect(normalise('sessions w/ my wife, or w/o her')).toBe('sessions with my wife or without her');
  });

  it('returns an empty string for text with no letters or digits', () => {
    expect(normalise('\u0000\u0007 ?!… 🙈')).toBe('');
  });
});

describe('tokenise', () => {
  it('spells out text-speak', () => {
    expect(tokenise('can u help my bf pls')).toEqual(['can', 'you', 'help', 'my', 'boyfriend', 'please']);
    expect(tokenise('r u sure, hubby cant go')).toEqual(['are', 'you', 'sure', 'husband', 'can', 'not', 'go']);
    expect(tokenise('im scared, idk')).toEqual(['i', 'am', 'scared', 'i', 'do', 'not', 'know']);
    expect(tokenise('my doc')).toEqual(['my', 'doctor']);
  });

  it('leaves words that only look like object properties alone', () => {
    expect(tokenise('constructor toString __proto__')).toEqual(['constructor', 'tostring', 'proto']);
  });
});
