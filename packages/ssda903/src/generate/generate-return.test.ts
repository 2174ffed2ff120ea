import { collectionYearEnd, collectionYearStart, isValidUpn } from "@childrens-social-care/core";
import { describe, expect, it } from "vitest";
import { describeWithReference } from "../../../../scripts/reference-suite";
import { readReturn } from "../codec/read-return";
import { fromReturnDate } from "../codec/return-date";
import { writeReturn } from "../codec/write-return";
import { XML_TABLES } from "../codec/xml-layout";
import type { RawRow } from "../tables/raw-return";
import { TABLE_COLUMNS } from "../tables/table-columns";
import type { TableName } from "../tables/table-name";
import { readReferenceJson, SSDA903_DATA } from "../testing/reference-data";
import { generateReturn } from "./generate-return";

const YEARS = ["2022-23", "2023-24", "2024-25", "2025-26", "2026-27"] as const;

interface CodeListFile {
  [field: string]: { table: string; codes?: { code: string; valid_in_d2i_validator: string[] }[] };
}

const iso = (text: string | null | undefined) => (text ? (fromReturnDate(text) ?? "invalid") : null);
const byChild = (rows: readonly RawRow[] = []) => {
  const m = new Map<string, RawRow[]>();
  for (const r of rows) {
    const id = r["CHILD"] as string;
    m.set(id, [...(m.get(id) ?? []), r]);
  }
  return m;
};

