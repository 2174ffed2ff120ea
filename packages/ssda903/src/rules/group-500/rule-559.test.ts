import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule559 } from "./rule-559";

describe("rule 559", () => {
  it("flags a decision from before 1 April that last year's return does not date", () => {
    const PlacedAdoption = [
      { CHILD: "1", DATE_PLACED: "31/03/2023" },
      { CHILD: "2", DATE_PLACED: "31/03/2023" },
      { CHILD: "3", DATE_PLACED: "01/04/2023" },
      { CHILD: "4", DATE_PLACED: "01/01/2023" },
    ];
    const previous = {
      PlacedAdoption: [
        { CHILD: "1", DATE_PLACED: "31/03/2023" },
        { CHILD: "2", DATE_PLACED: null },
      ],
    };
    expect(flagsOf(rule559, { PlacedAdoption }, { collectionYear: "2023-24", previous })).toEqual({
      PlacedAdoption: [1, 3],
    });
  });
  conformanceTests(rule559);
});
