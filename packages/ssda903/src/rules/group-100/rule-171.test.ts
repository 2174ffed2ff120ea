import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule171 } from "./rule-171";

describe("rule 171", () => {
  it("passes blank and real dates (29 February only in a leap year), flags the rest", () => {
    const Header = [
      "29/02/2024",
      "29/02/2023",
      null,
      "31/04/2022",
      "1/4/2022",
      "2022-04-01",
      "01/04/22",
      "",
    ].map((v, i) => ({ CHILD: String(i), MC_DOB: v }));
    expect(flagsOf(rule171, { Header })).toEqual({ Header: [1, 3, 5, 6, 7] });
  });
  conformanceTests(rule171);
});