describe("generateReturn", () => {
  it("is deterministic from its seed", () => {
    const a = generateReturn({ children: 300, collectionYear: "2024-25", seed: 1 });
    expect(generateReturn({ children: 300, collectionYear: "2024-25", seed: 1 })).toEqual(a);
    expect(generateReturn({ children: 300, collectionYear: "2024-25", seed: 2 })).not.toEqual(a);
  });

  it("gives SEX 1/2 up to 2023-24 and M/F from 2024-25", () => {
    const sexes = (year: (typeof YEARS)[number]) =>
      new Set(
        generateReturn({ children: 200, collectionYear: year, seed: 3 }).tables.Header?.map((r) => r["SEX"]),
      );
    expect([...sexes("2023-24")].sort()).toEqual(["1", "2"]);
    expect([...sexes("2024-25")].sort()).toEqual(["F", "M"]);
  });

  it("has SWEpisodes from 2023-24 only, and no DoLo", () => {
    expect(
      generateReturn({ children: 50, collectionYear: "2022-23", seed: 1 }).tables.SWEpisodes,
    ).toBeUndefined();
    expect(
      generateReturn({ children: 50, collectionYear: "2023-24", seed: 1 }).tables.SWEpisodes?.length,
    ).toBeGreaterThan(0);
    expect(generateReturn({ children: 50, collectionYear: "2026-27", seed: 1 }).tables.DoLo).toBeUndefined();
  });

  describe("a 3,000-child 2024-25 return", () => {
    const year = "2024-25";
    const start = collectionYearStart(year);
    const end = collectionYearEnd(year);
    const ret = generateReturn({ children: 3000, collectionYear: year, seed: 2024 });
    const t = ret.tables;
    const header = new Map(t.Header?.map((r) => [r["CHILD"] as string, r]));
    const episodes = byChild(t.Episodes);

    it("lists every child once in Header, with the same DOB on every table", () => {
      expect(t.Header).toHaveLength(3000);
      expect(header.size).toBe(3000);
      for (const [table, rows] of Object.entries(t)) {
        for (const row of rows) {
          const h = header.get(row["CHILD"] as string);
          expect(h, table).toBeDefined();
          if ("DOB" in row) expect(row["DOB"], table).toBe(h?.["DOB"]);
        }
      }
    });

    it("writes only real dates, none after the year", () => {
      for (const [table, rows] of Object.entries(t)) {
        for (const row of rows) {
          for (const [field, value] of Object.entries(row)) {
            if (value !== null && /^\d\d\/\d\d\/\d{4}$/.test(value)) {
              const d = iso(value) as string;
              expect(d, `${table}.${field}`).not.toBe("invalid");
              if (field !== "DUC") expect(d <= end, `${table}.${field}`).toBe(true);
            }
          }
        }
      }
    });

    it("gives valid UPNs, UN1 only under 4 and UN2 for UASC children", () => {
      for (const r of t.Header ?? []) {
        const upn = r["UPN"] as string;
        expect(isValidUpn(upn) || upn === "UN1" || upn === "UN2").toBe(true);
      }
    });

    it("chains each child's episodes with no gap or overlap, first S, only the last open", () => {
      let sawCarried = false;
      let sawTemporary = false;
      for (const [id, eps] of episodes) {
        const dob = iso(header.get(id)?.["DOB"]) as string;
        expect(dob < (iso(eps[0]?.["DECOM"]) as string)).toBe(true);
        for (let k = 0; k < eps.length; k++) {
          const e = eps[k] as RawRow;
          const decom = iso(e["DECOM"]) as string;
          const dec = iso(e["DEC"]);
          if (k === 0 && decom >= start) expect(e["RNE"]).toBe("S");
          if (k === 0 && decom < start) sawCarried = true;
          if (k > 0) {
            expect(e["RNE"]).not.toBe("S");
            expect(e["DECOM"]).toBe(eps[k - 1]?.["DEC"]);
          }
          if (dec !== null) expect(dec > decom).toBe(true);
          expect(e["DEC"] === null).toBe(e["REC"] === null);
          if (k < eps.length - 1) expect(e["REC"]).toBe("X1");
          else expect(e["REC"]).not.toBe("X1");
          if (dec !== null) expect(dec >= start).toBe(true);
          // A placement change needs a reason on the episode that ends (rule 225), except around a
          // temporary placement, where none is given (rule 226); after one the child goes back (383).
          const next = eps[k + 1];
          const temporary = (r?: RawRow) => /^T[0-4]$/.test((r?.["PLACE"] as string) ?? "");
          if (temporary(e) || temporary(next)) expect(e["REASON_PLACE_CHANGE"]).toBeNull();
          else if (next && ["P", "B", "T", "U"].includes(next["RNE"] as string))
            expect(e["REASON_PLACE_CHANGE"]).not.toBeNull();
          if (temporary(e)) {
            sawTemporary = true;
            expect(e["RNE"]).toBe("P");
            expect(e["REC"] === null || e["REC"] === "X1").toBe(true);
            if (next) {
              expect(next["RNE"]).toBe("P");
              if (k > 0) expect(next["PLACE"]).toBe(eps[k - 1]?.["PLACE"]);
            }
          }
          if (next?.["RNE"] === "L") {
            expect(next["LS"]).not.toBe(e["LS"]);
            expect(next["PLACE"]).toBe(e["PLACE"]);
          }
          // Placed with parents: provider PR0 and no URN (rules 550, 222); temporary placements have
          // neither (213, 222); every other placement has both (526, 218).
          expect(e["PLACE_PROVIDER"] === "PR0").toBe(e["PLACE"] === "P1");
          expect(e["PLACE_PROVIDER"] === null).toBe(temporary(e));
          expect(e["URN"] === null).toBe(e["PLACE"] === "P1" || temporary(e));
          expect(e["PLACE"] === "P1" && e["LS"] === "V2").toBe(false);
        }
      }
      expect(sawCarried).toBe(true);
      expect(sawTemporary).toBe(true);
    });

    it("gives ages 0-17 at the start of the year to looked-after children", () => {
      for (const [id] of episodes) {
        const dob = iso(header.get(id)?.["DOB"]) as string;
        const age =
          Number(start.slice(0, 4)) - Number(dob.slice(0, 4)) - (start.slice(5) < dob.slice(5) ? 1 : 0);
        expect(age).toBeGreaterThanOrEqual(0);
        expect(age).toBeLessThanOrEqual(17);
      }
    });

    it("has OC2 only for children looked after 12 months at 31 March, OC3 only for care leavers", () => {
      for (const r of t.OC2 ?? []) {
        const eps = episodes.get(r["CHILD"] as string) ?? [];
        const lastEnd = iso(eps[eps.length - 1]?.["DEC"]);
        expect(lastEnd === null || lastEnd >= end).toBe(true);
        expect(eps.some((e) => e["RNE"] === "S" && (iso(e["DECOM"]) as string) > start)).toBe(false);
      }
      for (const r of t.OC3 ?? []) expect(episodes.has(r["CHILD"] as string)).toBe(false);
      expect(t.OC2?.length).toBeGreaterThan(300);
      expect(t.OC3?.length).toBeGreaterThan(30);
    });

    it("gives adopted children AD1 and PlacedAdoption rows and an A3-A6 placement before", () => {
      const ad1 = new Set(t.AD1?.map((r) => r["CHILD"]));
      expect(ad1.size).toBeGreaterThan(10);
      const placed = new Set(t.PlacedAdoption?.map((r) => r["CHILD"]));
      for (const [id, eps] of episodes) {
        const adopted = eps.some((e) => e["REC"] === "E11" || e["REC"] === "E12");
        expect(ad1.has(id)).toBe(adopted);
        if (adopted) {
          expect(placed.has(id)).toBe(true);
          expect(/^A[3-6]$/.test(eps[eps.length - 1]?.["PLACE"] as string)).toBe(true);
        }
      }
    });

    it("has reviews, missing periods inside care and social worker episodes", () => {
      expect(t.Reviews?.length).toBeGreaterThan(3000);
      expect(t.Missing?.length).toBeGreaterThan(50);
      for (const m of t.Missing ?? [])
        expect((iso(m["MIS_START"]) as string) <= (iso(m["MIS_END"]) as string)).toBe(true);
      expect(t.SWEpisodes?.length).toBeGreaterThan(2500);
    });

    it("round-trips through CSV and (classic tables) XML", () => {
      const csv = readReturn(writeReturn(ret, { format: "csv" }));
      expect(csv.issues).toEqual([]);
      expect(csv.return.tables).toEqual(ret.tables);
      const xml = readReturn(writeReturn(ret, { format: "xml" }));
      expect(xml.issues).toEqual([]);
      expect(xml.return.tables).toEqual(ret.tables);
      expect(Object.keys(xml.return.tables).filter((k) => XML_TABLES.includes(k as TableName))).toHaveLength(
        10,
      );
    });
  });
});

describeWithReference("generateReturn against the D2I code lists", [SSDA903_DATA], () => {
  const codeLists = readReferenceJson<CodeListFile>("derived/903_code_lists.json");
  it.each(YEARS)("uses only codes the code lists accept in %s", (year) => {
    const ret = generateReturn({ children: 2000, collectionYear: year, seed: 7 });
    let checked = 0;
    for (const [field, list] of Object.entries(codeLists)) {
      if (!Array.isArray(list.codes)) continue; // the file's own metadata entries
      const valid = new Set(
        list.codes.filter((c) => c.valid_in_d2i_validator.includes(year)).map((c) => c.code),
      );
      if (valid.size === 0) continue; // lists the validator does not check by year (flags, LA codes)
      for (const [table, rows] of Object.entries(ret.tables)) {
        if (!TABLE_COLUMNS[table as TableName].columns.includes(field)) continue;
        for (const row of rows) {
          const value = (row as RawRow)[field];
          if (value === null || value === undefined) continue;
          checked++;
          expect(valid.has(value), `${table}.${field}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(10000);
  });
});
