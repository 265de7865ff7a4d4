/**
 * The engine: one corpus, its matcher, crisis detection and the answers. Loaded as its own chunk on
 * first intent; the state model talks to it through `Engine` only.
 *
 * Privacy: which files the widget fetches must never depend on what the visitor types, or the
 * clinic's server logs would show that someone read the answer on erections or wrote something the
 * crisis rules flag. So everything a question could need (answers, crisis rules, typo correction)
 * is loaded with the engine or starts loading when it is created, and a reply waits only for what
 * it uses.
 */
import type { AnalysedDoc } from '../core/analyse.ts';
import { matcherSteps, type Candidate, type MatchOutcome } from '../core/matcher.ts';
import type { TypoCorrector } from '../core/typo-limits.ts';
import type { Clinic } from '../corpus/schema.ts';
import { answerAfterNotice } from '../safety/after-notice.ts';
import type { DisplayEntry, EntrySummary } from './bundled.ts';
import { loadScreen, type Screened } from './screen.ts';
import { nextTask, runInSlices } from './yield-to-page.ts';

export interface Reply extends Screened {
  /** The answer, if any; under a crisis notice only one the message asks (see `answerAfterNotice`). */
  readonly outcome: MatchOutcome;
}

/** What an engine is built from: the bundled corpus, or one merged with a clinic's file. */
export interface EngineSource {
  readonly lang: string;
  readonly clinic: Clinic | undefined;
  readonly entries: readonly EntrySummary[];
  /** The entries analysed for matching, in the same order. */
  readonly analysed: readonly AnalysedDoc[];
  /** The entry with its answer, ready to show (every answer loads with the engine: see above). */
  entry(id: string): DisplayEntry | undefined;
  loadWords(): Promise<ReadonlyMap<string, number>>;
}

export interface Engine {
  readonly lang: string;
  readonly clinic: Clinic | undefined;
  readonly entries: readonly EntrySummary[];
  question(id: string): string | undefined;
  /** The entry with its answer; undefined for an unknown id. */
  entry(id: string): DisplayEntry | undefined;
  reply(text: string): Promise<Reply>;
  /**
   * Resolves once crisis rules and typo correction have loaded (or failed to) and the warm-up has
   * run: replies then wait for nothing.
   */
  readonly settled: Promise<void>;
  /** Questions to offer while the visitor types (typo correction once it has loaded). */
  suggest(partial: string): readonly Candidate[];
}

/**
 * Builds the engine; the matcher's index is built in slices of time, so the page stays responsive
 * meanwhile, while the crisis rules and typo correction load.
 */
export async function createEngine(source: EngineSource): Promise<Engine> {
  const byId = new Map(source.entries.map((e) => [e.id, e]));
  let corrector: TypoCorrector | undefined;

  const crisisRules = loadScreen();
  // If typo correction cannot load, unknown words simply stay as typed.
  const correcting = Promise.all([import('../core/typo.ts'), source.loadWords()]).then(
    ([{ createTypoCorrector }, words]) => {
      corrector = createTypoCorrector(words);
    },
    () => undefined,
  );

  const matcher = await runInSlices(matcherSteps(source.entries.map((e) => e.id), source.analysed, { typos: () => corrector }));

  // The matcher's code is compiled on its first run: done on a corpus question in a task of its
  // own, not inside the visitor's first question (the first question took 46-65 ms with it, 23-35 without, at 4x throttling).
  const warmed = correcting.then(nextTask).then(() => void matcher.match(source.entries[0]?.question ?? ''));

  return {
    lang: source.lang,
    clinic: source.clinic,
    entries: source.entries,
    question: (id) => byId.get(id)?.question,
    entry: (id) => (byId.has(id) ? source.entry(id) : undefined),
    async reply(text) {
      const [screen] = await Promise.all([crisisRules, corrector || matcher.correctable(text).length === 0 ? undefined : correcting]);
      const screened = screen(text);
      return { ...screened, outcome: answerAfterNotice(matcher, text, matcher.match(text), screened.crisis) };
    },
    suggest: (partial) => matcher.suggest(partial, 3),
    settled: Promise.all([crisisRules, correcting, warmed]).then(() => undefined),
  };
}
