import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRISIS_GATE_SOURCE } from '../../../src/generated/crisis-gate-data.ts';
import { detectCrisis } from '../../../src/safety/crisis.ts';
import { mayBeCrisis } from '../../../src/safety/crisis-gate.ts';
import {
  GateCost, MIN_LITERAL_LENGTH, faqBackground, gateSource, minimiseLiterals, requiredLiterals, ruleRequirements,
} from '../../../src/safety/crisis-gate-derive.ts';
import { CRISIS_RULES, type CrisisRule } from '../../../src/safety/crisis-rules.ts';
import { normaliseForSafety } from '../../../src/safety/normalise-for-safety.ts';
import { CRISIS_MESSAGES, DEV_SET, NON_CRISIS_MESSAGES } from './labelled-set.ts';

const SAFETY_TESTS = new URL('./', import.meta.url);

/** Every quoted string in the safety tests (their example tables), unescaped where JSON can. */
function stringsInSafetyTests(): string[] {
  const strings: string[] = [];
  for (const name of readdirSync(SAFETY_TESTS).filter((file) => file.endsWith('.test.ts'))) {
    const source = readFileSync(new URL(name, SAFETY_TESTS), 'utf8');
    for (const [, single, double] of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g)) {
      const body = double ?? (single ?? '').replace(/\\'/g, "'").replace(/"/g, '\\"');
      try {
        strings.push(JSON.parse(`"${body}"`) as string);
      } catch {
        // An escape JSON does not know (\x, \u{…}): not an example worth the trouble.
      }
    }
  }
  return strings;
}

const LABELLED = [...CRISIS_MESSAGES, ...NON_CRISIS_MESSAGES].map((message) => message.text);
const DEV = DEV_SET.map((line) => line.q);
const EVERY_MESSAGE = [...LABELLED, ...DEV, ...stringsInSafetyTests()];
const CRISIS_TEXTS = EVERY_MESSAGE.filter((text) => detectCrisis(text).length > 0);

const BACKGROUND = faqBackground(readFileSync(new URL('../../../faq/en.json', import.meta.url), 'utf8'));
const REQUIREMENTS = ruleRequirements(CRISIS_RULES, BACKGROUND);

const share = (texts: readonly string[]): string => {
  const through = texts.filter(mayBeCrisis).length;
  return `${through}/${texts.length} (${Math.round((100 * through) / texts.length)}%)`;
};

