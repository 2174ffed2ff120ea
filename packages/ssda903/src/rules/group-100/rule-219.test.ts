import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule219 } from "./rule-219";

describe("rule 219", () => {
  it("checks episodes with a URN against the provider lists", () => {
    const Episodes = [
      { CHILD: "1", PLACE: "K2", URN: "SC1" },
      { CHILD: "2", PLACE: "U1", URN: "SC1" },
      { CHILD: "3", PLACE: "K2", URN: "SC9" },
      { CHILD: "4", PLACE: "K2", URN: "XXXXXXX" },
      { CHILD: "5", PLACE: "K2", URN: null },
    ];
    expect(flagsOf(rule219, { Episodes }, { providers: [{ urn: "SC1", placeCodes: ["K1", "K2"] }] })).toEqual(
      { Episodes: [1, 2] },
    );
  });
  it("is skipped without the provider lists", () => {
    expect(flagsOf(rule219, { Episodes: [{ CHILD: "1", URN: "SC1" }] })).toEqual({});
  });
  conformanceTests(rule219);
});
