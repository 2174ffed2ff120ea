import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule385 } from "./rule-385";

describe("rule 385", () => {
  it("passes 31 March and flags 1 April after the year", () => {
    const Episodes = ["31/03/2024", "01/04/2024", null].map((DEC) => ({ DEC }));
    expect(flagsOf(rule385, { Episodes }, { collectionYear: "2023-24" })).toEqual({ Episodes: [1] });
  });
  conformanceTests(rule385);
});
