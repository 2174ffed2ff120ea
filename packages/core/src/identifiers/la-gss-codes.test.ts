import { describe, expect, it } from "vitest";
import { addDays } from "../dates/iso-date";
import { gssCodeOfLa, gssCodesOfLa, laNumberOfGss } from "./la-gss-codes";
import { LOCAL_AUTHORITIES } from "./la-number";

describe("ONS codes of councils, by date", () => {
  it("gives Barnsley and Sheffield the codes ONS issued from 1 April 2025", () => {
    // Barnsley and Sheffield (Boundary Change) Order 2024 (SI 2024/1328), transfer date 1 April 2025.
    expect(gssCodeOfLa("370")).toBe("E08000038");
    expect(gssCodeOfLa("370", { on: "2025-03-31" })).toBe("E08000016");
    expect(gssCodeOfLa("370", { on: "2025-04-01" })).toBe("E08000038");
    expect(gssCodeOfLa("373")).toBe("E08000039");
    expect(gssCodeOfLa("373", { on: "2024-06-30" })).toBe("E08000019");
    expect(laNumberOfGss("E08000038")).toBe("370");
    expect(laNumberOfGss("E08000039")).toBe("373");
    expect(laNumberOfGss("E08000016")).toBe("370");
    expect(laNumberOfGss("E08000016", { on: "2025-03-31" })).toBe("370");
    expect(laNumberOfGss("E08000016", { on: "2025-04-01" })).toBeUndefined();
    expect(laNumberOfGss("E08000038", { on: "2025-03-31" })).toBeUndefined();
  });

  it("follows counties that became unitary and councils that were abolished or created", () => {
    expect(gssCodeOfLa("815", { on: "2023-03-31" })).toBe("E10000023"); // North Yorkshire County Council
    expect(gssCodeOfLa("815", { on: "2023-04-01" })).toBe("E06000065");
    expect(gssCodeOfLa("825", { on: "2020-03-31" })).toBe("E10000002"); // Buckinghamshire
    expect(gssCodeOfLa("909", { on: "2023-03-31" })).toBe("E10000006"); // Cumbria's last day
    expect(gssCodeOfLa("909", { on: "2023-04-01" })).toBeUndefined();
    expect(gssCodeOfLa("942", { on: "2023-03-31" })).toBeUndefined(); // Cumberland not yet created
    expect(gssCodeOfLa("942", { on: "2023-04-01" })).toBe("E06000063");
    expect(gssCodeOfLa("999")).toBeUndefined();
    expect(gssCodesOfLa("999")).toEqual([]);
    expect(gssCodesOfLa("370")).toEqual([
      { code: "E08000016", until: "2025-03-31" },
      { code: "E08000038", from: "2025-04-01" },
    ]);
  });

  it("has periods that follow each other without gap or overlap, one council per code", () => {
    const owner = new Map<string, string>();
    for (const row of LOCAL_AUTHORITIES) {
      const periods = gssCodesOfLa(row.code);
      for (let i = 1; i < periods.length; i++) {
        const until = periods[i - 1]?.until;
        expect(until, row.code).toBeDefined();
        expect(periods[i]?.from, row.code).toBe(addDays(until as string, 1));
      }
      for (const p of periods) {
        expect(owner.get(p.code) ?? row.code, p.code).toBe(row.code);
        owner.set(p.code, row.code);
        expect(laNumberOfGss(p.code), p.code).toBe(row.code);
      }
      // Every code answers for its own first and last day and no other council's.
      for (const p of periods) {
        if (p.from) expect(gssCodeOfLa(row.code, { on: p.from })).toBe(p.code);
        if (p.until) expect(gssCodeOfLa(row.code, { on: p.until })).toBe(p.code);
      }
    }
  });
});
