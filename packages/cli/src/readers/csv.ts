import { type CsvError, parse } from "csv-parse";
import { type InputEncoding, openText } from "./decode";
import { readFailure } from "./ndjson";
import type { ReadItem } from "./read-item";

// Plain-English readings of csv-parse's error codes (its own messages can quote the data).
const CSV_PROBLEMS: Partial<Record<string, string>> = {
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: "This row has a different number of fields from the header.",
  CSV_RECORD_INCONSISTENT_COLUMNS: "This row has a different number of fields from the header.",
  CSV_QUOTE_NOT_CLOSED: "A quoted field is never closed (the file may be cut short).",
  CSV_INVALID_CLOSING_QUOTE: "A closing quote is followed by something other than a delimiter.",
  INVALID_OPENING_QUOTE: "A quote appears inside an unquoted field.",
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE:
    "A closing quote is followed by something other than a delimiter.",
  CSV_MAX_RECORD_SIZE: "A row is larger than the maximum record size.",
};

/** Turns a CSV row's cells into a record: empty cells are left out, `a.b` headers become nested. */
export type CellConverter = (column: string, text: string) => unknown;

/**
 * Reads a CSV file with a header row as a stream of records (memory stays flat). A row with the wrong
 * number of fields is reported with its line and skipped; a structural error that stops parsing (an
 * unclosed quote) is reported with its line and ends the file.
 */
export async function* readCsv(
  file: string,
  options: { encoding: InputEncoding; onBytes?: (n: number) => void; convert?: CellConverter },
): AsyncGenerator<ReadItem> {
  const skipped: ReadItem[] = [];
  const parser = parse({
    columns: true,
    bom: true,
    skip_empty_lines: true,
    info: true,
    skip_records_with_error: true,
    on_skip: (err: CsvError | undefined) => {
      if (err) skipped.push(csvProblem(err, false));
      return undefined;
    },
  });
  const source = openText(file, options.encoding, options.onBytes);
  source.on("error", (error: Error) => parser.destroy(error));
  source.pipe(parser);
  let index = 0;
  let lastLine = 0;
  try {
    for await (const item of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      while (skipped.length) yield skipped.shift() as ReadItem;
      lastLine = item.info.lines;
      yield { kind: "record", value: toRecord(item.record, options.convert), index, line: item.info.lines };
      index += 1;
    }
    while (skipped.length) yield skipped.shift() as ReadItem;
  } catch (error) {
    while (skipped.length) yield skipped.shift() as ReadItem;
    if (isCsvError(error)) {
      yield csvProblem(error as CsvError, true);
    } else {
      yield readFailure(error, lastLine + 1);
    }
  }
}

function isCsvError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    error instanceof Error &&
    typeof code === "string" &&
    (code.startsWith("CSV_") || code === "INVALID_OPENING_QUOTE")
  );
}

function csvProblem(err: CsvError, fatal: boolean): ReadItem {
  const line = typeof err["lines"] === "number" ? (err["lines"] as number) : undefined;
  const message = CSV_PROBLEMS[err.code] ?? `The CSV could not be parsed here (${err.code}).`;
  return { kind: "problem", rule: "input/csv-syntax", message, ...(line ? { line } : {}), fatal };
}

function toRecord(row: Record<string, string>, convert?: CellConverter): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, text] of Object.entries(row)) {
    if (text === "") continue;
    const value = convert ? convert(column, text) : text;
    const path = column.split(".");
    let target = out;
    for (const key of path.slice(0, -1)) {
      const next = target[key];
      if (typeof next !== "object" || next === null) target[key] = {};
      target = target[key] as Record<string, unknown>;
    }
    target[path[path.length - 1] as string] = value;
  }
  return out;
}
