import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule120 } from "./rule-120";

describe("rule 120", () => {
  it("accepts the listed codes exactly as written and flags the rest", () => {
    const PlacedAdoption = ["RD1", "RD4", "rd1", "RD0", "", null].map((v, i) => ({
      CHILD: String(i),
      REASON_PLACED_CEASED: v,
    }));
    expect(flagsOf(rule120, { PlacedAdoption })).toEqual({ PlacedAdoption: [2, 3, 4] });
  });
  conformanceTests(rule120);
});
