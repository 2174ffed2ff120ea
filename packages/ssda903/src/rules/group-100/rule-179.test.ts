import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule179 } from "./rule-179";

describe("rule 179", () => {
  it("flags a missing placement location except for short breaks", () => {
    const Episodes = [
      { CHILD: "1", LS: "C2", PL_LA: "E09000027", PL_LOCATION: "IN" },
      { CHILD: "2", LS: "C2", PL_LA: null, PL_LOCATION: null },
      { CHILD: "3", LS: "V3", PL_LA: null, PL_LOCATION: null },
      { CHILD: "4", LS: "C2", PL_LA: "E09000027", PL_LOCATION: "OUT" },
    ];
    expect(flagsOf(rule179, { Episodes })).toEqual({ Episodes: [1] });
  });
  conformanceTests(rule179);
});
