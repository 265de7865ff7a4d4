/** Command-line parsing shared by `ask` and `eval`: bad usage prints the problem and the usage, exit 2. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Prints what is wrong and how to call the command, then exits 2 (bad usage). */
export function usageError(usage: string, message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

/** `parseArgs` with positionals allowed; an unknown or malformed flag is a usage error. */
export function parseCommandLine<const O extends Options>(argv: readonly string[], options: O, usage: string) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, options });
  } catch (error) {
    return usageError(usage, error instanceof Error ? error.message : String(error));
  }
}

/**
 * A reader that stops early (`| head`) closes the pipe: the command has nothing left to do, so it
 * ends quietly instead of printing a stack trace for EPIPE.
 */
export function endQuietlyWhenOutputCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}
