import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleINT06 } from "./rule-INT06";

describe("rule INT06", () => {
  it("flags only the OC3 rows whose child has no Header record", () => {
    const Header = [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "2" }];
    const OC3 = [{ CHILD: "2" }, { CHILD: "3" }, { CHILD: "1" }, { CHILD: "10" }];
    expect(flagsOf(ruleINT06, { Header, OC3 })).toEqual({ OC3: [1, 3] });
    expect(flagsOf(ruleINT06, { Header: [], OC3 })).toEqual({ OC3: [0, 1, 2, 3] });
  });
  conformanceTests(ruleINT06);
});
