import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule561 } from "./rule-561";

describe("rule 561", () => {
  it("flags a decision date that last year's return showed as ended", () => {
    const PlacedAdoption = [
      { CHILD: "1", DATE_PLACED: "01/03/2023" },
      { CHILD: "2", DATE_PLACED: "01/03/2023" },
      { CHILD: "3", DATE_PLACED: "01/06/2023" },
    ];
    const previous = {
      PlacedAdoption: [
        { CHILD: "1", DATE_PLACED: "01/03/2023", DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: "RD1" },
        { CHILD: "2", DATE_PLACED: "01/03/2023", DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: null },
        {
          CHILD: "3",
          DATE_PLACED: "01/03/2023",
          DATE_PLACED_CEASED: "01/04/2023",
          REASON_PLACED_CEASED: "RD1",
        },
      ],
    };
    expect(flagsOf(rule561, { PlacedAdoption }, { collectionYear: "2023-24", previous })).toEqual({
      PlacedAdoption: [0],
    });
  });
  conformanceTests(rule561);
});
