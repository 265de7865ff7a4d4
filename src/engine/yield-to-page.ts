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
 * Runs every step, yielding to the page whenever the next step, if it takes as long as the last one,
 * would overrun the slice; returns the result. (Yielding only once a slice was used up let a long
 * step start late in a slice: tasks of 45-60 ms where each step took 13-34 ms at 4x throttling.)
 */
export async function runInSlices<T>(steps: Iterator<unknown, T>): Promise<T> {
  let start = performance.now();
  let last = 0;
  for (;;) {
    if (performance.now() - start + last > SLICE_MS) {
      await nextTask();
      start = performance.now();
    }
    const stepStart = performance.now();
    const step = steps.next();
    if (step.done) return step.value;
    last = performance.now() - stepStart;
  }
}
