import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule702 } from "./rule-702";

describe("rule 702", () => {
  it("flags an end the day before or the day of the start, not the day after", () => {
    const DoLo = [
      { CHILD: "1", DOLO_START: "29/02/2028", DOLO_END: "28/02/2028" },
      { CHILD: "1", DOLO_START: "29/02/2028", DOLO_END: "29/02/2028" },
      { CHILD: "1", DOLO_START: "29/02/2028", DOLO_END: "01/03/2028" },
      { CHILD: "1", DOLO_START: "29/02/2028", DOLO_END: null },
      { CHILD: "1", DOLO_START: null, DOLO_END: "01/03/2028" },
    ];
    expect(flagsOf(rule702, { DoLo })).toEqual({ DoLo: [0, 1] });
  });
  conformanceTests(rule702);
});
