import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule228 } from "./rule-228";

describe("rule 228", () => {
  it("checks episodes with a URN against the provider lists", () => {
    const Episodes = [
      { CHILD: "1", DEC: "29/02/2024", URN: "SC1" },
      { CHILD: "2", DEC: "01/03/2024", URN: "SC1" },
      { CHILD: "3", DEC: null, URN: "SC1" },
      { CHILD: "4", DEC: null, URN: "SC2" },
    ];
    expect(
      flagsOf(
        rule228,
        { Episodes },
        {
          providers: [
            { urn: "SC1", registrationEnd: "29/02/2024" },
            { urn: "SC2", registrationEnd: "31/03/2024" },
          ],
          collectionYear: "2023-24",
        },
      ),
    ).toEqual({ Episodes: [1, 2] });
  });
  it("is skipped without the provider lists", () => {
    expect(flagsOf(rule228, { Episodes: [{ CHILD: "1", URN: "SC1" }] })).toEqual({});
  });
  conformanceTests(rule228);
});
