import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule706 } from "./rule-706";

describe("rule 706", () => {
  it("flags a child whose open order from last year is not carried over with the same start date", () => {
    const previous = {
      DoLo: [
        { CHILD: "1", DOLO_START: "29/02/2024", DOLO_END: null },
        { CHILD: "2", DOLO_START: "01/03/2024", DOLO_END: null },
        { CHILD: "3", DOLO_START: "01/03/2024", DOLO_END: "02/03/2024" },
        { CHILD: "4", DOLO_START: "01/03/2024", DOLO_END: null },
      ],
    };
    const DoLo = [
      { CHILD: "1", DOLO_START: "29/02/2024" },
      { CHILD: "2", DOLO_START: "05/05/2026" },
      { CHILD: "2", DOLO_START: "02/03/2024" },
    ];
    const Header = [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "3" }, { CHILD: "4" }];
    expect(flagsOf(rule706, { DoLo, Header }, { previous })).toEqual({ DoLo: [2], Header: [3] });
    expect(flagsOf(rule706, { DoLo, Header })).toEqual({});
  });
  conformanceTests(rule706);
});
