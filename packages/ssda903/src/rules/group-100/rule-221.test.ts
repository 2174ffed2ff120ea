import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule221 } from "./rule-221";

describe("rule 221", () => {
  it("checks episodes with a URN against the provider lists", () => {
    const Episodes = [
      { CHILD: "1", LS: "C2", PLACE: "K2", PL_POST: "TW9 1AA", URN: "SC1" },
      { CHILD: "2", LS: "C2", PLACE: "K2", PL_POST: "TW9 1AB", URN: "SC1" },
      { CHILD: "3", LS: "V3", PLACE: "K2", PL_POST: "TW9 1AB", URN: "SC1" },
      { CHILD: "4", LS: "C2", PLACE: "U1", PL_POST: "TW9 1AB", URN: "SC1" },
      { CHILD: "5", LS: "C2", PLACE: "H5", PL_POST: "TW9 1AB", URN: "SC1" },
    ];
    expect(
      flagsOf(
        rule221,
        { Episodes },
        { providers: [{ urn: "SC1", postcode: "TW91AA" }], collectionYear: "2023-24" },
      ),
    ).toEqual({ Episodes: [1, 4] });
  });
  it("is skipped without the provider lists", () => {
    expect(flagsOf(rule221, { Episodes: [{ CHILD: "1", URN: "SC1" }] })).toEqual({});
  });
  conformanceTests(rule221);
});
