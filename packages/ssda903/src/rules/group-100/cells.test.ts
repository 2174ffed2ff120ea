import { LegalStatus } from "@childrens-social-care/placements";
import { describe, expect, it } from "vitest";
import { codesIn, isBlank, toNumber } from "./cells";

describe("cell readers", () => {
  it("reads numbers as pandas to_numeric does: blanks and words are not numbers, '' is not 0", () => {
    expect(["10", " 7 ", "39.5", "20.0", "-1", "1e1", "", "XX", null, "1,5"].map(toNumber)).toEqual([
      10,
      7,
      39.5,
      20,
      -1,
      10,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
  it("treats only a missing cell as blank (an empty string is a value, as in pandas)", () => {
    expect([null, undefined, "", " "].map(isBlank)).toEqual([true, true, false, false]);
  });
  it("builds one set of codes per list and year", () => {
    const a = codesIn(LegalStatus, "2024-25");
    expect(a.has("C2")).toBe(true);
    expect(a.has("c2")).toBe(false);
    expect(codesIn(LegalStatus, "2024-25")).toBe(a);
  });
});
