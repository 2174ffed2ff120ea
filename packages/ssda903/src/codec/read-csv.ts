import type { ValidationIssue } from "@childrens-social-care/core";
import { CsvError, parse } from "csv-parse/sync";
import Papa from "papaparse";
import type { RawRow } from "../tables/raw-return";
import type { TableName } from "../tables/table-name";
import { READ_RULES, readIssue } from "./read-issue";
import { recogniseHeader } from "./recognise-table";

/** One CSV file read as a table. */
export interface CsvTable {
  /** The table recognised from the header row, or `undefined` when the column set is unknown. */
  readonly table: TableName | undefined;
  readonly rows: RawRow[];
  /** The 1-based line each row starts on. */
  readonly lines: number[];
  readonly issues: ValidationIssue[];
}

/**
 * Reads one CSV file of the return with csv-parse. The header row names the table (see
 * `recogniseHeader`); each later record becomes a row keyed by the DfE column names, an empty cell
 * becoming `null` and every other cell kept exactly as written (no trimming, no re-casing: dates stay
 * `dd/mm/yyyy`). Empty lines are skipped, and so are blank cells after the last column (a trailing
 * comma on every line, as spreadsheets often write). A record with the wrong number of fields is kept
 * (missing cells are `null`, extra ones dropped) and reported. When the parser stops on a syntax error (e.g. an
 * unclosed quote) the records before it are kept and the error is reported with its line and field.
 * Never throws.
 */
export function readCsv(file: string, text: string): CsvTable {
  const issues: ValidationIssue[] = [];
  const rows: RawRow[] = [];
  const lines: number[] = [];
  let header: ReturnType<typeof recogniseHeader> | null = null;
  let table: TableName | undefined;
  let width = 0;
  let stopped = false;

  // One record, starting on 1-based `line`. Returns false once the file cannot be read further.
  const accept = (record: string[], line: number): boolean => {
    if (stopped) return false;
    if (header === null) {
      // Spreadsheet exports often end every line with a stray comma: blank header cells at the end
      // are not columns.
      let cells = record.length;
      while (cells > 0 && (record[cells - 1] as string).trim() === "") cells--;
      header = recogniseHeader(cells === record.length ? record : record.slice(0, cells));
      if (header === undefined) {
        issues.push(
          readIssue(
            READ_RULES.unknownColumns,
            "error",
            `The header row has ${record.length} columns that are not the column set of any SSDA903 table, so the file was not read. Each table's file must have exactly its DfE columns.`,
            { file, line },
          ),
        );
        stopped = true;
        return false;
      }
      table = header.table;
      width = header.columns.length;
      return true;
    }
    if (header === undefined) return false;
    if (record.length !== width && !(record.length > width && blankFrom(record, width))) {
      issues.push(
        readIssue(
          READ_RULES.fieldCount,
          "error",
          `This record has ${record.length} fields but the header has ${width}; missing fields were read as blank and extra ones ignored.`,
          { file, line, table, row: rows.length, column: Math.min(record.length, width) + 1 },
        ),
      );
    }
    const row: Record<string, string | null> = {};
    const columns = header.columns;
    for (let i = 0; i < width; i++) {
      const cell = record[i];
      row[columns[i] as string] = cell === undefined || cell === "" ? null : cell;
    }
    rows.push(row);
    lines.push(line);
    return true;
  };

  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const newline = plainNewline(body);
  if (newline !== undefined) {
    // The common case, a file without quotes and with one kind of line end: every line is one record,
    // so papaparse's fast mode (which splits on line ends and commas) reads it exactly as csv-parse
    // would, at about twice the speed, and the line of a record is its count of lines.
    let line = 0;
    Papa.parse<string[]>(body, {
      delimiter: ",",
      newline,
      quoteChar: '"',
      fastMode: true,
      skipEmptyLines: false,
      step: (result, parser) => {
        line++;
        const record = result.data;
        if (record.length === 1 && record[0] === "") return; // an empty line
        if (!accept(record, line)) parser.abort();
      },
    });
  } else {
    // Quotes, or mixed line ends: csv-parse, which reads quoted cells with commas and line breaks and
    // reports a syntax error with its line and field.
    try {
      parse(body, {
        relax_column_count: true,
        skip_empty_lines: true,
        on_record: ((record: string[], context: { lines: number }) => {
          accept(record, startLine(record, context.lines));
          return null;
        }) as never,
      });
    } catch (error) {
      issues.push(csvSyntaxIssue(file, error, table, rows.length));
    }
  }
  if (header === null) {
    issues.push(
      readIssue(READ_RULES.emptyFile, "error", "The file is empty: it has no header row.", { file }),
    );
  }
  return { table, rows, lines, issues };
}

/**
 * The line end of a file that has no quote character and only one kind of line end (`\n` or `\r\n`),
 * or `undefined` when the file needs the full CSV grammar (quotes, or line ends of more than one kind).
 */
function plainNewline(text: string): "\n" | "\r\n" | undefined {
  if (text.includes('"')) return undefined;
  const firstCr = text.indexOf("\r");
  if (firstCr < 0) return "\n";
  // Every CR must be followed by LF and every LF preceded by CR.
  let crs = 0;
  for (let at = firstCr; at >= 0; at = text.indexOf("\r", at + 1)) {
    if (text.charCodeAt(at + 1) !== 10) return undefined;
    crs++;
  }
  let lfs = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lfs++;
  return crs === lfs ? "\r\n" : undefined;
}

function blankFrom(record: readonly string[], from: number): boolean {
  for (let i = from; i < record.length; i++) if (record[i] !== "") return false;
  return true;
}

// csv-parse reports the line a record ENDS on; a quoted field may hold line breaks, so the record
// started that many lines earlier.
function startLine(record: readonly string[], endLine: number): number {
  let breaks = 0;
  for (const cell of record) {
    if (cell.length > 0 && cell.includes("\n")) breaks += cell.split("\n").length - 1;
  }
  return Math.max(1, endLine - breaks);
}

function csvSyntaxIssue(
  file: string,
  error: unknown,
  table: TableName | undefined,
  row: number,
): ValidationIssue {
  if (error instanceof CsvError) {
    const e = error as CsvError & { lines?: number; column?: number | string };
    const line = typeof e.lines === "number" && e.lines >= 1 ? e.lines : undefined;
    const column = typeof e.column === "number" ? e.column + 1 : undefined;
    return readIssue(
      READ_RULES.csvSyntax,
      "error",
      `The CSV file could not be read past this point (${describeCsvError(e.code)}); records after it were not read.`,
      { file, ...(line ? { line } : {}), ...(column ? { column } : {}), ...(table ? { table, row } : {}) },
    );
  }
  return readIssue(READ_RULES.csvSyntax, "error", "The CSV file could not be read.", { file });
}

// The parser's own messages quote the offending character and so may quote personal data; we say
// what went wrong in our own words, keyed by its stable error code.
function describeCsvError(code: string): string {
  switch (code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "a quoted field is never closed";
    case "CSV_INVALID_CLOSING_QUOTE":
      return "a quoted field's closing quote is followed by something other than a comma or line end";
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return "text follows a closing quote";
    case "CSV_MAX_RECORD_SIZE":
      return "a record is too large";
    default:
      return `CSV syntax error ${code}`;
  }
}
