import { describe, expect, it } from 'vitest';
import { analyseDoc } from '../../../src/core/analyse.ts';
import { buildBm25f } from '../../../src/core/bm25f.ts';
import { confidence } from '../../../src/core/confidence.ts';
import { compileLayPhrases } from '../../../src/core/lay-phrases.ts';
import { LAY_TERMS } from '../../../src/core/lay-terms.ts';
import { analyseQuery, GENERIC_WEIGHT, generality, type QueryContext } from '../../../src/core/query.ts';
import { correctorFor } from '../../../src/core/typo.ts';
import { SMALL_CORPUS } from './small-corpus.ts';

const lay = compileLayPhrases(LAY_TERMS);
const index = buildBm25f(SMALL_CORPUS.map(analyseDoc), lay.stems);
const ctx: QueryContext = { index, lay, typos: correctorFor(SMALL_CORPUS) };
const docOf = (id: string) => SMALL_CORPUS.findIndex((d) => d.id === id);

describe('domain vocabulary (topical words)', () => {
  it('counts words of entries\' questions and keywords, and of the lay-term table', () => {
    expect(index.topical('vaginismu')).toBe(true); // a keyword ("vaginismus")
    expect(index.topical('homework')).toBe(true); // a question word
    expect(index.topical('libido')).toBe(true); // only in the lay-term table
  });

  it('does not count a word of a longer lay phrase, which means something only in the phrase', () => {
    // "dead bedroom" means desire; "dead" alone ("the phone battery is dead") is an everyday word.
    expect(lay.words.has('dead')).toBe(true);
    expect(index.topical('dead')).toBe(false);
    expect(lay.stems.has('bedroom')).toBe(false);
  });

  it('does not count words found only in alternates, which are visitors\' everyday phrasings', () => {
    // "person" is only in the alternate "as a single person".
    expect(index.has('person')).toBe(true);
    expect(index.topical('person')).toBe(false);
  });

  it('weighs an everyday word the corpus knows only from an alternate below a topical one', () => {
    expect(generality('person', index)).toBe(GENERIC_WEIGHT);
    expect(generality('homework', index)).toBe(1);
    // Unknown words are handled by confidence (UNKNOWN_WEIGHT), not here.
    expect(generality('pizza', index)).toBe(1);
    const { terms } = analyseQuery('person homework', ctx);
    expect(terms.get('person')).toBeCloseTo(GENERIC_WEIGHT);
    expect(terms.get('homework')).toBe(1);
  });
});

describe('confidence', () => {
  it('is full when the visitor\'s only words are an entry\'s own', () => {
    const { units } = analyseQuery('vaginismus', ctx);
    expect(confidence(units, docOf('sexual-pain'), index)).toBe(1);
  });

  it('is 0 for an entry that matches none of the visitor\'s words', () => {
    const { units } = analyseQuery('vaginismus', ctx);
    expect(confidence(units, docOf('cost'), index)).toBe(0);
  });

  it('does not give a lay word the corpus never uses the weight of the rarest word', () => {
    // "recommend" means find + therapist; with an unknown word beside it, the unknown word decides.
    const { units } = analyseQuery('recommend pizza', ctx);
    for (let doc = 0; doc < SMALL_CORPUS.length; doc++) expect(confidence(units, doc, index)).toBeLessThan(0.43);
  });

  it('stops diluting a match once a long story outweighs COVERAGE_CAP times full evidence', () => {
    const story = 'xylophone giraffe trombone kangaroo volcano pineapple saxophone tornado iceberg cactus walrus penguin dolphin avalanche'.split(' ');
    const at = (n: number) => confidence(analyseQuery(['vaginismus', ...story.slice(0, n)].join(' '), ctx).units, docOf('sexual-pain'), index);
    // A few unknown words still dilute: the cap is not reached.
    expect(at(2)).toBeLessThan(at(1));
    // Past the cap, more story changes nothing, and the match still counts.
    expect(at(story.length)).toBe(at(story.length - 2));
    expect(at(story.length)).toBeGreaterThan(0);
  });
});

const weightOf = (q: string, s: string) => analyseQuery(q, ctx).units.find((u) => u.words.some((w) => w.stem === s))?.weight;

describe('the story around the question', () => {

  it('keeps a specific domain word at full weight outside the clause that asks', () => {
    expect(weightOf('I was told it is vaginismus. What can I do?', 'vaginismu')).toBe(1);
  });

  it('counts everyday story words less than the question', () => {
    expect(weightOf('I am a single person. What can I do?', 'person')).toBeLessThan(1);
  });
});

describe('lay phrases that mean nothing', () => {
  it('take the phrases inside them along, and leave the others', () => {
    const table = compileLayPhrases([
      { say: 'so embarrassing but', means: '' },
      { say: 'embarrassing', means: 'embarrassed' },
      { say: 'hurts', means: 'pain' },
    ]);
    const means = (q: string) => analyseQuery(q, { ...ctx, lay: table }).units.flatMap((u) => u.means);
    expect(means('so embarrassing but it hurts')).toEqual(['pain']);
    expect(means('it is embarrassing and it hurts')).toEqual(['embarrass', 'pain']);
  });
});
