import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule560 } from "./rule-560";

describe("rule 560", () => {
  it("flags a changed date when last year's decision was still open", () => {
    const PlacedAdoption = [
      { CHILD: "1", DATE_PLACED: "01/03/2023" },
      { CHILD: "2", DATE_PLACED: "02/03/2023" },
      { CHILD: "3", DATE_PLACED: "05/05/2023" },
      { CHILD: "4", DATE_PLACED: null },
    ];
    const previous = {
      PlacedAdoption: [
        { CHILD: "1", DATE_PLACED: "01/03/2023", DATE_PLACED_CEASED: null },
        { CHILD: "2", DATE_PLACED: "01/03/2023", DATE_PLACED_CEASED: null },
        { CHILD: "3", DATE_PLACED: "01/03/2023", DATE_PLACED_CEASED: "01/04/2023" },
        { CHILD: "4", DATE_PLACED: "01/03/2023", DATE_PLACED_CEASED: null },
      ],
    };
    expect(flagsOf(rule560, { PlacedAdoption }, { collectionYear: "2023-24", previous })).toEqual({
      PlacedAdoption: [1, 3],
    });
  });
  conformanceTests(rule560);
});
