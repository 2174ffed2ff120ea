import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule353 } from "./rule-353";

describe("rule 353", () => {
  it("flags 13 October 1991 and passes 14 October 1991", () => {
    const Episodes = ["13/10/1991", "14/10/1991", null].map((DECOM) => ({ DECOM }));
    expect(flagsOf(rule353, { Episodes })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule353);
});
