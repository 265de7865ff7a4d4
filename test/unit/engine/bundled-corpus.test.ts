import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../../src/cli/load-corpus.ts';
import { analyseDoc, indexWords, wordFrequency } from '../../../src/core/analyse.ts';
import { decodeAsked, encodeAsked } from '../../../src/core/analysed-codec.ts';
import { docWords, stemDocs, wordCounts } from '../../../src/core/doc-words.ts';
import { matcherOver } from '../../../src/core/matcher.ts';
import { plainText } from '../../../src/core/plain-text.ts';
import { toSearchDoc } from '../../../src/core/search-docs.ts';
import { runThrough } from '../../../src/core/steps.ts';
import { createCorrectingMatcher, createTypoCorrector } from '../../../src/core/typo.ts';
import { answerWords, docWordSteps } from '../../../src/engine/bundled.ts';
import { bundledEngine } from '../../../src/engine/load.ts';
import { renderMarkdown } from '../../../src/render/markdown.ts';
import { bundled } from '../../../src/generated/corpus-en.ts';

const source = loadBundledCorpus('en');
const docs = source.entries.map(toSearchDoc);

describe('the bundled corpus as the browser loads it', () => {
  it('ranks exactly as the full text does, typos included (the build read faq/en.json as it is now)', () => {
    const fromText = createCorrectingMatcher(docs);
    const words = runThrough(docWordSteps(bundled.entries));
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

  it('of every bundled answer, read from its rendered tree, are those of its Markdown, in order', () => {
    bundled.entries.forEach(([shown, , answer], i) => {
      expect(answerWords(answer), shown.id).toEqual(docWords(docs[i]!).answer);
    });
  });

  it('of an answer read from its tree are those of its Markdown, whatever marks touch the words', () => {
    const purify = createDOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis);
    const answers = [
      '**Costs**vary by _state_and *insurer*.',
      'See [AASECT](https://www.aasect.org)s list, or call `988`now.',
      '# Heading\n\nText\n\n- one\n- two\n\n1. three\n2. four',
      '> quoted\n\nline one  \nline two',
    ];
    for (const markdown of answers) expect(answerWords(renderMarkdown(markdown, purify)), markdown).toEqual(indexWords(plainText(markdown)));
  });

  it('of the bundled corpus as the browser reads them are those of the full text', () => {
    expect(runThrough(docWordSteps(bundled.entries))).toEqual(
      docs.map(docWords).map((d) => ({ ...d, alternates: d.alternates.filter((p) => p.length > 0), keywords: d.keywords.filter((p) => p.length > 0) })),
    );
  });
});

describe('entry codec', () => {
  it('round-trips the words an entry is asked with, dropping only phrasings with no words', () => {
    for (const d of docs.map(docWords)) {
      expect(decodeAsked(encodeAsked(d))).toEqual({
        question: d.question,
        alternates: d.alternates.filter((p) => p.length > 0),
        keywords: d.keywords.filter((p) => p.length > 0),
      });
    }
  });

  it('keeps empty fields', () => {
    const empty = { question: [], alternates: [], keywords: [] };
    expect(decodeAsked(encodeAsked(empty))).toEqual(empty);
  });
});
