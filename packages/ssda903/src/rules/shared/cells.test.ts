import { describe, expect, it } from "vitest";
import { differs, isBlank, same, textDiffers, toNumber } from "./cells";

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

  it("treats a blank on either side as not the same, and so as different", () => {
    expect(same("N1", "N1")).toBe(true);
    expect(same("N1", "N2")).toBe(false);
    expect(same(null, null)).toBe(false);
    expect(same(undefined, "N1")).toBe(false);
    expect(differs(null, null)).toBe(true);
    expect(differs("N1", "N1")).toBe(false);
  });

  it("compares text as written when two blanks should count as the same", () => {
    expect(textDiffers(null, undefined)).toBe(false);
    expect(textDiffers("C2", "C2")).toBe(false);
    expect(textDiffers("C2", null)).toBe(true);
    expect(textDiffers("", null)).toBe(true);
  });
});
