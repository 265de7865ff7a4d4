/** Merging a clinic file into the bundled corpus (CONTRACT §6). Pure: neither input is changed. */
import type { Corpus, Entry, FaqFile } from './schema.ts';

/**
 * "extend" (the default): a clinic entry with a bundled id takes that entry's place, in the bundled
 * order; new ids follow in the clinic's order; ids in `remove` drop bundled entries, and bundled
 * `related` links to them, so no follow-up leads nowhere. "replace": only the clinic's entries.
 * The clinic block and the language come from the file, else from the base.
 */
export function mergeCorpus(base: Corpus, clinic: FaqFile): Corpus {
  const lang = clinic.lang ?? base.lang;
  const info = clinic.clinic ?? base.clinic;
  if (clinic.mode === 'replace') return { lang, clinic: info, entries: [...clinic.entries] };

  const drop = new Set(clinic.remove);
  const own = new Map(clinic.entries.map((e) => [e.id, e]));
  const kept: Entry[] = [];
  for (const entry of base.entries) {
    const replacement = own.get(entry.id);
    if (replacement) {
      kept.push(replacement);
      own.delete(entry.id);
    } else if (!drop.has(entry.id)) kept.push(withoutRelated(entry, drop));
  }
  return { lang, clinic: info, entries: [...kept, ...own.values()] };
}

/** The entry itself when none of its `related` ids is dropped, else a copy without them. */
function withoutRelated(entry: Entry, drop: ReadonlySet<string>): Entry {
  if (!entry.related?.some((id) => drop.has(id))) return entry;
  return { ...entry, related: entry.related.filter((id) => !drop.has(id)) };
}
