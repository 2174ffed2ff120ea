import { describe, expect, it } from "vitest";
import { episodes } from "../testing/episodes";
import { Placement, placementsOf } from "./placement";

describe("placementsOf", () => {
  it("merges legal status changes and same-carer changes (RNE L, T, U) into one placement", () => {
    const eps = episodes([
      ["2022-01-10", "2022-05-01", "S", "U4"],
      ["2022-05-01", "2022-09-01", "L", "U4"], // interim to full care order, same carer
      ["2022-09-01", "2023-02-01", "T", "A3"], // foster carers become adopters
      ["2023-02-01", undefined, "U", "A3"], // placement order, same carer
    ]);
    const placements = placementsOf(eps);
    expect(placements).toEqual([
      {
        childId: "C1",
        startDate: "2022-01-10",
        placementTypes: ["U4", "A3"],
        provider: "PR1",
        episodeCount: 4,
      },
    ]);
    expect(Placement.safeParse(placements[0]).success).toBe(true);
  });

  it("starts a new placement on a change of carer (P, B), a new period of care (S) or a gap", () => {
    const eps = episodes([
      ["2022-01-10", "2022-05-01", "S", "U6", "X1", "CREQB"],
      ["2022-05-01", "2022-09-01", "P", "U4", "X1", "CARPL"],
      ["2022-09-01", "2022-12-01", "B", "K2", "E4A"],
      ["2023-01-05", undefined, "S", "U6"],
    ]);
    const placements = placementsOf(eps);
    expect(
      placements.map((p) => [p.startDate, p.endDate, p.placementTypes, p.reasonPlaceChange, p.reasonEnded]),
    ).toEqual([
      ["2022-01-10", "2022-05-01", ["U6"], "CREQB", "X1"],
      ["2022-05-01", "2022-09-01", ["U4"], "CARPL", "X1"],
      ["2022-09-01", "2022-12-01", ["K2"], undefined, "E4A"],
      ["2023-01-05", undefined, ["U6"], undefined, undefined],
    ]);
  });

  it("a same-carer RNE after a gap still starts a new placement (the carer cannot continue across a gap)", () => {
    const eps = episodes([
      ["2022-01-10", "2022-05-01", "S", "U4", "E8"],
      ["2022-06-01", undefined, "T", "U4"],
    ]);
    expect(placementsOf(eps)).toHaveLength(2);
  });

  it("sorts episodes and never merges two children", () => {
    const a = episodes([["2022-05-01", undefined, "L", "U4"]], { childId: "A" });
    const b = episodes([["2022-01-01", "2022-05-01", "S", "U4"]], { childId: "B" });
    const a0 = episodes([["2022-01-01", "2022-05-01", "S", "U4"]], { childId: "A" });
    const placements = placementsOf([...a, ...b, ...a0]);
    expect(placements.map((p) => [p.childId, p.startDate, p.episodeCount])).toEqual([
      ["A", "2022-01-01", 2],
      ["B", "2022-01-01", 1],
    ]);
  });
});
