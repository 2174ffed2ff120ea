import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleINT02 } from "./rule-INT02";

describe("rule INT02", () => {
  it("flags only the PlacedAdoption rows whose child has no Header record", () => {
    const Header = [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "2" }];
    const PlacedAdoption = [{ CHILD: "2" }, { CHILD: "3" }, { CHILD: "1" }, { CHILD: "10" }];
    expect(flagsOf(ruleINT02, { Header, PlacedAdoption })).toEqual({ PlacedAdoption: [1, 3] });
    expect(flagsOf(ruleINT02, { Header: [], PlacedAdoption })).toEqual({ PlacedAdoption: [0, 1, 2, 3] });
  });
  conformanceTests(ruleINT02);
});
