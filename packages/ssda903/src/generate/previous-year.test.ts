import { describe, expect, it } from "vitest";
import type { RawRow } from "../tables/raw-return";
import { generateReturn, generateReturnPair } from "./generate-return";

const byChild = (rows: readonly RawRow[] = []) => {
  const m = new Map<string, RawRow[]>();
  for (const r of rows) m.set(r["CHILD"] as string, [...(m.get(r["CHILD"] as string) ?? []), r]);
  return m;
};

describe("generateReturnPair", () => {
  const options = { children: 2000, collectionYear: "2024-25", seed: 77 } as const;
  const { current, previous } = generateReturnPair(options);

  it("gives exactly generateReturn's return as this year's", () => {
    expect(current).toEqual(generateReturn(options));
  });

  it("is deterministic", () => {
    expect(generateReturnPair(options).previous).toEqual(previous);
  });

  it("continues last year's open episode as this year's first, for every child looked after at last 31 March", () => {
    const now = byChild(current.tables.Episodes);
    const before = byChild(previous.tables.Episodes);
    const careLeavers = new Set(current.tables.OC3?.map((r) => r["CHILD"] as string));
    expect(before.size).toBeGreaterThan(1000);
    let leftAt18 = 0;
    for (const [id, eps] of before) {
      const open = eps[eps.length - 1] as RawRow;
      if (careLeavers.has(id)) {
        // This year's care leavers left care last year, on their 18th birthday.
        leftAt18++;
        expect(now.has(id)).toBe(false);
        expect(open["DEC"]).not.toBeNull();
        continue;
      }
      expect(open["DEC"]).toBeNull(); // nobody else leaves care last year (care ends only this year)
      const first = now.get(id)?.[0];
      expect(first, id).toBeDefined();
      for (const f of [
        "DECOM",
        "RNE",
        "LS",
        "CIN",
        "PLACE",
        "PLACE_PROVIDER",
        "URN",
        "PL_POST",
        "HOME_POST",
      ]) {
        expect(first?.[f], f).toBe(open[f]);
      }
      for (const e of eps) expect(e["DECOM"] as string).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    }
    expect(leftAt18).toBe(careLeavers.size);
  });

  it("keeps each child's DOB, UPN and ethnicity, with last year's SEX codes", () => {
    const header = new Map(current.tables.Header?.map((r) => [r["CHILD"], r]));
    for (const r of previous.tables.Header ?? []) {
      const h = header.get(r["CHILD"]);
      expect(r["DOB"]).toBe(h?.["DOB"]);
      expect(r["UPN"]).toBe(h?.["UPN"]);
      expect(r["ETHNIC"]).toBe(h?.["ETHNIC"]);
      expect(["1", "2"]).toContain(r["SEX"]);
      expect(r["SEX"]).toBe(h?.["SEX"] === "M" ? "1" : "2");
    }
  });

  it("has no care leaver (OC3) rows or adoptions last year, and social worker episodes from 2023-24", () => {
    expect(previous.tables.OC3).toEqual([]);
    expect(previous.tables.AD1).toEqual([]);
    expect(previous.tables.SWEpisodes?.length).toBeGreaterThan(0);
    expect(
      generateReturnPair({ ...options, collectionYear: "2023-24" }).previous.tables.SWEpisodes,
    ).toBeUndefined();
  });
});
