import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule184 } from "./rule-184";

describe("rule 184", () => {
  it("flags a decision before birth; the day of birth is allowed", () => {
    const Header = [
      { CHILD: "1", DOB: "29/02/2020" },
      { CHILD: "2", DOB: "29/02/2020" },
      { CHILD: "3", DOB: "29/02/2020" },
    ];
    const PlacedAdoption = [
      { CHILD: "1", DATE_PLACED: "29/02/2020" },
      { CHILD: "2", DATE_PLACED: "28/02/2020" },
      { CHILD: "3", DATE_PLACED: null },
    ];
    expect(flagsOf(rule184, { Header, PlacedAdoption })).toEqual({ PlacedAdoption: [1] });
  });
  conformanceTests(rule184);
});
