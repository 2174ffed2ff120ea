import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule576 } from "./rule-576";

describe("rule 576", () => {
  it("flags a child whose open missing period from last year does not start this year's first period", () => {
    const Missing = [
      { CHILD: "1", MIS_START: "07/02/2023" },
      { CHILD: "2", MIS_START: "08/02/2023" },
      { CHILD: "3", MIS_START: null },
      { CHILD: "4", MIS_START: "01/05/2023" },
    ];
    const previous = {
      Missing: [
        { CHILD: "1", MIS_START: "07/02/2023", MIS_END: null },
        { CHILD: "2", MIS_START: "07/02/2023", MIS_END: null },
        { CHILD: "3", MIS_START: "07/02/2023", MIS_END: null },
        { CHILD: "4", MIS_START: "07/02/2023", MIS_END: "08/02/2023" },
      ],
    };
    expect(flagsOf(rule576, { Missing }, { collectionYear: "2023-24", previous })).toEqual({
      Missing: [1, 2],
    });
  });
  conformanceTests(rule576);
});
