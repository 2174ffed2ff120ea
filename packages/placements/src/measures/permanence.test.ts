import { describe, expect, it } from "vitest";
import { episodes } from "../testing/episodes";
import { achievedPermanenceWithin12Months, permanenceKind } from "./permanence";

describe("achievedPermanenceWithin12Months", () => {
  it("counts an adoption on the first anniversary of entering care, not a day later", () => {
    const adopted = (end: string) =>
      episodes([
        ["2023-01-10", "2023-06-01", "S", "U6"],
        ["2023-06-01", end, "P", "A5", "E11"],
      ]);
    expect(achievedPermanenceWithin12Months(adopted("2024-01-10"), "2022-04-01", "2023-03-31")).toEqual([
      { startDate: "2023-01-10", achieved: true, kind: "adoption" },
    ]);
    expect(achievedPermanenceWithin12Months(adopted("2024-01-11"), "2022-04-01", "2023-03-31")).toEqual([
      { startDate: "2023-01-10", achieved: false },
    ]);
  });

  it("takes 28 February as the anniversary of 29 February", () => {
    const sgo = (end: string) => episodes([["2024-02-29", end, "S", "U1", "E45"]]);
    expect(achievedPermanenceWithin12Months(sgo("2025-02-28"), "2023-04-01", "2024-03-31")[0]?.achieved).toBe(
      true,
    );
    expect(achievedPermanenceWithin12Months(sgo("2025-03-01"), "2023-04-01", "2024-03-31")[0]?.achieved).toBe(
      false,
    );
  });

  it("counts a planned return home only when asked, and never an open period", () => {
    const home = episodes([["2023-06-01", "2023-12-01", "S", "U6", "E4A"]]);
    expect(achievedPermanenceWithin12Months(home, "2023-04-01", "2024-03-31")[0]?.achieved).toBe(false);
    expect(
      achievedPermanenceWithin12Months(home, "2023-04-01", "2024-03-31", { includeReturnHome: true })[0],
    ).toEqual({ startDate: "2023-06-01", achieved: true, kind: "returned-home" });
    const open = episodes([["2023-06-01", undefined, "S", "U6"]]);
    expect(achievedPermanenceWithin12Months(open, "2023-04-01", "2024-03-31")).toEqual([
      { startDate: "2023-06-01", achieved: false },
    ]);
  });

  it("gives one result per period of care starting in the window", () => {
    const twice = episodes([
      ["2022-05-01", "2022-08-01", "S", "U6", "E41"], // starts before the window
      ["2023-05-01", "2023-08-01", "S", "U6", "E47"],
      ["2023-09-01", undefined, "S", "U6"],
    ]);
    expect(achievedPermanenceWithin12Months(twice, "2023-04-01", "2024-03-31")).toEqual([
      { startDate: "2023-05-01", achieved: true, kind: "special-guardianship" },
      { startDate: "2023-09-01", achieved: false },
    ]);
  });

  it("maps reasons to permanence kinds", () => {
    expect(
      ["E11", "E12", "E41", "E43", "E48", "E4A", "E4B", "E8", "X1", undefined].map(permanenceKind),
    ).toEqual([
      "adoption",
      "adoption",
      "child-arrangements-order",
      "special-guardianship",
      "special-guardianship",
      "returned-home",
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
