import type { Ssda903Return } from "../tables/raw-return";
import { TABLE_NAMES } from "../tables/table-name";
import { CSV_FILE_NAMES, writeCsvTable } from "./write-csv";
import { writeXml } from "./write-xml";
import { XML_TABLES } from "./xml-layout";

/** Options of `writeReturn`. */
export interface WriteReturnOptions {
  /** `"csv"`: one file per table present; `"xml"`: the DfE XML file. */
  readonly format: "csv" | "xml";
  /** Name of the XML file; `"ssda903.xml"` unless given. */
  readonly xmlFileName?: string;
}

/** One written file. */
export interface WrittenFile {
  readonly name: string;
  readonly data: string;
}

/**
 * Writes a return as the DfE formats. CSV: one file per table present (an empty table gives a file
 * with its header row only), DfE column order, CRLF line ends, blank for `null`. XML: one file with
 * the ten classic tables; `SWEpisodes` and `DoLo`, which have no XML layout we know of (and which the
 * Python tool reads from CSV only), are written beside it as CSV so nothing is dropped.
 * Reading the output back with `readReturn` gives the same tables (see the round-trip tests).
 */
export function writeReturn(ret: Ssda903Return, options: WriteReturnOptions): WrittenFile[] {
  if (options.format === "xml") {
    const files: WrittenFile[] = [{ name: options.xmlFileName ?? "ssda903.xml", data: writeXml(ret) }];
    for (const t of TABLE_NAMES) {
      const rows = ret.tables[t];
      if (rows !== undefined && !XML_TABLES.includes(t))
        files.push({ name: CSV_FILE_NAMES[t], data: writeCsvTable(t, rows) });
    }
    return files;
  }
  const files: WrittenFile[] = [];
  for (const t of TABLE_NAMES) {
    const rows = ret.tables[t];
    if (rows !== undefined) files.push({ name: CSV_FILE_NAMES[t], data: writeCsvTable(t, rows) });
  }
  return files;
}
