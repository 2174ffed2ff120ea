import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule705 } from "./rule-705";

describe("rule 705", () => {
  it("flags an order starting before the previous one ended or while it is open, not one starting on its end day", () => {
    const DoLo = [
      { CHILD: "1", DOLO_START: "01/02/2028", DOLO_END: "29/02/2028" },
      { CHILD: "1", DOLO_START: "29/02/2028", DOLO_END: null },
      { CHILD: "2", DOLO_START: "01/02/2028", DOLO_END: "29/02/2028" },
      { CHILD: "2", DOLO_START: "28/02/2028", DOLO_END: "01/03/2028" },
      { CHILD: "3", DOLO_START: "01/02/2028", DOLO_END: null },
      { CHILD: "3", DOLO_START: "01/03/2028", DOLO_END: "02/03/2028" },
    ];
    expect(flagsOf(rule705, { DoLo })).toEqual({ DoLo: [3, 5] });
  });
  conformanceTests(rule705);
});
