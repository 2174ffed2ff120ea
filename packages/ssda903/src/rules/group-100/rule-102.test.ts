import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule102 } from "./rule-102";

describe("rule 102", () => {
  it("flags blank, two-digit-year and impossible dates, and passes real ones (29 Feb only in leap years)", () => {
    const Header = ["29/02/2020", "29/02/2019", "31/04/2015", "1/4/2015", "2015-04-01", null, "01/01/15"].map(
      (DOB, i) => ({ CHILD: String(i), DOB }),
    );
    expect(flagsOf(rule102, { Header })).toEqual({ Header: [1, 2, 4, 5, 6] });
  });
  conformanceTests(rule102);
});
