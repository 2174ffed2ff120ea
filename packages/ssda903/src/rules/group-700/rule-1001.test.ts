import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule1001 } from "./rule-1001";

describe("rule 1001", () => {
  it("counts 91 days looked after since the 14th birthday, one after the 16th (2023-24)", () => {
    // Born 29/02/2008: 14th birthday 28/02/2022 (no 29 February in 2022), 16th birthday 29/02/2024.
    const Header = ["1", "2", "3"].map((CHILD) => ({ CHILD, DOB: "29/02/2008" }));
    const previous = {
      Episodes: [
        { CHILD: "1", DECOM: "01/01/2022", DEC: "30/05/2022", LS: "C2", REC: "E4A" }, // 91 days from 28/02/2022, + 2 below
        { CHILD: "2", DECOM: "01/01/2022", DEC: "27/05/2022", LS: "C2", REC: "E4A" }, // 88 days, + 2 below = 90
        { CHILD: "3", DECOM: "01/01/2022", DEC: "30/05/2022", LS: "C2", REC: "E4A" },
      ],
    };
    const Episodes = [
      { CHILD: "1", DECOM: "28/02/2024", DEC: "01/03/2024", LS: "C2", REC: "E4A" },
      { CHILD: "2", DECOM: "28/02/2024", DEC: "01/03/2024", LS: "C2", REC: "E4A" },
      { CHILD: "3", DECOM: "28/02/2024", DEC: "01/03/2024", LS: "C2", REC: "E11" }, // adopted
      // each: 2 days since the 14th birthday, 1 day (29/02 to 01/03) after the 16th
    ];
    const OC3 = [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "3" }, { CHILD: "4" }];
    expect(flagsOf(rule1001, { Header, Episodes, OC3 }, { collectionYear: "2023-24", previous })).toEqual({
      OC3: [1, 2, 3],
    });
    expect(flagsOf(rule1001, { Header, Episodes, OC3 }, { collectionYear: "2023-24" })).toEqual({});
  });
  conformanceTests(rule1001);
});
