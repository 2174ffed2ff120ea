import { describe, expect, it } from "vitest";
import { fromReturnDate } from "../codec/return-date";
import type { RawRow } from "../tables/raw-return";
import { generateReturn } from "./generate-return";
import { MUTATION_KINDS, MUTATIONS, mutateReturn } from "./mutate-return";

const iso = (s: string | null | undefined) => (s ? fromReturnDate(s) : undefined) as string;

describe("mutateReturn", () => {
  const clean = generateReturn({ children: 1500, collectionYear: "2024-25", seed: 11 });
  const snapshot = structuredClone(clean);
  const { return: bad, planted } = mutateReturn(clean, { seed: 5, mutations: MUTATION_KINDS });

  it("plants one error of every kind, each on a different child, and leaves the input alone", () => {
    expect(planted.map((p) => p.kind)).toEqual(MUTATION_KINDS);
    expect(new Set(planted.map((p) => p.childId)).size).toBe(planted.length);
    expect(clean).toEqual(snapshot);
  });

  it("changes exactly the named field of the named row", () => {
    for (const p of planted) {
      const before = clean.tables[p.table]?.[p.row] as RawRow;
      const after = bad.tables[p.table]?.[p.row] as RawRow;
      expect(after["CHILD"]).toBe(p.childId);
      expect(after[p.field], p.kind).not.toBe(before[p.field]);
      expect({ ...after, [p.field]: before[p.field] }).toEqual(before);
      expect(p.rule).toBe(MUTATIONS[p.kind].rule);
    }
    let changedRows = 0;
    for (const [t, rows] of Object.entries(bad.tables)) {
      rows.forEach((r, i) => {
        if (r !== clean.tables[t as keyof typeof clean.tables]?.[i]) changedRows++;
      });
    }
    expect(changedRows).toBe(planted.length);
  });

  it("makes each named rule's condition true", () => {
    for (const p of planted) {
      const row = bad.tables[p.table]?.[p.row] as RawRow;
      const rows = bad.tables[p.table] as RawRow[];
      switch (p.kind) {
        case "blank-dob":
          expect(row["DOB"]).toBeNull();
          break;
        case "dec-before-decom":
          expect(iso(row["DEC"]) < iso(row["DECOM"])).toBe(true);
          break;
        case "overlapping-episodes":
          expect(rows[p.row - 1]?.["CHILD"]).toBe(row["CHILD"]);
          expect(iso(row["DECOM"]) < iso(rows[p.row - 1]?.["DEC"])).toBe(true);
          break;
        case "missing-end-before-start":
          expect(iso(row["MIS_END"]) < iso(row["MIS_START"])).toBe(true);
          break;
        case "invalid-upn":
          expect(row["UPN"]).toMatch(/^O/);
          break;
        default:
          expect(["9", "XXXX", "Q", "C9", "X9", "E99", "PN9"]).toContain(row[p.field]);
      }
    }
  });

  it("is deterministic and takes kinds in turn for a count", () => {
    const a = mutateReturn(clean, { seed: 9, mutations: 30 });
    expect(mutateReturn(clean, { seed: 9, mutations: 30 })).toEqual(a);
    expect(a.planted).toHaveLength(30);
    expect(a.planted.slice(0, MUTATION_KINDS.length).map((p) => p.kind)).toEqual(MUTATION_KINDS);
  });

  it("skips a kind no row fits", () => {
    const noMissing = { tables: { ...clean.tables, Missing: [] } };
    expect(mutateReturn(noMissing, { seed: 1, mutations: ["missing-end-before-start"] }).planted).toEqual([]);
  });
});
