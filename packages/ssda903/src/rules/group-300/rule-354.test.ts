import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule354 } from "./rule-354";

describe("rule 354", () => {
  it("passes 31 March and flags 1 April after the year", () => {
    const Episodes = ["31/03/2024", "01/04/2024", "bad"].map((DECOM) => ({ DECOM }));
    expect(flagsOf(rule354, { Episodes }, { collectionYear: "2023-24" })).toEqual({ Episodes: [1] });
  });
  conformanceTests(rule354);
});
