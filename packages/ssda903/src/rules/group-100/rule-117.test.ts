import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule117 } from "./rule-117";

describe("rule 117", () => {
  it("flags decisions after 31 March or after the end of care (the day of is allowed)", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/01/2022", DEC: "29/02/2024", REC: "E11" },
      { CHILD: "2", DECOM: "01/01/2022", DEC: "29/02/2024", REC: "E11" },
      { CHILD: "3", DECOM: "01/01/2022", DEC: null, REC: null },
      { CHILD: "4", DECOM: "01/01/2022", DEC: "01/01/2023", REC: "X1" },
    ];
    const PlacedAdoption = [
      { CHILD: "1", DATE_PLACED: "29/02/2024", DATE_PLACED_CEASED: null },
      { CHILD: "2", DATE_PLACED: "01/01/2023", DATE_PLACED_CEASED: "01/03/2024" },
      { CHILD: "3", DATE_PLACED: "01/04/2024", DATE_PLACED_CEASED: null },
      { CHILD: "4", DATE_PLACED: "01/04/2024", DATE_PLACED_CEASED: null },
    ];
    expect(flagsOf(rule117, { Episodes, PlacedAdoption }, { collectionYear: "2023-24" })).toEqual({
      Episodes: [1, 2],
      PlacedAdoption: [1, 2],
    });
  });
  conformanceTests(rule117);
});
