import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTRACTION, normalise, SPELLED, spellOut } from '../../../src/core/normalise.ts';
import { TEXT_SPEAK } from '../../../src/core/text-speak.ts';
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

/** Tokenising spelled out step by step: normalise, split at spaces, spell out text-speak. */
const plainTokens = (text: string) =>
  normalise(text)
    .split(' ')
    .filter((w) => w !== '')
    .flatMap((w) => TEXT_SPEAK.get(w)?.split(' ') ?? [w]);

describe('spellOut', () => {
  it('spells out what the contraction expression matches in the whole text, however the apostrophes fall', () => {
    const text = fc.string({ unit: fc.constantFrom("'", 'c', 'a', 'n', 't', 'w', 'o', 's', 'h', 'l', 'e', 'r', 'v', 'm', 'd', '_', ' ', '/'), maxLength: 40 });
    fc.assert(
      fc.property(text, (t) => void expect(spellOut(t)).toBe(t.replace(CONTRACTION, (m) => SPELLED[m] ?? ' ').replace(/\bw\/o\b/g, ' without ').replace(/\bw\//g, ' with '))),
      { numRuns: 3000 },
    );
    expect(spellOut("shan't won't can't let's don't's i'm we're x'd it'll they've")).toBe('shall not will not can not let us do not i am we are x would it will they have');
  });
});

describe('tokenise', () => {
  it('spells out text-speak', () => {
    expect(tokenise('can u help my bf pls')).toEqual(['can', 'you', 'help', 'my', 'boyfriend', 'please']);
    expect(tokenise('r u sure, hubby cant go')).toEqual(['are', 'you', 'sure', 'husband', 'can', 'not', 'go']);
    expect(tokenise('im scared, idk')).toEqual(['i', 'am', 'scared', 'i', 'do', 'not', 'know']);
    expect(tokenise('my doc')).toEqual(['my', 'doctor']);
    expect(tokenise('he cannot')).toEqual(['he', 'can', 'not']);
    expect(tokenise('wat wut wot')).toEqual(['what', 'what', 'what']);
    expect(tokenise('whos there til then')).toEqual(['who', 'is', 'there', 'until', 'then']);
  });

  it('leaves words that only look like object properties alone', () => {
    expect(tokenise('constructor toString __proto__')).toEqual(['constructor', 'tostring', 'proto']);
  });

  it('gives the words of `normalise`, text-speak spelled out, on the ASCII fast path and off it', () => {
    for (const text of ["I CAN'T go w/o My Partner's OK!", 'W/ him, 10x_Better', 'Thérapie naïve', '\u212a is Kelvin, \u210c is not h', '  ', "it's\tfine\r\n", 'IDK, U?', "'quoted' a/b", "what's 15% of 80", '100%sure']) {
      expect(tokenise(text), text).toEqual(plainTokens(text));
    }
  });

  it('agrees with `normalise` on any text, also for words met before', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ unit: fc.constantFrom('a', 'Z', '0', "'", '/', '%', 'w', 'W', 'o', 's', 'S', 't', 'T', 'n', 'N', 'c', 'l', 'L', 'd', 'u', 'r', '_', ' ', '\t', '\u000b', '.', 'é', '\u2019', '\u212a', '\u210c'), maxLength: 40 }),
      fc
        .tuple(
          fc.array(fc.constantFrom('Idk', 'u', 'UR', "can't", "CAN'T", "Don't", "it'S", "let's", "x'll", 'w/o', 'W/', 'Sessions', 'therapy', 'Thérapie', '10', '15%', 'hubby'), { maxLength: 12 }),
          fc.constantFrom(' ', '', "'", ', '),
        )
        .map(([words, separator]) => words.join(separator)),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(tokenise(t)).toEqual(plainTokens(t));
        expect(tokenise(t)).toEqual(plainTokens(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads texts longer than the word bounds it keeps, with or without contractions', () => {
    const long = 'Therapy, sessions and costs: '.repeat(8000);
    expect(tokenise(long)).toEqual(plainTokens(long));
    expect(tokenise(`${long} can't`)).toEqual(plainTokens(`${long} can't`));
    expect(tokenise('a b')).toEqual(['a', 'b']);
  });

  it('keeps telling words apart once it has met more than it remembers', () => {
    // Past 50,000 distinct words the table of words met is emptied; every word must still read as itself.
    const words = Array.from({ length: 60_000 }, (_, i) => `w${i.toString(36)}x`);
    for (let i = 0; i < words.length; i += 1000) {
      const batch = words.slice(i, i + 1000).join(' ');
      expect(tokenise(batch.toUpperCase())).toEqual(words.slice(i, i + 1000));
    }
    expect(tokenise(words.slice(0, 1000).join(' '))).toEqual(words.slice(0, 1000));
  });
});
