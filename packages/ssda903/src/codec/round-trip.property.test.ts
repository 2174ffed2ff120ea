import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RawRow, ReturnTables } from "../tables/raw-return";
import { TABLE_COLUMNS } from "../tables/table-columns";
import { TABLE_NAMES, type TableName } from "../tables/table-name";
import { deriveHeaderUasc } from "./derive-header-uasc";
import { readReturn } from "./read-return";
import { writeReturn } from "./write-return";
import { XML_TABLES } from "./xml-layout";

const anyCell = fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: null, freq: 3 });
const rowOf = (table: TableName, cell: fc.Arbitrary<string | null>) =>
  fc.tuple(...TABLE_COLUMNS[table].columns.map(() => cell)).map((cells) => {
    const row: Record<string, string | null> = {};
    TABLE_COLUMNS[table].columns.forEach((c, i) => {
      row[c] = cells[i] ?? null;
    });
    return row as RawRow;
  });

// XML 1.0 cannot carry most control characters, and parsers normalise CR and tabs in some places.
function isXmlSafe(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code < 0x20 && code !== 0x0a) || code === 0xfffe || code === 0xffff) return false;
  }
  return true;
}

describe("write then read round-trips", () => {
  it("CSV: every table, any text in any cell (blank = null)", () => {
    const tables = fc
      .subarray([...TABLE_NAMES], { minLength: 1 })
      .chain((names) =>
        fc.tuple(
          ...names.map((t) =>
            fc.array(rowOf(t, anyCell), { maxLength: 5 }).map((rows) => [t, rows] as const),
          ),
        ),
      )
      .map((entries) => Object.fromEntries(entries) as ReturnTables);
    fc.assert(
      fc.property(tables, (t) => {
        const { return: back, issues } = readReturn(writeReturn({ tables: t }, { format: "csv" }));
        expect(issues).toEqual([]);
        const expected: Record<string, readonly RawRow[]> = { ...t };
        if (t.Header && t.UASC) expected["Header"] = deriveHeaderUasc(t.Header, t.UASC);
        expect(back.tables).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("XML: the ten classic tables of any return the XML can express", () => {
    // Text that XML 1.0 can carry unchanged: no control characters (and no CR, which XML
    // parsers normalise to LF).
    const xmlText = fc.string({
      unit: fc
        .oneof(
          fc.constantFrom("&", "<", ">", '"', "'", " ", "\n", "é", "€"),
          fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
        )
        .filter(isXmlSafe),
      minLength: 1,
      maxLength: 10,
    });
    const cell = fc.option(xmlText, { nil: null, freq: 3 });
    const child = fc.record({
      header: rowOf("Header", cell),
      uasc: fc.constantFrom<string | null>(null, "0", "1"),
      duc: cell,
      episodes: fc.array(rowOf("Episodes", cell), { maxLength: 3 }),
      reviews: fc.array(rowOf("Reviews", cell), { maxLength: 3 }),
      missing: fc.array(rowOf("Missing", cell), { maxLength: 2 }),
      placed: fc.array(rowOf("PlacedAdoption", cell), { maxLength: 2 }),
      oc2: fc.option(rowOf("OC2", cell), { nil: undefined }),
      prevPerm: fc.option(rowOf("PrevPerm", cell), { nil: undefined }),
      oc3: fc.option(rowOf("OC3", xmlText), { nil: undefined }),
      ad1: fc.option(rowOf("AD1", xmlText), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(child, { maxLength: 6, selector: (c) => c.header["CHILD"] }), (children) => {
        const t: Record<string, RawRow[]> = Object.fromEntries(XML_TABLES.map((n) => [n, []]));
        for (const c of children) {
          const id = c.header["CHILD"] ?? null;
          const dob = c.header["DOB"] ?? null;
          const sex = c.header["SEX"] ?? null;
          t["Header"]?.push({ ...c.header, UASC: c.uasc });
          if ((c.uasc !== null && c.uasc !== "0") || c.duc !== null)
            t["UASC"]?.push({ CHILD: id, SEX: sex, DOB: dob, DUC: c.duc });
          const own = (r: RawRow, withDob = true) =>
            withDob ? { ...r, CHILD: id, DOB: dob } : { ...r, CHILD: id };
          t["Episodes"]?.push(...c.episodes.map((r) => own(r, false)));
          t["Reviews"]?.push(...c.reviews.map((r) => own(r)));
          t["Missing"]?.push(...c.missing.map((r) => own(r)));
          t["PlacedAdoption"]?.push(...c.placed.map((r) => own(r)));
          if (c.oc2) t["OC2"]?.push(own(c.oc2));
          if (c.prevPerm) t["PrevPerm"]?.push(own(c.prevPerm));
          if (c.oc3) t["OC3"]?.push(own(c.oc3));
          if (c.ad1) t["AD1"]?.push(own(c.ad1));
        }
        // The reader lists rows table by table in child order; sort the expected the same way.
        const { return: back, issues } = readReturn(writeReturn({ tables: t }, { format: "xml" }));
        expect(issues).toEqual([]);
        expect(back.tables).toEqual(t);
      }),
      { numRuns: 200 },
    );
  });
});
