import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleINT08 } from "./rule-INT08";

describe("rule INT08", () => {
  it("flags only the Reviews rows whose child has no Header record", () => {
    const Header = [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "2" }];
    const Reviews = [{ CHILD: "2" }, { CHILD: "3" }, { CHILD: "1" }, { CHILD: "10" }];
    expect(flagsOf(ruleINT08, { Header, Reviews })).toEqual({ Reviews: [1, 3] });
    expect(flagsOf(ruleINT08, { Header: [], Reviews })).toEqual({ Reviews: [0, 1, 2, 3] });
  });
  conformanceTests(ruleINT08);
});
