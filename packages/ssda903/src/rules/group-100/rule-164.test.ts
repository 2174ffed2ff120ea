import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { createRuleContext } from "../create-rule-context";
import { rule164 } from "./rule-164";

describe("rule 164", () => {
  it("flags distances below 0 or above 999.9, except for children who are or were UASC", () => {
    const Episodes = [
      { CHILD: "1", PL_LA: "E1", PL_DISTANCE: "0.0" },
      { CHILD: "1", PL_LA: "E1", PL_DISTANCE: "999.9" },
      { CHILD: "1", PL_LA: "E1", PL_DISTANCE: "1000" },
      { CHILD: "1", PL_LA: "E1", PL_DISTANCE: "-0.1" },
      { CHILD: "2", PL_LA: "E1", PL_DISTANCE: "1000" },
      { CHILD: "3", PL_LA: "E1", PL_DISTANCE: "1000" },
      { CHILD: "1", PL_LA: "E1", PL_DISTANCE: null },
    ];
    const Header = [
      { CHILD: "1", UASC: "0" },
      { CHILD: "2", UASC: "1" },
      { CHILD: "3", UASC: "0" },
    ];
    const previous = { Header: [{ CHILD: "3", UASC: "1" }] };
    expect(flagsOf(rule164, { Episodes, Header }, { previous })).toEqual({ Episodes: [2, 3] });
  });
  it("works the distance out from the postcodes when the return has no PL_DISTANCE column", () => {
    const ctx = createRuleContext({
      collectionYear: "2023-24",
      tables: { Episodes: [{ CHILD: "1", HOME_POST: "A", PL_POST: "B" }] },
      postcodes: (p) => ({
        laCode: "E1",
        easting: p === "A" ? 530000 : 533000,
        northing: p === "A" ? 180000 : 184000,
      }),
    });
    expect([...rule164.check(ctx)]).toEqual([]);
  });
  conformanceTests(rule164);
});
