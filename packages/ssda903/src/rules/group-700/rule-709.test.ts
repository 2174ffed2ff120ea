import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule709 } from "./rule-709";

describe("rule 709", () => {
  it("flags orders overlapping an episode not in K2, Z12 or Z13, from the day they touch", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/02/2028", DEC: "29/02/2028", PLACE: "U1" },
      { CHILD: "1", DECOM: "29/02/2028", DEC: null, PLACE: "K2" },
    ];
    const DoLo = [
      { CHILD: "1", DOLO_START: "29/02/2028", DOLO_END: "10/03/2028" }, // touches the U1 episode on its last day
      { CHILD: "1", DOLO_START: "01/03/2028", DOLO_END: "10/03/2028" }, // only the K2 episode
      { CHILD: "1", DOLO_START: "01/01/2028", DOLO_END: "31/01/2028" }, // before both
      { CHILD: "1", DOLO_START: "01/02/2028", DOLO_END: null }, // no end date: not checked
    ];
    expect(flagsOf(rule709, { DoLo, Episodes })).toEqual({ DoLo: [0], Episodes: [0] });
  });
  conformanceTests(rule709);
});
