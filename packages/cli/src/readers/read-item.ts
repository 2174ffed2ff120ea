/** One thing read from an input file: a record, or a problem with the file at a place. */
export type ReadItem =
  | { readonly kind: "record"; readonly value: unknown; readonly index: number; readonly line?: number }
  | {
      readonly kind: "problem";
      /** Stable id, e.g. `input/json-syntax`. */
      readonly rule: string;
      /** Plain English; never quotes the file's content, which may hold personal data. */
      readonly message: string;
      readonly line?: number;
      readonly column?: number;
      /** True when reading this file had to stop here. */
      readonly fatal: boolean;
    };

/** Input formats the readers understand. */
export type InputFormat = "ndjson" | "json" | "csv";

/** The format of a file from its name: `.csv`, `.json`, or `.ndjson`/`.jsonl`. */
export function formatFromName(file: string): InputFormat | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) return "ndjson";
  if (lower.endsWith(".json")) return "json";
  return undefined;
}

/**
 * Where a `JSON.parse` error happened, from V8's message ("… at position 12 (line 1 column 13)").
 * Only the numbers are kept: V8 messages can quote the input, which may be personal data.
 */
export function jsonErrorColumn(error: unknown): number | undefined {
  const text = error instanceof Error ? error.message : "";
  const col = /column (\d+)/.exec(text);
  if (col) return Number(col[1]);
  const pos = /position (\d+)/.exec(text);
  return pos ? Number(pos[1]) + 1 : undefined;
}
