import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule710 } from "./rule-710";

describe("rule 710", () => {
  it("flags orders overlapping an episode placed with parents, secure home, YOI or supported accommodation", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/02/2028", DEC: "29/02/2028", PLACE: "P1" },
      { CHILD: "1", DECOM: "29/02/2028", DEC: null, PLACE: "K2" },
    ];
    const DoLo = [
      { CHILD: "1", DOLO_START: "29/02/2028", DOLO_END: "10/03/2028" },
      { CHILD: "1", DOLO_START: "01/03/2028", DOLO_END: "10/03/2028" },
      { CHILD: "1", DOLO_START: "01/01/2028", DOLO_END: "31/01/2028" },
    ];
    expect(flagsOf(rule710, { DoLo, Episodes })).toEqual({ DoLo: [0], Episodes: [0] });
  });
  conformanceTests(rule710);
});
