/** Where the command line writes, and what it knows of its terminal; tests pass their own. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** The process's own streams and environment. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** A progress bar belongs on an interactive terminal only: never in a pipe, a file or CI. */
export function wantsProgress(io: CliIo): boolean {
  return Boolean(io.stderr.isTTY) && !io.env["CI"];
}
