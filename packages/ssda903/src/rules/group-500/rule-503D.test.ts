import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule503D } from "./rule-503D";

describe("rule 503D", () => {
  it("flags a changed placement type, allowing H5 to K3 from 2024-25 and Z1 to Z11-Z14 from 2025-26", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/06/2024", DEC: null, PLACE: "K3" },
      { CHILD: "2", DECOM: "01/06/2024", DEC: null, PLACE: "Z12" },
      { CHILD: "3", DECOM: "01/06/2024", DEC: null, PLACE: "U1" },
      { CHILD: "4", DECOM: "01/06/2024", DEC: null, PLACE: "U1" },
    ];
    const previous = {
      Episodes: [
        { CHILD: "1", DECOM: "01/06/2023", DEC: null, PLACE: "H5" },
        { CHILD: "2", DECOM: "01/06/2023", DEC: null, PLACE: "Z1" },
        { CHILD: "3", DECOM: "01/06/2023", DEC: null, PLACE: "U2" },
        { CHILD: "4", DECOM: "01/06/2023", DEC: null, PLACE: "U1" },
      ],
    };
    expect(flagsOf(rule503D, { Episodes }, { collectionYear: "2023-24", previous })).toEqual({
      Episodes: [0, 1, 2],
    });
    expect(flagsOf(rule503D, { Episodes }, { collectionYear: "2024-25", previous })).toEqual({
      Episodes: [1, 2],
    });
    expect(flagsOf(rule503D, { Episodes }, { collectionYear: "2025-26", previous })).toEqual({
      Episodes: [2],
    });
  });
  conformanceTests(rule503D);
});
