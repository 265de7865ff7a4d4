/**
 * Work that can pause between steps. Building the index for the bundled corpus runs code for the first
 * time, which on a slow phone takes long enough to block the clinic's page; a browser caller yields
 * to the page at the pauses (engine/yield-to-page.ts), while Node and tests run straight through.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result. */
export function runThrough<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
