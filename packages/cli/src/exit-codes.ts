/** What `csc` exits with, so scripts and CI can act on it. */
export const ExitCode = {
  /** Everything read and valid (queries and warnings may remain). */
  Clean: 0,
  /** Validation errors were found. */
  ValidationErrors: 1,
  /** Bad usage, or an input could not be read or parsed (missing file, bad encoding, malformed CSV/JSON). */
  UsageOrInput: 2,
} as const;
/** What `csc` exits with. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