describe('mayBeCrisis: never false where detectCrisis fires', () => {
  it('holds on every labelled message, dev question and safety-test example', () => {
    expect(CRISIS_TEXTS.length).toBeGreaterThan(250);
    expect(CRISIS_TEXTS.filter((text) => !mayBeCrisis(text))).toEqual([]);
  });

  it('holds on every dev-set line labelled crisis', () => {
    const crisisLines = DEV_SET.filter((line) => line.crisis === true && detectCrisis(line.q).length > 0);
    expect(crisisLines.length).toBeGreaterThan(0);
    expect(crisisLines.filter((line) => !mayBeCrisis(line.q)).map((line) => line.q)).toEqual([]);
  });

  it('holds on crisis fragments mixed with random text (property)', () => {
    const crisisWords = CRISIS_TEXTS.map((text) => text.split(/\s+/));
    const fragment = fc
      .record({ words: fc.constantFrom(...crisisWords), from: fc.nat(), length: fc.integer({ min: 1, max: 12 }) })
      .map(({ words, from, length }) => words.slice(from % words.length, (from % words.length) + length).join(' '));
    const noise = fc.oneof(fc.string(), fc.constantFrom('my', 'he', 'i am', 'me', 'not', 'tonight', 'lol', '14', "don't", 'k1ll', '!!!', '😭'));
    const message = fc.array(fc.oneof({ arbitrary: fragment, weight: 3 }, { arbitrary: noise, weight: 2 }), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
    let fired = 0;
    fc.assert(
      fc.property(message, (text) => {
        if (detectCrisis(text).length === 0) return true;
        fired += 1;
        return mayBeCrisis(text);
      }),
      { numRuns: 3000 },
    );
    expect(fired).toBeGreaterThan(300);
  });

  it('holds rule by rule: a labelled message a rule fires on contains one of its literals', () => {
    const normalised = EVERY_MESSAGE.map(normaliseForSafety);
    for (const [index, rule] of CRISIS_RULES.entries()) {
      const literals = REQUIREMENTS[index]?.literals ?? [];
      for (const text of normalised.filter((t) => rule.all.every((pattern) => pattern.test(t)))) {
        expect(literals.some((literal) => text.includes(literal)), `${rule.id}: ${text}`).toBe(true);
      }
    }
  });

  it('is false on empty text, as detectCrisis is', () => {
    for (const text of ['', '   \n\t', '😳🥲🔥💀', '!!!', '\u0000\u0007']) expect(mayBeCrisis(text)).toBe(false);
  });
});

describe('mayBeCrisis: saves the download on plain questions', () => {
  it.each([
    'how much does it cost',
    'can my partner come to the sessions',
    'what is sex therapy',
    'how do I book an appointment',
    'is it confidential',
  ])('is false for %j', (text) => {
    expect(mayBeCrisis(text)).toBe(false);
  });

  it('reports the share of harmless messages it lets through', () => {
    const nonCrisis = NON_CRISIS_MESSAGES.map((m) => m.text);
    const devHarmless = DEV_SET.filter((line) => line.crisis === false).map((line) => line.q);
    // Not asserted: a figure to watch, not a tuned threshold. The labelled non-crisis messages are
    // near misses on purpose ("dying to know"), so most of them must reach the full rules.
    console.log(`crisis gate lets through: labelled non-crisis ${share(nonCrisis)}, dev non-crisis ${share(devHarmless)}`);
    expect(devHarmless.length).toBeGreaterThan(0);
  });
});

describe('the generated gate data', () => {
  it('is fresh: derived from the current rules (run `npm run build:corpus` if not)', () => {
    const literals = minimiseLiterals(REQUIREMENTS.flatMap((requirement) => requirement.literals));
    expect(CRISIS_GATE_SOURCE).toBe(gateSource(literals));
  });

  it('gives every rule literals of at least MIN_LITERAL_LENGTH characters', () => {
    expect(REQUIREMENTS.map((r) => r.id)).toEqual(CRISIS_RULES.map((r) => r.id));
    for (const requirement of REQUIREMENTS) {
      expect(requirement.literals.length, requirement.id).toBeGreaterThan(0);
      for (const literal of requirement.literals) expect(literal.length, requirement.id).toBeGreaterThanOrEqual(MIN_LITERAL_LENGTH);
    }
  });

  it('is reached without the rules: the gate imports neither them nor their vocabulary', () => {
    const seen = new Set<string>();
    const visit = (url: URL): void => {
      if (seen.has(url.href)) return;
      seen.add(url.href);
      const source = readFileSync(url, 'utf8');
      for (const [, specifier] of source.matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)'/gm)) visit(new URL(specifier ?? '', url));
    };
    visit(new URL('../../../src/safety/crisis-gate.ts', import.meta.url));
    const names = [...seen].map((href) => href.slice(href.lastIndexOf('/') + 1));
    expect(names).toContain('normalise-for-safety.ts');
    for (const banned of ['crisis-rules.ts', 'crisis-vocabulary.ts', 'crisis.ts', 'crisis-gate-derive.ts']) expect(names).not.toContain(banned);
  });

  it('keeps normaliseForSafety to lower-case ASCII words, which the derivation relies on', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => /^[a-z0-9 ]*$/.test(normaliseForSafety(text))));
    for (const text of EVERY_MESSAGE) expect(normaliseForSafety(text)).toMatch(/^[a-z0-9 ]*$/);
  });
});

