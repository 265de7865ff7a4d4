import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQuickExit, SHIFT_WINDOW_MS } from '../../../src/state/quick-exit.ts';

function harness() {
  const log: string[] = [];
  const qe = createQuickExit({
    onProgress: (left) => log.push(`left ${left}`),
    onReset: () => log.push('reset'),
    onExit: () => log.push('exit'),
  });
  const press = (key: string) => {
    qe.keydown({ key });
    qe.keyup({ key });
  };
  return { qe, log, press };
}

describe('quick exit: Shift three times', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('exits on the third press of Shift alone, announcing the first two', () => {
    const { log, press } = harness();
    press('Shift');
    press('Shift');
    press('Shift');
    expect(log).toEqual(['left 2', 'left 1', 'exit']);
  });

  it('never counts Shift held to type a capital', () => {
    const { qe, log } = harness();
    for (let i = 0; i < 3; i++) {
      qe.keydown({ key: 'Shift' });
      qe.keydown({ key: 'H' });
      qe.keyup({ key: 'H' });
      qe.keyup({ key: 'Shift' });
    }
    expect(log).not.toContain('exit');
  });

  it('any other key between presses resets the count', () => {
    const { log, press } = harness();
    press('Shift');
    press('Shift');
    press('a');
    press('Shift');
    expect(log).toEqual(['left 2', 'left 1', 'reset', 'left 2']);
  });

  it('each press restarts the 5-second window; a longer pause resets', () => {
    const { log, press } = harness();
    press('Shift');
    vi.advanceTimersByTime(SHIFT_WINDOW_MS - 100);
    press('Shift');
    vi.advanceTimersByTime(SHIFT_WINDOW_MS - 100);
    press('Shift');
    expect(log.at(-1)).toBe('exit');

    const slow = harness();
    slow.press('Shift');
    vi.advanceTimersByTime(SHIFT_WINDOW_MS + 1);
    slow.press('Shift');
    slow.press('Shift');
    expect(slow.log).toEqual(['left 2', 'reset', 'left 2', 'left 1']);
  });
});
