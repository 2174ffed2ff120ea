import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule335 } from "./rule-335";

describe("rule 335", () => {
  it("flags A3 with FOSTER_CARE 0 and A4 with FOSTER_CARE 1 on adoption episodes only", () => {
    const Episodes = [
      { CHILD: "a", PLACE: "A3", REC: "E11" },
      { CHILD: "b", PLACE: "A4", REC: "E12" },
      { CHILD: "c", PLACE: "A3", REC: "E12" },
      { CHILD: "d", PLACE: "A3", REC: "E4" },
    ];
    const AD1 = [
      { CHILD: "a", FOSTER_CARE: "0" },
      { CHILD: "b", FOSTER_CARE: "1" },
      { CHILD: "c", FOSTER_CARE: "1" },
      { CHILD: "d", FOSTER_CARE: "0" },
    ];
    expect(flagsOf(rule335, { Episodes, AD1 })).toEqual({ Episodes: [0, 1], AD1: [0, 1] });
  });
  conformanceTests(rule335);
});
