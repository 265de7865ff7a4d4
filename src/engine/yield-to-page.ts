/**
 * Lets the host page run between steps of the widget's own work, so that no step holds its main
 * thread long (a long task delays the visitor's taps on the clinic's page).
 */
export const nextTask = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Longest stretch of steps run in one task, in ms: a fifth of the 50 ms that makes a long task,
 * leaving room for a 4x slower phone than the machine that measured the step.
 */
const SLICE_MS = 10;

/**
 * The slice under way in this task, shared by every caller. The engine runs step lists one after
 * another with other work between them; each list starting a slice of its own ignored that work,
 * and one task ran 59 ms at 4x throttling (the end of one list, 31 ms of set-up, a slice of the next).
 */
let slice: Slice | undefined;

/** When a slice began, and how long its last step took (the guess for the next). */
interface Slice {
  readonly start: number;
  last: number;
}

function startSlice(): Slice {
  const started = { start: performance.now(), last: 0 };
  slice = started;
  // A timer cannot fire before the current task ends, so once it has, this slice is over.
  setTimeout(() => {
    if (slice === started) slice = undefined;
  }, 0);
  return started;
}

/**
 * Runs every step, yielding to the page whenever the next step, if it takes as long as the last one,
 * would overrun the slice; returns the result. (Yielding only once a slice was used up let a long
 * step start late in a slice: tasks of 45-60 ms where each step took 13-34 ms at 4x throttling.)
 */
export async function runInSlices<T>(steps: Iterator<unknown, T>): Promise<T> {
  let current = slice ?? startSlice();
  for (;;) {
    if (performance.now() - current.start + current.last > SLICE_MS) {
      await nextTask();
      current = startSlice();
    }
    const stepStart = performance.now();
    const step = steps.next();
    if (step.done) return step.value;
    current.last = performance.now() - stepStart;
  }
}
