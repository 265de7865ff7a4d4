/** One thing wrong with a FAQ file. Errors stop the file from loading; warnings do not. */
export interface Problem {
  readonly severity: 'error' | 'warning';
  /** JSON path such as `entries[3].sources[0].url`, or `(file)` for the file as a whole. */
  readonly path: string;
  /** What is wrong, in words a web admin understands. */
  readonly message: string;
  /** What was expected instead. */
  readonly expected: string;
}

/** One line per problem, as `check` prints it. */
export function formatProblem(p: Problem): string {
  return `${p.severity === 'warning' ? 'warning: ' : ''}${p.path}: ${p.message} (expected ${p.expected})`;
}
