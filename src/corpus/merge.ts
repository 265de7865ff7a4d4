/** Merging a clinic file into the bundled corpus (CONTRACT §6). PLACEHOLDER; interface final. */
import type { Corpus, FaqFile } from './schema.ts';

export function mergeCorpus(base: Corpus, clinic: FaqFile): Corpus {
  const lang = clinic.lang ?? base.lang;
  const info = clinic.clinic ?? base.clinic;
  if (clinic.mode === 'replace') return { lang, clinic: info, entries: clinic.entries };
  const drop = new Set(clinic.remove ?? []);
  const own = new Map(clinic.entries.map((e) => [e.id, e]));
  const kept = base.entries.filter((e) => !drop.has(e.id)).map((e) => own.get(e.id) ?? e);
  const added = clinic.entries.filter((e) => !base.entries.some((b) => b.id === e.id));
  return { lang, clinic: info, entries: [...kept, ...added] };
}
