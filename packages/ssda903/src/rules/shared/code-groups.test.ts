import { describe, expect, it } from "vitest";
import { otherPlacementsIn, sexCodesIn } from "./code-groups";

describe("code groups from the code lists", () => {
  it("knows the SEX switch from 1/2 to M/F in 2024-25", () => {
    expect(sexCodesIn("2023-24")).toEqual({ male: "1", female: "2" });
    expect(sexCodesIn("2024-25")).toEqual({ male: "M", female: "F" });
    expect(sexCodesIn("2026-27")).toEqual({ male: "M", female: "F" });
  });
  it("knows Z1 was split into Z11-Z14 in 2025-26", () => {
    expect(otherPlacementsIn("2024-25")).toEqual(["Z1"]);
    expect(otherPlacementsIn("2025-26")).toEqual(["Z11", "Z12", "Z13", "Z14"]);
  });
});
