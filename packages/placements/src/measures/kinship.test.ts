import { describe, expect, it } from "vitest";
import { episodes } from "../testing/episodes";
import { inKinshipPlacementOn, kinshipShareOn } from "./kinship";

describe("kinship placements", () => {
  const kin = episodes([
    ["2023-01-01", "2024-03-31", "S", "U4"],
    ["2024-03-31", undefined, "P", "U3"], // with relatives from 31 March 2024
  ]);
  const other = episodes([["2023-01-01", undefined, "S", "K2"]]);
  const left = episodes([["2023-01-01", "2024-03-31", "S", "U1", "E45"]]);

  it("is in a kinship placement on the day it starts, not on the day it ends", () => {
    expect(inKinshipPlacementOn(kin, "2024-03-30")).toBe(false);
    expect(inKinshipPlacementOn(kin, "2024-03-31")).toBe(true);
    expect(inKinshipPlacementOn(left, "2024-03-31")).toBe(false);
    expect(inKinshipPlacementOn(left, "2024-03-30")).toBe(true);
  });

  it("gives the share among children looked after on the date", () => {
    expect(kinshipShareOn([kin, other, left], "2024-03-31")).toBe(0.5); // left is not looked after
    expect(kinshipShareOn([kin, other, left], "2024-03-30")).toBeCloseTo(1 / 3);
    expect(kinshipShareOn([left], "2024-04-01")).toBeUndefined();
  });
});
