import { describe, expect, it } from 'vitest';
import { mergeCorpus } from '../../../src/corpus/merge.ts';
import type { Corpus, Entry, FaqFile } from '../../../src/corpus/schema.ts';

const entry = (id: string, over: Partial<Entry> = {}): Entry => ({ id, question: `About ${id}?`, answer: `All about ${id}.`, ...over });

const base: Corpus = Object.freeze({
  lang: 'en',
  clinic: undefined,
  entries: Object.freeze([entry('what-is-sex-therapy', { related: ['cost', 'insurance'] }), entry('cost'), entry('insurance'), entry('booking')]),
});

const ids = (c: Corpus) => c.entries.map((e) => e.id);

describe('mergeCorpus', () => {
  it('extend: replaces a bundled entry in place and appends new ones in the file order', () => {
    const clinic: FaqFile = { entries: [entry('parking'), entry('cost', { answer: 'Our prices.' }), entry('online')] };
    const merged = mergeCorpus(base, clinic);
    expect(ids(merged)).toEqual(['what-is-sex-therapy', 'cost', 'insurance', 'booking', 'parking', 'online']);
    expect(merged.entries[1]?.answer).toBe('Our prices.');
  });

  it('extend is the default mode', () => {
    expect(ids(mergeCorpus(base, { entries: [entry('parking')] }))).toHaveLength(5);
  });

  it('extend: drops removed ids and the related links that pointed to them', () => {
    const merged = mergeCorpus(base, { mode: 'extend', remove: ['cost'], entries: [] });
    expect(ids(merged)).toEqual(['what-is-sex-therapy', 'insurance', 'booking']);
    expect(merged.entries[0]?.related).toEqual(['insurance']);
  });

  it('replace: uses only the clinic entries, ignoring remove', () => {
    const merged = mergeCorpus(base, { mode: 'replace', remove: ['parking'], entries: [entry('parking'), entry('cost')] });
    expect(ids(merged)).toEqual(['parking', 'cost']);
  });

  it('takes the clinic block and language from the file, else from the base', () => {
    const clinic = { name: 'Riverside', phone: '+1 555 010 0199' };
    expect(mergeCorpus(base, { clinic, entries: [] })).toMatchObject({ lang: 'en', clinic });
    expect(mergeCorpus({ ...base, clinic: { name: 'Bundled' } }, { lang: 'es', entries: [] })).toMatchObject({ lang: 'es', clinic: { name: 'Bundled' } });
  });

  it('never changes its inputs', () => {
    const clinic: FaqFile = Object.freeze({ remove: Object.freeze(['insurance']) as string[], entries: Object.freeze([entry('cost')]) as Entry[] });
    const before = JSON.stringify([base, clinic]);
    const merged = mergeCorpus(base, clinic);
    expect(JSON.stringify([base, clinic])).toBe(before);
    expect(merged.entries).not.toBe(base.entries);
    expect(mergeCorpus(base, { mode: 'replace', entries: clinic.entries }).entries).not.toBe(clinic.entries);
  });
});
