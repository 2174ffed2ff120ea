import type { ValidationIssue } from "@childrens-social-care/core";
import type { RawRow, Ssda903Return, TableOrigin } from "../tables/raw-return";
import { TABLE_NAMES, type TableName } from "../tables/table-name";
import { decodeText, type TextEncodingOption } from "./decode-text";
import { deriveHeaderUasc } from "./derive-header-uasc";
import { readCsv } from "./read-csv";
import { READ_RULES, readIssue } from "./read-issue";
import { readXml } from "./read-xml";

/** One file of a return as given to the reader: a name (for messages) and its bytes or text. */
export interface ReturnFile {
  readonly name: string;
  readonly data: Uint8Array | string;
}

/** Options of `readReturn`. */
export interface ReadReturnOptions {
  /**
   * How to decode bytes: `"auto"` (the default) reads strict UTF-8 and falls back to Windows-1252
   * with a warning; a UTF-8 or UTF-16 byte order mark is honoured in every mode.
   */
  readonly encoding?: TextEncodingOption;
}

/** A return as read, with the problems found in its files. */
export interface ReadReturnResult {
  readonly return: Ssda903Return;
  /** Problems with the files themselves (never with the data's content; that is validation). */
  readonly issues: ValidationIssue[];
}

/**
 * Reads one collection year's SSDA903 return from its files: CSV files (one per table, each
 * recognised by its column set, not its name) and/or the DfE XML file (which holds the ten classic
 * tables). Give the previous year's files in a separate call.
 *
 * A file is taken as XML when its text starts with `<` (after white space) and as CSV otherwise.
 * Cells stay as the council wrote them (`dd/mm/yyyy` dates, original case); an empty cell is `null`.
 * When both a Header and a UASC table are read from CSV, each Header row gains the derived `UASC`
 * flag (`"1"` when the child is in the UASC table, else `"0"`), as the DfE's tools and
 * csc-validator-be-903 (`ingress.py`, "Adding UASC column to Header table") do; the XML carries the
 * flag itself. Problems with a file (unknown columns, bad CSV or XML syntax, encoding) are returned
 * as issues naming the file, line and column, never quoting a cell, and the other files are still
 * read. When two files hold the same table, the first is kept. Never throws.
 *
 * @example
 * const { return: ret, issues } = readReturn([{ name: "header.csv", data: "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n1,1,01/02/2010,WBRI,,,\r\n" }]);
 * ret.tables.Header?.[0]?.DOB; // "01/02/2010"
 */
export function readReturn(files: readonly ReturnFile[], options: ReadReturnOptions = {}): ReadReturnResult {
  const encoding = options.encoding ?? "auto";
  const issues: ValidationIssue[] = [];
  const tables: Partial<Record<TableName, readonly RawRow[]>> = {};
  const origins: Partial<Record<TableName, TableOrigin>> = {};
  let headerFromCsv = false;

  const keep = (file: string, table: TableName, rows: RawRow[], lines: number[]) => {
    const first = origins[table];
    if (first !== undefined) {
      issues.push(
        readIssue(
          READ_RULES.duplicateTable,
          "error",
          `This file holds the ${table} table, which an earlier file (${first.file}) already gave; it was ignored.`,
          { file, table },
        ),
      );
      return false;
    }
    tables[table] = rows;
    origins[table] = { file, lines };
    return true;
  };

  for (const f of files) {
    const name = typeof f?.name === "string" ? f.name : "(unnamed file)";
    try {
      const data = f?.data ?? "";
      const decoded = decodeText(name, data, xmlDeclaresWindows1252(data) ? "windows-1252" : encoding);
      issues.push(...decoded.issues);
      if (decoded.text.trim() === "") {
        issues.push(readIssue(READ_RULES.emptyFile, "error", "The file is empty.", { file: name }));
        continue;
      }
      if (/^\s*</.test(decoded.text)) {
        const xml = readXml(name, decoded.text);
        issues.push(...xml.issues);
        for (const t of TABLE_NAMES) {
          const rows = xml.tables[t];
          if (rows !== undefined) keep(name, t, rows, xml.lines[t] ?? []);
        }
      } else {
        const csv = readCsv(name, decoded.text);
        issues.push(...csv.issues);
        if (csv.table !== undefined && keep(name, csv.table, csv.rows, csv.lines) && csv.table === "Header") {
          headerFromCsv = true;
        }
      }
    } catch {
      // Belt and braces: the readers above do not throw, but a reader of untrusted files must never.
      issues.push(readIssue(READ_RULES.csvSyntax, "error", "The file could not be read.", { file: name }));
    }
  }
  const header = tables.Header;
  if (header !== undefined && headerFromCsv && tables.UASC !== undefined) {
    tables.Header = deriveHeaderUasc(header, tables.UASC);
  }
  return { return: { tables, origins }, issues };
}

// An XML declaration naming a single-byte Western code page: decode as the file says. Windows-1252
// is a superset of ISO-8859-1's printable characters and is what TextDecoder gives for both labels.
function xmlDeclaresWindows1252(data: Uint8Array | string): boolean {
  if (typeof data === "string") return false;
  const head = new TextDecoder("latin1").decode(data.subarray(0, 200));
  const m = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(head);
  return m !== null && /^(iso-8859-1|latin-?1|windows-1252|cp1252)$/i.test(m[1] as string);
}
