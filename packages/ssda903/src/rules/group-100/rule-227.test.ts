import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule227 } from "./rule-227";

describe("rule 227", () => {
  it("checks episodes with a URN against the provider lists", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "28/02/2024", URN: "SC1" },
      { CHILD: "2", DECOM: "29/02/2024", URN: "SC1" },
      { CHILD: "3", DECOM: "01/03/2024", URN: "SC1" },
      { CHILD: "4", DECOM: "01/03/2024", URN: "SC2" },
    ];
    expect(
      flagsOf(
        rule227,
        { Episodes },
        { providers: [{ urn: "SC1", registrationEnd: "29/02/2024" }, { urn: "SC2" }] },
      ),
    ).toEqual({ Episodes: [1, 2] });
  });
  it("is skipped without the provider lists", () => {
    expect(flagsOf(rule227, { Episodes: [{ CHILD: "1", URN: "SC1" }] })).toEqual({});
  });
  conformanceTests(rule227);
});
