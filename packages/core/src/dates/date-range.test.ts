import { describe, expect, it } from "vitest";
import * as z from "zod";
import { expectSchemaAgreement } from "../testing/schema-agreement";
import { DateRange, endNotBeforeStart, rangeContains, rangesOverlap } from "./date-range";
import { IsoDate } from "./iso-date";

describe("DateRange", () => {
  it("allows open, one-day and ordered ranges", () => {
    for (const r of [
      { start: "2024-01-01" },
      { start: "2024-01-01", end: "2024-01-01" },
      { start: "2024-01-01", end: "2025-01-01" },
    ])
      expect(DateRange.safeParse(r).success).toBe(true);
  });

  it("reports an end before the start on the end field", () => {
    const r = DateRange.safeParse({ start: "2024-01-02", end: "2024-01-01" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["end"]);
    expect(r.error?.issues[0]?.message).toBe("end must not be before start.");
  });

  it("works on any object with its own field names", () => {
    const Stay = z.object({ from: IsoDate, to: IsoDate.optional() }).check(endNotBeforeStart("from", "to"));
    expect(Stay.safeParse({ from: "2024-05-01", to: "2024-04-30" }).error?.issues[0]?.path).toEqual(["to"]);
  });

  it("tests overlap and containment with inclusive ends", () => {
    expect(rangesOverlap({ start: "2024-01-01", end: "2024-01-31" }, { start: "2024-01-31" })).toBe(true);
    expect(rangesOverlap({ start: "2024-01-01", end: "2024-01-30" }, { start: "2024-01-31" })).toBe(false);
    expect(rangeContains({ start: "2024-01-01" }, "2030-01-01")).toBe(true);
    expect(rangeContains({ start: "2024-01-01", end: "2024-01-31" }, "2024-02-01")).toBe(false);
  });

  it("JSON Schema agrees with Zod (the order of dates is Zod-only)", () => {
    expectSchemaAgreement(DateRange, {
      cases: [
        { start: "2024-01-01" },
        { start: "2024-02-30" },
        { end: "2024-01-01" },
        { start: "2024-01-01", end: "2024-13-01" },
        "x",
      ],
      zodOnly: [
        {
          value: { start: "2024-01-02", end: "2024-01-01" },
          reason: "JSON Schema cannot compare two fields",
        },
      ],
    });
  });
});
