import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/core/normalise.ts';
import { eachNormalisedWord, tokenise } from '../../../src/core/tokenise.ts';

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

function words(text: string): string[] {
  const found: string[] = [];
  eachNormalisedWord(text, (w) => found.push(w));
  return found;
}

const viaNormalise = (text: string) => normalise(text).split(' ').filter((w) => w !== '');

describe('eachNormalisedWord', () => {
  it('gives the words of `normalise`, on the ASCII fast path and off it', () => {
    for (const text of ["I CAN'T go w/o My Partner's OK!", 'W/ him, 10x_Better', 'Thérapie naïve', '\u212a is Kelvin', '  ', "it's\tfine\r\n"]) {
      expect(words(text)).toEqual(viaNormalise(text));
    }
  });

  it('agrees with `normalise` on any text', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ unit: fc.constantFrom('a', 'Z', '0', "'", '/', 'w', 'o', 's', 't', 'n', '_', ' ', '\t', '.', 'é', '\u2019', '\u212a'), maxLength: 40 }),
    );
    fc.assert(fc.property(text, (t) => void expect(words(t)).toEqual(viaNormalise(t))), { numRuns: 2000 });
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
