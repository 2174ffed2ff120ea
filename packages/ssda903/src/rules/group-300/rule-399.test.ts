import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule399 } from "./rule-399";

describe("rule 399", () => {
  it("flags a respite-only child with mother or review details, but not one also in other care", () => {
    const Episodes = [
      { CHILD: "a", LS: "V3" },
      { CHILD: "a", LS: "V4" },
      { CHILD: "b", LS: "V3" },
      { CHILD: "b", LS: "C2" },
      { CHILD: "c", LS: "V4" },
    ];
    const Header = [
      { CHILD: "a", MOTHER: "0" },
      { CHILD: "b", MOTHER: "0" },
      { CHILD: "c", MOTHER: null },
    ];
    const Reviews = [{ CHILD: "c", REVIEW: null, REVIEW_CODE: null }];
    expect(flagsOf(rule399, { Episodes, Header, Reviews })).toEqual({ Episodes: [0, 1], Header: [0] });
  });
  conformanceTests(rule399);
});
