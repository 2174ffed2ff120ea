import { describe, expect, it } from "vitest";
import { episodes } from "../testing/episodes";
import { moveKind, placementMoves } from "./placement-moves";

describe("placementMoves", () => {
  const child = episodes([
    ["2023-04-10", "2023-06-01", "S", "U6", "X1", "CREQB"], // unplanned move (carer asked, behaviour)
    ["2023-06-01", "2023-09-01", "P", "U4", "X1"], // ends in a legal status change: not a move
    ["2023-09-01", "2023-10-01", "L", "U4", "X1", "CARPL"], // same placement; planned move (care plan)
    ["2023-10-01", "2024-01-01", "P", "K2", "X1", "OTHER"], // unknown
    ["2024-01-01", "2024-05-01", "P", "U6", "E4A"], // left care: not a move
  ]);

  it("counts moves in 2023-24 by kind", () => {
    expect(placementMoves(child, "2023-04-01", "2024-03-31")).toEqual({
      planned: 1,
      unplanned: 1,
      unknown: 1,
    });
  });

  it("takes a move on the day its placement ended", () => {
    expect(placementMoves(child, "2023-06-02", "2023-12-31")).toEqual({
      planned: 1,
      unplanned: 0,
      unknown: 0,
    });
    expect(placementMoves(child, "2023-06-01", "2023-06-01")).toEqual({
      planned: 0,
      unplanned: 1,
      unknown: 0,
    });
  });

  it("classifies every reason for placement change", () => {
    expect(["CARPL", "PLACE"].map(moveKind)).toEqual(["planned", "planned"]);
    expect(
      ["CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "CUSTOD"].every(
        (r) => moveKind(r) === "unplanned",
      ),
    ).toBe(true);
    expect([moveKind("OTHER"), moveKind(undefined)]).toEqual(["unknown", "unknown"]);
  });
});
