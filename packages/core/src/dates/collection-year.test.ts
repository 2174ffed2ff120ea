import { describe, expect, it } from "vitest";
import {
  CollectionYear,
  collectionYearEnd,
  collectionYearOf,
  collectionYearStart,
  compareCollectionYears,
  isCollectionYear,
  shiftCollectionYear,
} from "./collection-year";

describe("CollectionYear", () => {
  it("accepts consecutive years, including the century turn", () => {
    for (const y of ["2024-25", "1999-00", "2099-00"]) expect(CollectionYear.safeParse(y).success).toBe(true);
  });

  it("rejects anything else with a reason", () => {
    for (const y of ["2024-26", "2024/25", "2024-2025", "24-25", "2024-5"]) {
      expect(CollectionYear.safeParse(y).success).toBe(false);
      expect(isCollectionYear(y)).toBe(false);
    }
    const issue = CollectionYear.safeParse("2024-26").error?.issues[0];
    expect(issue?.message).toBe("The second year must follow the first, e.g. 2024-25.");
  });

  it("runs from 1 April to 31 March", () => {
    expect(collectionYearStart("2024-25")).toBe("2024-04-01");
    expect(collectionYearEnd("2024-25")).toBe("2025-03-31");
    expect(collectionYearEnd("1999-00")).toBe("2000-03-31");
  });

  it("finds the year of a date at both edges", () => {
    expect(collectionYearOf("2024-03-31")).toBe("2023-24");
    expect(collectionYearOf("2024-04-01")).toBe("2024-25");
    expect(collectionYearOf("2025-02-28")).toBe("2024-25");
  });

  it("shifts and compares", () => {
    expect(shiftCollectionYear("2024-25", -1)).toBe("2023-24");
    expect(shiftCollectionYear("1999-00", 1)).toBe("2000-01");
    expect(compareCollectionYears("2022-23", "2024-25")).toBeLessThan(0);
    expect(() => collectionYearStart("2024-26")).toThrow(RangeError);
  });
});
