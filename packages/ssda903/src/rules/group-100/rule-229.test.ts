import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule229 } from "./rule-229";

describe("rule 229", () => {
  it("checks episodes with a URN against the provider lists", () => {
    const Episodes = [
      { CHILD: "1", PLACE_PROVIDER: "PR1", URN: "SC1" },
      { CHILD: "2", PLACE_PROVIDER: "PR2", URN: "SC1" },
      { CHILD: "3", PLACE_PROVIDER: "PR1", URN: "SC2" },
      { CHILD: "4", PLACE_PROVIDER: "PR2", URN: "SC2" },
      { CHILD: "5", PLACE_PROVIDER: "PR1", URN: "SC9" },
    ];
    expect(
      flagsOf(
        rule229,
        { Episodes },
        {
          providers: [
            { urn: "SC1", laCode: "E09000027" },
            { urn: "SC2", laCode: "E09000001" },
          ],
          localAuthority: "E09000027",
        },
      ),
    ).toEqual({ Episodes: [1, 2, 4] });
  });
  it("is skipped without the provider lists", () => {
    expect(flagsOf(rule229, { Episodes: [{ CHILD: "1", URN: "SC1" }] })).toEqual({});
  });
  conformanceTests(rule229);
});
