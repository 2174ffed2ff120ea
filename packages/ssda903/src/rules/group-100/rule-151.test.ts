import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule151 } from "./rule-151";

describe("rule 151", () => {
  it("passes all-given and all-blank records and flags partial ones", () => {
    const full = {
      DATE_INT: "01/05/2022",
      DATE_MATCH: "01/06/2022",
      FOSTER_CARE: "0",
      NB_ADOPTR: "2",
      SEX_ADOPTR: "MF",
      LS_ADOPTR: "L0",
    };
    const AD1 = [
      { CHILD: "1", ...full },
      { CHILD: "2" },
      { CHILD: "3", ...full, LS_ADOPTR: null },
      { CHILD: "4", FOSTER_CARE: "1" },
    ];
    expect(flagsOf(rule151, { AD1 })).toEqual({ AD1: [2, 3] });
  });
  conformanceTests(rule151);
});
