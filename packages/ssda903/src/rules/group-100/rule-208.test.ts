import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule208 } from "./rule-208";

describe("rule 208", () => {
  it("allows UN1 to UN2-5 and unknown to known, flags other changes", () => {
    const pairs: [string | null, string | null][] = [
      ["A123456789012", "A123456789012"],
      ["A123456789012", "B123456789012"], // changed: flagged
      ["UN1", "UN3"],
      [null, "UN2"],
      ["UN4", "A123456789012"],
      [null, "A123456789012"],
      ["A123456789012", "UN1"], // known to unknown: flagged
      ["UN3", null], // to blank: flagged
      [null, null],
      [null, "UN1"], // blank to UN1: flagged, as the DfE check does
    ];
    const Header = pairs.map(([, UPN], i) => ({ CHILD: String(i), UPN }));
    const previous = { Header: pairs.map(([UPN], i) => ({ CHILD: String(i), UPN })) };
    expect(flagsOf(rule208, { Header }, { previous })).toEqual({ Header: [1, 6, 7, 9] });
  });
  conformanceTests(rule208);
});
