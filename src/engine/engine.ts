/**
 * The engine: one corpus, its matcher, crisis detection and the rendered answers. Loaded as its own
 * chunk on first intent; the state model talks to it through `Engine` only.
 */
import { createMatcher, type Candidate, type MatchOutcome } from '../core/matcher.ts';
import { toSearchDoc } from '../core/search-docs.ts';
import type { Clinic, Corpus, Entry } from '../corpus/schema.ts';
import type { RichNode } from '../render/rich-tree.ts';
import { detectCrisis, type CrisisCategory } from '../safety/crisis.ts';

export interface DisplayEntry {
  readonly entry: Entry;
  readonly answer: readonly RichNode[];
}

export interface Reply {
  /** Crisis categories the text signals; when any, the crisis notice comes first. */
  readonly crisis: readonly CrisisCategory[];
  readonly outcome: MatchOutcome;
}

export interface Engine {
  readonly lang: string;
  readonly clinic: Clinic | undefined;
  readonly entries: readonly Entry[];
  entry(id: string): DisplayEntry | undefined;
  reply(text: string): Reply;
  suggest(partial: string): readonly Candidate[];
}

/** `trees` gives each entry's rendered answer; entries without one are rendered by `render`. */
export function createEngine(
  corpus: Corpus,
  trees: (entry: Entry) => readonly RichNode[],
): Engine {
  const byId = new Map(corpus.entries.map((e) => [e.id, e]));
  const rendered = new Map<string, readonly RichNode[]>();
  const matcher = createMatcher(corpus.entries.map(toSearchDoc));
  return {
    lang: corpus.lang,
    clinic: corpus.clinic,
    entries: corpus.entries,
    entry(id) {
      const entry = byId.get(id);
      if (!entry) return undefined;
      let answer = rendered.get(id);
      if (!answer) rendered.set(id, (answer = trees(entry)));
      return { entry, answer };
    },
    reply(text) {
      const crisis = [...new Set(detectCrisis(text).map((h) => h.category))];
      return { crisis, outcome: matcher.match(text) };
    },
    suggest(partial) {
      return matcher.suggest(partial, 3);
    },
  };
}
