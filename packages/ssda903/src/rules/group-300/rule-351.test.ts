import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule351 } from "./rule-351";

describe("rule 351", () => {
  it("flags a 25th birthday before 1 April 2022, not on it", () => {
    const Header = ["31/03/1997", "01/04/1997", "29/02/1996", null].map((DOB, i) => ({
      CHILD: String(i),
      DOB,
    }));
    expect(flagsOf(rule351, { Header }, { collectionYear: "2022-23" })).toEqual({ Header: [0, 2] });
  });
  conformanceTests(rule351);
});
