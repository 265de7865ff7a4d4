import { describe, expect, it } from 'vitest';
import { CRISIS_CATEGORIES } from '../../../src/safety/categories.ts';
import { detectCrisis } from '../../../src/safety/crisis.ts';
import { CRISIS_MESSAGES, DEV_SET, NON_CRISIS_MESSAGES } from './labelled-set.ts';

/** Word sets and their Jaccard similarity: at 0.6 or more, two messages count as near copies. */
const words = (text: string): Set<string> => new Set(text.toLowerCase().normalize('NFKD').match(/[a-z0-9]+/g) ?? []);
function similarity(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((word) => b.has(word)).length;
  return shared / (a.size + b.size - shared);
}

/** Share of a fixture's words (four or more) found in one dev line: a fixture cut out of a dev line. */
function containedIn(fixture: Set<string>, dev: Set<string>): number {
  return fixture.size < 4 ? 0 : [...fixture].filter((word) => dev.has(word)).length / fixture.size;
}

const categoriesOf = (text: string): string[] => detectCrisis(text).map((hit) => hit.category);

describe('crisis detection on our labelled set', () => {
  it('is big enough to mean something in every category', () => {
    expect(CRISIS_MESSAGES.length).toBeGreaterThanOrEqual(60);
    expect(NON_CRISIS_MESSAGES.length).toBeGreaterThanOrEqual(80);
    for (const category of CRISIS_CATEGORIES) {
      expect(CRISIS_MESSAGES.filter((m) => m.categories.includes(category)).length, category).toBeGreaterThanOrEqual(10);
    }
  });

  it('finds every crisis message (recall 100%)', () => {
    const missed = CRISIS_MESSAGES.filter((m) => detectCrisis(m.text).length === 0).map((m) => m.text);
    expect(missed).toEqual([]);
  });

  it('signals exactly the labelled categories, most urgent first', () => {
    const wrong = CRISIS_MESSAGES.filter((m) => {
      const expected = CRISIS_CATEGORIES.filter((category) => m.categories.includes(category));
      return JSON.stringify(categoriesOf(m.text)) !== JSON.stringify(expected);
    }).map((m) => ({ text: m.text, expected: m.categories, got: categoriesOf(m.text) }));
    expect(wrong).toEqual([]);
  });

  it('stays silent on every non-crisis message (zero false positives)', () => {
    const falseAlarms = NON_CRISIS_MESSAGES.filter((m) => detectCrisis(m.text).length > 0).map((m) => ({
      text: m.text,
      why: m.why,
      hits: detectCrisis(m.text),
    }));
    expect(falseAlarms).toEqual([]);
  });
});

describe('crisis detection on the shared dev set', () => {
  it('shares no near copy with our labelled set (the dev set must not leak into the fixtures)', () => {
    const dev = DEV_SET.map((line) => words(line.q));
    const copies = [...CRISIS_MESSAGES, ...NON_CRISIS_MESSAGES]
      .filter((m) => dev.some((q) => similarity(words(m.text), q) >= 0.6 || containedIn(words(m.text), q) >= 0.75))
      .map((m) => m.text);
    expect(copies).toEqual([]);
  });

  it('finds every line labelled crisis', () => {
    const crisisLines = DEV_SET.filter((line) => line.crisis === true);
    expect(crisisLines.length).toBeGreaterThan(0);
    expect(crisisLines.filter((line) => detectCrisis(line.q).length === 0).map((line) => line.q)).toEqual([]);
  });

  it('raises no crisis on a line labelled not crisis', () => {
    const calm = DEV_SET.filter((line) => line.crisis === false);
    expect(calm.length).toBeGreaterThan(0);
    expect(calm.filter((line) => detectCrisis(line.q).length > 0).map((line) => line.q)).toEqual([]);
  });
});
