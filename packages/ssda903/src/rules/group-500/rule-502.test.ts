import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule502 } from "./rule-502";

describe("rule 502", () => {
  it("flags a first episode that does not start on the day last year's open episode started", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "29/02/2024" },
      { CHILD: "1", DECOM: "01/06/2023" },
      { CHILD: "2", DECOM: "02/06/2023" },
      { CHILD: "3", DECOM: "01/06/2023" },
    ];
    const previous = {
      Episodes: [
        { CHILD: "1", DECOM: "01/06/2023", DEC: null },
        { CHILD: "2", DECOM: "01/06/2023", DEC: null },
        { CHILD: "3", DECOM: "01/01/2023", DEC: "01/06/2023" },
      ],
    };
    expect(flagsOf(rule502, { Episodes }, { collectionYear: "2023-24", previous })).toEqual({
      Episodes: [2],
    });
  });
  conformanceTests(rule502);
});
