/**
 * The bundled English corpus as clinicians and visitors rely on it (issue 3 §1 and §4).
 * `CONFIDE_FAQ=faq/parts/part1.json npx vitest run --project unit test/unit/corpus/bundled-corpus`
 * runs the same checks on another file while it is being written.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/core/plain-text.ts';
import type { Entry, FaqFile } from '../../../src/corpus/schema.ts';

const FAQ = process.env.CONFIDE_FAQ ?? 'faq/en.json';
const SOURCE = new URL('../../../../shared/source/what-happens-in-sex-therapy.txt', import.meta.url);

/** Runs of this many words shared with the source article count as copied (issue 3 §4). */
const COPIED_RUN = 8;

const REQUIRED_IDS = `what-is-sex-therapy physical-contact non-judgmental going-alone couples-sessions inclusive-care
  therapist-qualifications aasect-certification first-session assessment-questions session-structure
  session-length-frequency treatment-duration therapy-approaches homework sensate-focus low-desire
  desire-discrepancy arousal-erectile orgasm-difficulty premature-ejaculation sexual-pain body-image
  sexual-identity compulsive-sexual-behavior communication intimacy-boredom infidelity-recovery
  life-transitions trauma-history medical-concerns find-therapist questions-to-ask professional-boundaries
  red-flags confidentiality cost insurance is-it-right-for-me feeling-embarrassed chat-privacy booking`.split(/\s+/);

const file = JSON.parse(readFileSync(FAQ, 'utf8')) as FaqFile;
const entries: readonly Entry[] = file.entries;
const ids = new Set(entries.map((e) => e.id));

/** Lowercase words without punctuation; apostrophes vanish so "don't" and "dont" agree. */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Every run of COPIED_RUN words in `text`, joined by spaces. */
const runs = (list: readonly string[]) => list.slice(0, Math.max(0, list.length - COPIED_RUN + 1)).map((_, i) => list.slice(i, i + COPIED_RUN).join(' '));

/** Entries (by id) failing `test`, so a failure names every offender at once. */
const failing = (test: (e: Entry) => boolean) => entries.filter((e) => !test(e)).map((e) => e.id);

describe(`the bundled corpus (${FAQ})`, () => {
  it('passes `npm run check`', () => {
    const run = spawnSync('npx', ['tsx', 'src/cli/check.ts', FAQ], { encoding: 'utf8', timeout: 30_000 });
    expect(run.stdout + run.stderr).toMatch(/is valid/);
    expect(run.status).toBe(0);
  });

  it('has an entry for every required topic', () => {
    expect(REQUIRED_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('gives every entry at least 8 alternates, keywords, a source, a category and a review date', () => {
    expect(failing((e) => (e.alternates?.length ?? 0) >= 8), 'fewer than 8 alternates').toEqual([]);
    expect(failing((e) => (e.keywords?.length ?? 0) > 0), 'no keywords').toEqual([]);
    expect(failing((e) => (e.sources?.length ?? 0) > 0), 'no source').toEqual([]);
    expect(failing((e) => Boolean(e.category)), 'no category').toEqual([]);
    expect(failing((e) => Boolean(e.reviewed)), 'no reviewed date').toEqual([]);
  });

  it('relates every entry to 2–4 entries that exist', () => {
    expect(failing((e) => (e.related?.length ?? 0) >= 2 && (e.related?.length ?? 0) <= 4), 'not 2–4 related').toEqual([]);
    const dangling = entries.flatMap((e) => (e.related ?? []).filter((r) => !ids.has(r)).map((r) => `${e.id} → ${r}`));
    expect(dangling).toEqual([]);
  });

  it('cites sources over https only (a source without a public address has no url)', () => {
    const insecure = entries.flatMap((e) => (e.sources ?? []).filter((s) => s.url !== undefined && !s.url.startsWith('https://')).map((s) => `${e.id}: ${s.url}`));
    expect(insecure).toEqual([]);
  });

  it('links find-therapist to both the AASECT directory and Psychology Today', () => {
    const hosts = (entries.find((e) => e.id === 'find-therapist')?.links ?? []).map((l) => new URL(l.url).hostname);
    expect(hosts).toEqual(expect.arrayContaining([expect.stringMatching(/(^|\.)aasect\.org$/), expect.stringMatching(/(^|\.)psychologytoday\.com$/)]));
  });

  it(`never repeats ${COPIED_RUN} or more consecutive words of the source article`, () => {
    const source = new Set(runs(words(readFileSync(SOURCE, 'utf8'))));
    const copied = entries.flatMap((e) => {
      const hits = runs(words(plainText(e.answer))).filter((run) => source.has(run));
      return hits.length ? [`${e.id}: "${hits[0]}"${hits.length > 1 ? ` (+${hits.length - 1} more runs)` : ''}`] : [];
    });
    expect(copied).toEqual([]);
  });
});
