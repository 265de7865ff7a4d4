/**
 * The engine: one corpus, its matcher, crisis detection and the answers. Loaded as its own chunk on
 * first intent; the state model talks to it through `Engine` only. What is not needed for most
 * questions loads when a question needs it: each answer's chunk, the crisis rules (when the gate
 * sees a word they could fire on) and typo correction (on the first word the corpus does not know).
 */
import type { AnalysedDoc } from '../core/analyse.ts';
import { matcherOver, type Candidate, type MatchOutcome } from '../core/matcher.ts';
import type { TypoCorrector } from '../core/typo-limits.ts';
import type { Clinic } from '../corpus/schema.ts';
import { mayBeCrisis } from '../safety/crisis-gate.ts';
import { CRISIS_CATEGORIES, type CrisisCategory } from '../safety/categories.ts';
import type { DisplayEntry, EntrySummary } from './bundled.ts';

export interface Reply {
  /** Crisis categories the text signals; when any, the crisis notice comes first. */
  readonly crisis: readonly CrisisCategory[];
  readonly outcome: MatchOutcome;
}

/** What an engine is built from: the bundled corpus, or one merged with a clinic's file. */
export interface EngineSource {
  readonly lang: string;
  readonly clinic: Clinic | undefined;
  readonly entries: readonly EntrySummary[];
  /** The entries analysed for matching, in the same order. */
  readonly analysed: readonly AnalysedDoc[];
  loadEntry(id: string): Promise<DisplayEntry | undefined>;
  loadWords(): Promise<ReadonlyMap<string, number>>;
}

export interface Engine {
  readonly lang: string;
  readonly clinic: Clinic | undefined;
  readonly entries: readonly EntrySummary[];
  question(id: string): string | undefined;
  /** The entry with its answer; loads its chunk the first time. Undefined for an unknown id. */
  entry(id: string): Promise<DisplayEntry | undefined>;
  reply(text: string): Promise<Reply>;
  /** Questions to offer while the visitor types; starts loading typo correction when it would help. */
  suggest(partial: string): readonly Candidate[];
}

export function createEngine(source: EngineSource): Engine {
  const byId = new Map(source.entries.map((e) => [e.id, e]));
  const loaded = new Map<string, Promise<DisplayEntry | undefined>>();
  let corrector: TypoCorrector | undefined;
  let correcting: Promise<void> | undefined;
  const matcher = matcherOver(
    source.entries.map((e) => e.id),
    source.analysed,
    { typos: () => corrector },
  );

  /** Loads typo correction once; if it cannot load, unknown words simply stay as typed. */
  function loadCorrector(): Promise<void> {
    correcting ??= Promise.all([import('../core/typo.ts'), source.loadWords()])
      .then(([{ createTypoCorrector }, words]) => {
        corrector = createTypoCorrector(words);
      })
      .catch(() => undefined);
    return correcting;
  }

  return {
    lang: source.lang,
    clinic: source.clinic,
    entries: source.entries,
    question: (id) => byId.get(id)?.question,
    entry(id) {
      if (!byId.has(id)) return Promise.resolve(undefined);
      let entry = loaded.get(id);
      if (!entry) {
        entry = source.loadEntry(id);
        loaded.set(id, entry);
        // A chunk that failed to load is tried again next time.
        entry.catch(() => loaded.delete(id));
      }
      return entry;
    },
    async reply(text) {
      const [crisis] = await Promise.all([
        crisisIn(text),
        corrector || matcher.correctable(text).length === 0 ? undefined : loadCorrector(),
      ]);
      return { crisis, outcome: matcher.match(text) };
    },
    suggest(partial) {
      if (!corrector && matcher.correctable(partial).length > 0) void loadCorrector();
      return matcher.suggest(partial, 3);
    },
  };
}

/**
 * Crisis categories of `text`. The rules load only when the gate (derived from them at build time)
 * sees words they could fire on. If they cannot load, every category's help is shown: a missed
 * crisis costs far more than an unneeded notice.
 */
async function crisisIn(text: string): Promise<readonly CrisisCategory[]> {
  if (!mayBeCrisis(text)) return [];
  try {
    const { detectCrisis } = await import('../safety/crisis.ts');
    return [...new Set(detectCrisis(text).map((h) => h.category))];
  } catch {
    return CRISIS_CATEGORIES;
  }
}
