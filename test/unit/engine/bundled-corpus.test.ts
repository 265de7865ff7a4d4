import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../../src/cli/load-corpus.ts';
import { analyseDoc, wordFrequency } from '../../../src/core/analyse.ts';
import { decodeAnalysed, encodeAnalysed } from '../../../src/core/analysed-codec.ts';
import { docWords, stemDocs, wordCounts } from '../../../src/core/doc-words.ts';
import { matcherOver } from '../../../src/core/matcher.ts';
import { toSearchDoc } from '../../../src/core/search-docs.ts';
import { createCorrectingMatcher, createTypoCorrector } from '../../../src/core/typo.ts';
import { bundledEngine } from '../../../src/engine/load.ts';
import { bundled } from '../../../src/generated/corpus-en.ts';

const source = loadBundledCorpus('en');
const docs = source.entries.map(toSearchDoc);

describe('the bundled corpus as the browser loads it', () => {
  it('ranks exactly as the full text does, typos included (the build read faq/en.json as it is now)', () => {
    const fromText = createCorrectingMatcher(docs);
    const words = decodeAnalysed(bundled.entries.map(([, line]) => line).join('\n'));
    const prebuilt = matcherOver(bundled.entries.map(([e]) => e.id), stemDocs(words), { typos: createTypoCorrector(wordCounts(words)) });
    const questions = [
      ...source.entries.flatMap((e) => [e.question, ...(e.alternates ?? []).slice(0, 3)]),
      'how mutch is a sesion',
      'best pizza in town',
      '',
    ];
    for (const q of questions) expect(prebuilt.match(q), q).toEqual(fromText.match(q));
    expect(prebuilt.suggest('insur')).toEqual(fromText.suggest('insur'));
  });

  it('answers exactly as the full text does when built in slices of time, as a browser builds it', async () => {
    const fromText = createCorrectingMatcher(docs);
    const engine = await bundledEngine(bundled);
    await engine.settled;
    for (const q of [...source.entries.map((e) => e.alternates?.[0] ?? e.question), 'how mutch is a sesion', 'best pizza in town']) {
      expect((await engine.reply(q)).outcome, q).toEqual(fromText.match(q));
    }
  });

  it('has every entry in order, with its sources and rendered answer, and the full text apart', async () => {
    expect(bundled.entries.map(([e]) => e.id)).toEqual(source.entries.map((e) => e.id));
    bundled.entries.forEach(([shown, , answer], i) => {
      const e = source.entries[i]!;
      expect(shown.question).toBe(e.question);
      expect(shown.sources).toEqual(e.sources);
      expect(answer.length).toBeGreaterThan(0);
      // The matching text travels as words only, the Markdown as its rendered tree only.
      expect(Object.keys(shown)).not.toContain('alternates');
      expect(Object.keys(shown)).not.toContain('answer');
    });
    expect((await bundled.full()).entries).toEqual(source.entries);
  });
});

describe('entry words', () => {
  it('stem to what analyseDoc gives and count as wordFrequency counts', () => {
    const words = docs.map(docWords);
    expect(stemDocs(words)).toEqual(docs.map(analyseDoc));
    expect(wordCounts(words)).toEqual(wordFrequency(docs));
  });
});

describe('entry codec', () => {
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
