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

/** Runs every step, yielding to the page whenever a slice of time is used up; returns the result. */
export async function runInSlices<T>(steps: Iterator<unknown, T>): Promise<T> {
  let start = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - start < SLICE_MS) continue;
    await nextTask();
    start = performance.now();
  }
}
