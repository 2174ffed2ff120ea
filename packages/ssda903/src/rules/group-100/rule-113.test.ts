import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule113 } from "./rule-113";

describe("rule 113", () => {
  it("passes blank and real dates (29 February only in a leap year), flags the rest", () => {
    const AD1 = [
      "29/02/2024",
      "29/02/2023",
      null,
      "31/04/2022",
      "1/4/2022",
      "2022-04-01",
      "01/04/22",
      "",
    ].map((v, i) => ({ CHILD: String(i), DATE_MATCH: v }));
    expect(flagsOf(rule113, { AD1 })).toEqual({ AD1: [1, 3, 5, 6, 7] });
  });
  conformanceTests(rule113);
});
