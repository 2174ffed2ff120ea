import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule1008 } from "./rule-1008";

describe("rule 1008", () => {
  it("flags URNs not on the provider list, but not blanks or the XXXXXXX placeholder", () => {
    const Episodes = ["SC123456", null, "XXXXXXX", "XXXXXX", "SC999999"].map((URN) => ({ CHILD: "1", URN }));
    const providers = [{ urn: "SC123456" }];
    expect(flagsOf(rule1008, { Episodes }, { providers })).toEqual({ Episodes: [3, 4] });
    expect(flagsOf(rule1008, { Episodes })).toEqual({});
  });
  conformanceTests(rule1008);
});
