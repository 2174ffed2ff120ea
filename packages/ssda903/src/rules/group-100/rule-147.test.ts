import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule147 } from "./rule-147";

describe("rule 147", () => {
  it("passes blank and real dates (29 February only in a leap year), flags the rest", () => {
    const Episodes = [
      "29/02/2024",
      "29/02/2023",
      null,
      "31/04/2022",
      "1/4/2022",
      "2022-04-01",
      "01/04/22",
      "",
    ].map((v, i) => ({ CHILD: String(i), DEC: v }));
    expect(flagsOf(rule147, { Episodes })).toEqual({ Episodes: [1, 3, 5, 6, 7] });
  });
  conformanceTests(rule147);
});
