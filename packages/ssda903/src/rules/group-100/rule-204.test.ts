import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule204 } from "./rule-204";

describe("rule 204", () => {
  it("flags a different ethnicity, compared exactly as sent (nobt is not NOBT)", () => {
    const Header = [
      { CHILD: "1", ETHNIC: "WBRI" },
      { CHILD: "2", ETHNIC: "nobt" },
      { CHILD: "3", ETHNIC: "WBRI" },
      { CHILD: "4", ETHNIC: null },
    ];
    const previous = {
      Header: [
        { CHILD: "1", ETHNIC: "WBRI" },
        { CHILD: "2", ETHNIC: "NOBT" },
        { CHILD: "3", ETHNIC: "WIRI" },
        { CHILD: "4", ETHNIC: "WIRI" },
      ],
    };
    expect(flagsOf(rule204, { Header }, { previous })).toEqual({ Header: [1, 2, 3] });
  });
  conformanceTests(rule204);
});
