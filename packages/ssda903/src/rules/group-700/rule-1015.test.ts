import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule1015 } from "./rule-1015";

describe("rule 1015", () => {
  it("flags own-provision placements outside the local authority, except adoption, connected foster care and short breaks", () => {
    const ep = (PLACE: string, LS: string, PLACE_PROVIDER: string, PL_LA: string | null) => ({
      CHILD: "1",
      PLACE,
      LS,
      PLACE_PROVIDER,
      PL_LA,
    });
    const Episodes = [
      ep("K2", "C2", "PR1", "E09000027"),
      ep("K2", "C2", "PR1", "E09000001"),
      ep("U1", "C2", "PR1", "E09000001"),
      ep("K2", "V3", "PR1", "E09000001"),
      ep("K2", "C2", "PR2", "E09000001"),
      ep("K2", "C2", "PR1", null),
    ];
    expect(flagsOf(rule1015, { Episodes }, { localAuthority: "E09000027" })).toEqual({ Episodes: [1, 5] });
    expect(flagsOf(rule1015, { Episodes })).toEqual({});
  });
  conformanceTests(rule1015);
});
