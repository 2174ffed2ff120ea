import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule700 } from "./rule-700";

describe("rule 700", () => {
  it("flags blank, malformed and impossible start dates (29 February only in a leap year)", () => {
    const DoLo = ["29/02/2028", "29/02/2027", null, "2026/12/10"].map((DOLO_START) => ({
      CHILD: "1",
      DOLO_START,
    }));
    expect(flagsOf(rule700, { DoLo })).toEqual({ DoLo: [1, 2, 3] });
  });
  conformanceTests(rule700);
});
