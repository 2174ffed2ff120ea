import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule584 } from "./rule-584";

describe("rule 584", () => {
  it("flags a decision on or before last year's ended one, or a blank one", () => {
    const PlacedAdoption = [
      { CHILD: "1", DATE_PLACED: "01/03/2023" },
      { CHILD: "2", DATE_PLACED: "02/03/2023" },
      { CHILD: "3", DATE_PLACED: null },
      { CHILD: "4", DATE_PLACED: "01/01/2023" },
    ];
    const previous = {
      PlacedAdoption: [
        {
          CHILD: "1",
          DATE_PLACED: "01/03/2023",
          DATE_PLACED_CEASED: "01/03/2023",
          REASON_PLACED_CEASED: "RD1",
        },
        { CHILD: "2", DATE_PLACED: "01/03/2023", DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: "RD1" },
        {
          CHILD: "3",
          DATE_PLACED: "01/03/2023",
          DATE_PLACED_CEASED: "01/03/2023",
          REASON_PLACED_CEASED: null,
        },
        { CHILD: "4", DATE_PLACED: "01/03/2023", DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: null },
      ],
    };
    expect(flagsOf(rule584, { PlacedAdoption }, { collectionYear: "2023-24", previous })).toEqual({
      PlacedAdoption: [0, 2],
    });
  });
  conformanceTests(rule584);
});
