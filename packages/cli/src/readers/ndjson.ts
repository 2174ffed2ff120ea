import { createInterface } from "node:readline";
import { EncodingError, type InputEncoding, openText } from "./decode";
import { jsonErrorColumn, type ReadItem } from "./read-item";

/**
 * Reads newline-delimited JSON one line at a time (memory stays flat however large the file). A line
 * that is not valid JSON is reported with its line and column and the rest of the file is still read;
 * blank lines are skipped. A file in the wrong encoding stops at the first bad byte.
 */
export async function* readNdjson(
  file: string,
  options: { encoding: InputEncoding; onBytes?: (n: number) => void },
): AsyncGenerator<ReadItem> {
  const lines = createInterface({
    input: openText(file, options.encoding, options.onBytes),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let line = 0;
  let index = 0;
  try {
    for await (const text of lines) {
      line += 1;
      if (text.trim() === "") continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        const column = jsonErrorColumn(error);
        yield {
          kind: "problem",
          rule: "input/json-syntax",
          message: "This line is not valid JSON.",
          line,
          ...(column ? { column } : {}),
          fatal: false,
        };
        continue;
      }
      yield { kind: "record", value, index, line };
      index += 1;
    }
  } catch (error) {
    yield readFailure(error, line + 1);
  }
}

/** A problem for an error that stopped the read (encoding, I/O). */
export function readFailure(error: unknown, line: number): ReadItem {
  if (error instanceof EncodingError) {
    return { kind: "problem", rule: "input/encoding", message: error.message, line, fatal: true };
  }
  const code = (error as { code?: string }).code;
  const message =
    code === "ENOENT"
      ? "The file does not exist."
      : code === "EACCES"
        ? "The file cannot be read (permission denied)."
        : code === "EISDIR"
          ? "This is a folder, not a file."
          : `The file could not be read (${code ?? "unknown error"}).`;
  return { kind: "problem", rule: "input/unreadable", message, fatal: true };
}
