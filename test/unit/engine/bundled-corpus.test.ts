import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../../src/cli/load-corpus.ts';
import { analyseDoc } from '../../../src/core/analyse.ts';
import { decodeAnalysed, encodeAnalysed } from '../../../src/core/analysed-codec.ts';
import { createMatcher, matcherOver } from '../../../src/core/matcher.ts';
import { toSearchDoc } from '../../../src/core/search-docs.ts';
import { correctorFor } from '../../../src/core/typo.ts';
import { bundled } from '../../../src/generated/corpus-en.ts';

const source = loadBundledCorpus('en');
const docs = source.entries.map(toSearchDoc);

describe('the bundled corpus as the browser loads it', () => {
  it('ranks exactly as the full text does (the build analysed faq/en.json as it is now)', () => {
    const typos = correctorFor(docs);
    const fromText = createMatcher(docs, { typos });
    const prebuilt = matcherOver(bundled.entries.map((e) => e.id), decodeAnalysed(bundled.analysed), { typos });
    const questions = [
      ...source.entries.flatMap((e) => [e.question, ...(e.alternates ?? []).slice(0, 3)]),
      'how mutch is a sesion',
      'best pizza in town',
      '',
    ];
    for (const q of questions) expect(prebuilt.match(q), q).toEqual(fromText.match(q));
    expect(prebuilt.suggest('insur')).toEqual(fromText.suggest('insur'));
  });

  it('has every entry: summaries in order, an answer chunk each, the words and the full text', async () => {
    expect(bundled.entries.map((e) => e.id)).toEqual(source.entries.map((e) => e.id));
    for (const e of source.entries) {
      const shown = await bundled.answer(e.id);
      expect(shown?.entry.question).toBe(e.question);
      expect(shown?.entry.sources).toEqual(e.sources);
      expect(shown?.answer.length).toBeGreaterThan(0);
    }
    expect(bundled.answer('constructor')).toBeUndefined();
    expect((await bundled.words()).get('therapy')).toBeGreaterThan(1);
    expect((await bundled.full()).entries).toEqual(source.entries);
  });
});

describe('analysed-entry codec', () => {
  it('round-trips, dropping only phrasings with no words and the answer order', () => {
    const analysed = docs.map(analyseDoc);
    const decoded = decodeAnalysed(encodeAnalysed(analysed));
    expect(decoded.map((d) => d.question)).toEqual(analysed.map((d) => d.question));
    expect(decoded.map((d) => d.alternates)).toEqual(analysed.map((d) => d.alternates.filter((p) => p.length > 0)));
    expect(decoded.map((d) => d.keywords)).toEqual(analysed.map((d) => d.keywords.filter((p) => p.length > 0)));
    expect(decoded.map((d) => d.answer)).toEqual(analysed.map((d) => d.answer.toSorted()));
  });

  it('keeps empty fields and an empty corpus', () => {
    const empty = { question: [], alternates: [], keywords: [], answer: [] };
    expect(decodeAnalysed(encodeAnalysed([empty, empty]))).toEqual([empty, empty]);
    expect(decodeAnalysed(encodeAnalysed([]))).toEqual([]);
  });
});