describe('requiredLiterals on small regexes', () => {
  it.each([
    ['a literal', /\bsuicide\b/, ['suicide']],
    ['an alternation: every alternative contributes', /\b(?:noose|rope)\b/, ['noose', 'rope']],
    ['a small class, expanded', /\bk[iy]ll\b/, ['kill', 'kyll']],
    ['an optional part: never required', /\b(?:very )?scared\b/, ['scared']],
    ['a lookbehind: never required', /(?<!not )\bhopeless\b/, ['hopeless']],
    ['a negative lookahead: never required', /\bdie(?! laughing)\b/, ['die']],
    ['a gap of words: never required', /\bwant (?:[a-z]+ ){0,3}overdose\b/, ['overdose']],
    ['`+`: the repeated part is', /\bx(?:abc)+y/, ['xabc']],
    ['the `i` flag: the lower-case form (normalised text is lower case)', /\bRope\b/i, ['rope']],
  ])('%s', (_, pattern, expected) => {
    expect(requiredLiterals(pattern)).toEqual(expected);
  });

  it.each([
    ['`*`', /\b(?:abc)*\b/],
    ['`{0,n}`', /(?:abcdef){0,2}/],
    ['an alternative with no literal', /\b(?:noose|[a-z]+)\b/],
    ['only literals shorter than MIN_LITERAL_LENGTH', /\b(?:od|kms)\b/],
    ['a large class', /[a-z]+/],
    ['a back-reference', /(a)\1/],
  ])('requires nothing for %s', (_, pattern) => {
    expect(requiredLiterals(pattern)).toBeNull();
  });

  it('combines adjacent parts, and lets harmless text choose the rarer literal', () => {
    const pattern = /\b(?:kill|end) myself\b/;
    expect(requiredLiterals(pattern)).toEqual(['myself']);
    // Each harmless message containing "myself" makes it dearer than the longer, rarer pair.
    expect(requiredLiterals(pattern, new GateCost(['i touch myself', 'by myself', 'love myself']))).toEqual(['end myself', 'kill myself']);
  });

  it('is sound on random matches of the rules: every match contains a literal', () => {
    for (const [index, rule] of CRISIS_RULES.entries()) {
      const requirement = REQUIREMENTS[index];
      const pattern = rule.all[requirement?.pattern ?? 0];
      if (requirement === undefined || pattern === undefined) continue;
      for (const text of EVERY_MESSAGE.map(normaliseForSafety)) {
        const match = pattern.exec(text)?.[0];
        if (match !== undefined) expect(requirement.literals.some((literal) => match.includes(literal)), `${rule.id}: ${match}`).toBe(true);
      }
    }
  });
});

const rule = (id: string, all: readonly RegExp[]): CrisisRule => ({ id, category: 'suicide', all });

describe('ruleRequirements', () => {
  it('fails, naming the rule, when a rule has no usable literal', () => {
    expect(() => ruleRequirements([rule('suicide.test.vague', [/\b(?:hi|[a-z]+)\b/])], [])).toThrow(/suicide\.test\.vague/);
  });

  it('takes one pattern of a rule whose patterns must all match', () => {
    const [requirement] = ruleRequirements([rule('suicide.test.pair', [/\b[a-z]+ing\b/, /\btonight\b/])], []);
    expect(requirement).toEqual({ id: 'suicide.test.pair', pattern: 1, literals: ['tonight'] });
  });
});

describe('gateSource', () => {
  it('matches a text exactly when it contains one of the literals (property)', () => {
    const literal = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'c'), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(literal, { minLength: 1, maxLength: 12 }), fc.array(fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'c', 'd') }), { maxLength: 8 }), (raw, texts) => {
        const literals = minimiseLiterals(raw);
        const gate = new RegExp(gateSource(literals));
        return [...texts, ...literals, ...raw].every((text) => gate.test(text) === literals.some((l) => text.includes(l)));
      }),
      { numRuns: 2000 },
    );
  });

  it('merges shared prefixes and suffixes', () => {
    expect(gateSource(['end myself', 'kill myself'])).toBe('(?:end|kill) myself');
    expect(gateSource(['hits me', 'hit us'])).toBe('hit(?: us|s me)');
  });

  it('escapes what is not a lower-case letter, digit or space', () => {
    const source = gateSource(['a.b', 'c|d']);
    expect(new RegExp(source).test('a.b')).toBe(true);
    expect(new RegExp(source).test('axb')).toBe(false);
    expect(new RegExp(source).test('c')).toBe(false);
  });
});
