import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TABLE_COLUMNS } from "../tables/table-columns";
import { readCsv } from "./read-csv";

// Files without quotes take a fast path (papaparse's fast mode); it must read them exactly as the
// full CSV grammar (csv-parse) does: the same cells, the same line numbers, the same issues.
describe("readCsv's fast path for files without quotes", () => {
  const columns = TABLE_COLUMNS.Header.columns;
  const cell = fc.string({ unit: fc.constantFrom("a", "1", "/", " ", "é", "\t"), maxLength: 4 });
  const record = fc.array(cell, { minLength: 0, maxLength: columns.length + 2 });

  it("agrees with csv-parse on cells and lines, with LF or CRLF and empty lines", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 12 }), fc.constantFrom("\n", "\r\n"), (records, end) => {
        const text = [columns.join(","), ...records.map((r) => r.join(","))].join(end) + end;
        const read = readCsv("h.csv", text);
        // What csv-parse makes of the same text, record by record with the line it starts on.
        const expected: { cells: string[]; line: number }[] = [];
        parse(text, {
          relax_column_count: true,
          skip_empty_lines: true,
          on_record: ((cells: string[], context: { lines: number }) => {
            expected.push({ cells, line: context.lines });
            return null;
          }) as never,
        });
        const body = expected.slice(1);
        expect(read.table).toBe("Header");
        expect(read.lines).toEqual(body.map((r) => r.line));
        expect(read.rows).toEqual(
          body.map(({ cells }) =>
            Object.fromEntries(
              columns.map((c, i) => [c, cells[i] === undefined || cells[i] === "" ? null : cells[i]]),
            ),
          ),
        );
        expect(read.issues.every((i) => i.rule !== undefined)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("leaves mixed line ends to csv-parse, which takes the first line's end as the record delimiter", () => {
    // A lone LF in a CRLF file is then part of a cell, so the two lines are one record with too many
    // fields (reported).
    const read = readCsv("h.csv", `${columns.join(",")}\r\nC1,1,,,,,\nC2,1,,,,,\r\n`);
    expect(read.rows.map((r) => r["CHILD"])).toEqual(["C1"]);
    expect(read.rows[0]?.["MC_DOB"]).toBe("\nC2");
    expect(read.issues.map((i) => i.location?.line)).toEqual([2]);
  });
});
