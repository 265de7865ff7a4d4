/**
 * Shift pressed on its own three times within 5 seconds exits (GOV.UK "Exit this page"). Shift held
 * to type a capital never counts: any other key while Shift is down, or between presses, resets.
 * Works on plain key events so it is testable without a DOM.
 */

/** Presses of Shift alone that trigger the exit. */
export const SHIFT_PRESSES = 3;
/** Window for the presses, in ms; each press restarts it. */
export const SHIFT_WINDOW_MS = 5000;

export interface KeyLike {
  readonly key: string;
}

export interface QuickExit {
  keydown(event: KeyLike): void;
  keyup(event: KeyLike): void;
  dispose(): void;
}

export interface QuickExitHandlers {
  /** After the first and second press: how many presses are left. */
  onProgress(left: number): void;
  onReset(): void;
  onExit(): void;
}

export function createQuickExit(handlers: QuickExitHandlers): QuickExit {
  let count = 0;
  let otherKeySinceShiftDown = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const reset = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (count > 0) handlers.onReset();
    count = 0;
  };

  return {
    keydown(event) {
      if (event.key === 'Shift') {
        otherKeySinceShiftDown = false;
        return;
      }
      otherKeySinceShiftDown = true;
      reset();
    },
    keyup(event) {
      if (event.key !== 'Shift' || otherKeySinceShiftDown) return;
      count += 1;
      if (timer) clearTimeout(timer);
      if (count >= SHIFT_PRESSES) {
        count = 0;
        timer = undefined;
        handlers.onExit();
        return;
      }
      handlers.onProgress(SHIFT_PRESSES - count);
      timer = setTimeout(reset, SHIFT_WINDOW_MS);
    },
    dispose() {
      if (timer) clearTimeout(timer);
    },
  };
}
