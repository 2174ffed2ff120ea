import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule550 } from "./rule-550";

describe("rule 550", () => {
  it("flags PR0 with anything but P1", () => {
    const Episodes = [
      { PLACE: "P1", PLACE_PROVIDER: "PR0" },
      { PLACE: "U1", PLACE_PROVIDER: "PR0" },
      { PLACE: null, PLACE_PROVIDER: "PR0" },
      { PLACE: "U1", PLACE_PROVIDER: "PR1" },
    ];
    expect(flagsOf(rule550, { Episodes })).toEqual({ Episodes: [1, 2] });
  });
  conformanceTests(rule550);
});
