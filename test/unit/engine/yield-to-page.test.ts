import { describe, expect, it } from 'vitest';
import { runInSlices } from '../../../src/engine/yield-to-page.ts';

/** A step that keeps the thread busy for `ms`, as compiling a large pattern does. */
function* busySteps(count: number, ms: number, log: string[]): Generator<void> {
  for (let i = 0; i < count; i++) {
    const end = performance.now() + ms;
    while (performance.now() < end);
    log.push('step');
    yield;
  }
}

/** Steps that build a list, one item per step. */
function* collect(items: readonly string[]): Generator<void, string[]> {
  const built: string[] = [];
  for (const item of items) {
    built.push(item);
    yield;
  }
  return built;
}

describe('runInSlices', () => {
  it('lets a waiting task of the page run between slices of slow steps', async () => {
    const log: string[] = [];
    setTimeout(() => log.push('page'), 0);
    await runInSlices(busySteps(6, 4, log));
    expect(log.filter((x) => x === 'step')).toHaveLength(6);
    // The page's task ran before the last step, not after all of them.
    expect(log.indexOf('page')).toBeGreaterThan(0);
    expect(log.indexOf('page')).toBeLessThan(log.length - 1);
  });

  it('regression: runs a step that takes most of a slice in a task of its own, not two in one task', async () => {
    const log: string[] = [];
    let done = false;
    const page = () => {
      log.push('page');
      if (!done) setTimeout(page, 0);
    };
    setTimeout(page, 0);
    await runInSlices(busySteps(4, 8, log));
    done = true;
    const steps = log.slice(log.indexOf('step'));
    expect(steps.filter((x) => x === 'step')).toHaveLength(4);
    // Between any two steps the page had a turn.
    expect(steps.join(' ')).not.toContain('step step');
  });

  it('regression: work between two step lists counts toward the slice, so the second list yields first', async () => {
    const log: string[] = [];
    setTimeout(() => log.push('page'), 0);
    await runInSlices(busySteps(1, 2, log));
    // Setting up the next list, outside any step: with the first list's step, more than a slice.
    const end = performance.now() + 9;
    while (performance.now() < end);
    await runInSlices(busySteps(1, 2, log));
    expect(log).toEqual(['step', 'page', 'step']);
  });

  it('returns what the steps build', async () => {
    expect(await runInSlices(collect(['a', 'b', 'c']))).toEqual(['a', 'b', 'c']);
  });

  it('runs quick steps without yielding', async () => {
    const log: string[] = [];
    setTimeout(() => log.push('page'), 0);
    await runInSlices(busySteps(20, 0, log));
    expect(log).not.toContain('page');
  });
});
