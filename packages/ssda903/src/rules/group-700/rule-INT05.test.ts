import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleINT05 } from "./rule-INT05";

describe("rule INT05", () => {
  it("flags only the OC2 rows whose child has no Header record", () => {
    const Header = [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "2" }];
    const OC2 = [{ CHILD: "2" }, { CHILD: "3" }, { CHILD: "1" }, { CHILD: "10" }];
    expect(flagsOf(ruleINT05, { Header, OC2 })).toEqual({ OC2: [1, 3] });
    expect(flagsOf(ruleINT05, { Header: [], OC2 })).toEqual({ OC2: [0, 1, 2, 3] });
  });
  conformanceTests(ruleINT05);
});
