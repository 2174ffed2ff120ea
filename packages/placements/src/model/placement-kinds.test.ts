import { describe, expect, it } from "vitest";
import { PlacementType } from "../code-lists/placement-type";
import {
  isFosterPlacement,
  isInHouse,
  isKinshipPlacement,
  isPlacedForAdoption,
  isResidential,
  isSupportedOrIndependentLiving,
  isTemporaryPlacement,
} from "./placement-kinds";

describe("placement kinds", () => {
  it("groups every placement type as the issue and the DfE tables do", () => {
    const byGroup = (f: (t: string) => boolean) => PlacementType.options.filter(f);
    expect(byGroup(isKinshipPlacement)).toEqual(["U1", "U2", "U3"]);
    expect(byGroup(isFosterPlacement)).toEqual(["U1", "U2", "U3", "U4", "U5", "U6"]);
    expect(byGroup(isResidential)).toEqual(["K1", "K2", "R1", "R2", "R3", "R5", "S1"]);
    expect(byGroup(isSupportedOrIndependentLiving)).toEqual(["H5", "K3", "P2"]);
    expect(byGroup(isPlacedForAdoption)).toEqual(["A3", "A4", "A5", "A6"]);
    expect(byGroup(isTemporaryPlacement)).toEqual(["T0", "T1", "T2", "T3", "T4"]);
    // No type is in two of the exclusive groups (foster, residential, supported, adoption, temporary).
    const groups = [
      isFosterPlacement,
      isResidential,
      isSupportedOrIndependentLiving,
      isPlacedForAdoption,
      isTemporaryPlacement,
    ];
    for (const t of PlacementType.options) expect(groups.filter((g) => g(t)).length).toBeLessThanOrEqual(1);
  });

  it("isInHouse is the council's own provision (PR1) only", () => {
    expect(isInHouse("PR1")).toBe(true);
    for (const p of ["PR0", "PR2", "PR3", "PR4", "PR5", undefined]) expect(isInHouse(p)).toBe(false);
  });
});
