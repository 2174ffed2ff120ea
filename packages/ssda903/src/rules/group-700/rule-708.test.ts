import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule708 } from "./rule-708";

describe("rule 708", () => {
  it("flags a start the day before or of the birth, not the day after", () => {
    const DoLo = [
      { CHILD: "1", DOB: "29/02/2012", DOLO_START: "28/02/2012" },
      { CHILD: "1", DOB: "29/02/2012", DOLO_START: "29/02/2012" },
      { CHILD: "1", DOB: "29/02/2012", DOLO_START: "01/03/2012" },
      { CHILD: "1", DOB: null, DOLO_START: "01/03/2012" },
    ];
    expect(flagsOf(rule708, { DoLo })).toEqual({ DoLo: [0, 1] });
  });
  conformanceTests(rule708);
});
