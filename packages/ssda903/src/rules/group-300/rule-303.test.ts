import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule303 } from "./rule-303";

describe("rule 303", () => {
  it("flags a ceased date when the header UASC status is not 1", () => {
    const Header = [
      { CHILD: "a", UASC: "1" },
      { CHILD: "b", UASC: "0" },
      { CHILD: "c", UASC: null },
      { CHILD: "d", UASC: "0" },
    ];
    const UASC = [
      { CHILD: "a", DUC: "01/01/2022" },
      { CHILD: "b", DUC: "01/01/2022" },
      { CHILD: "c", DUC: "01/01/2022" },
      { CHILD: "d", DUC: null },
    ];
    expect(flagsOf(rule303, { Header, UASC })).toEqual({ Header: [1, 2], UASC: [1, 2] });
  });
  conformanceTests(rule303);
});
