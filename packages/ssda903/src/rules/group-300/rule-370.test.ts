import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule370 } from "./rule-370";

describe("rule 370", () => {
  const Header = [{ CHILD: "a", DOB: "29/02/2008" }];
  const on = (DECOM: string) => ({
    Episodes: [{ CHILD: "a", DECOM, DEC: "01/01/2025", PLACE: "P2" }],
    Header,
  });
  it("needs 15 in 2022-23: the day before the 15th birthday fails, the birthday (28 Feb) passes", () => {
    expect(flagsOf(rule370, on("27/02/2023"), { collectionYear: "2022-23" })).toEqual({ Episodes: [0] });
    expect(flagsOf(rule370, on("28/02/2023"), { collectionYear: "2022-23" })).toEqual({});
  });
  it("needs 16 in 2023-24", () => {
    expect(flagsOf(rule370, on("28/02/2024"), { collectionYear: "2023-24" })).toEqual({ Episodes: [0] });
    expect(flagsOf(rule370, on("29/02/2024"), { collectionYear: "2023-24" })).toEqual({});
  });
  conformanceTests(rule370);
});
