import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule562 } from "./rule-562";

describe("rule 562", () => {
  it("flags a pre-year episode that does not match last year's latest episode", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "15/03/2023" },
      { CHILD: "1", DECOM: "05/06/2023" },
      { CHILD: "2", DECOM: "13/03/2023" },
      { CHILD: "3", DECOM: "01/01/2023" },
      { CHILD: "4", DECOM: "01/04/2023" },
    ];
    const previous = {
      Episodes: [
        { CHILD: "1", DECOM: "01/06/2022" },
        { CHILD: "1", DECOM: "15/03/2023" },
        { CHILD: "2", DECOM: "11/03/2023" },
      ],
    };
    expect(flagsOf(rule562, { Episodes }, { collectionYear: "2023-24", previous })).toEqual({
      Episodes: [2, 3],
    });
  });
  conformanceTests(rule562);
});
