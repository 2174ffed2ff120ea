import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule230 } from "./rule-230";

describe("rule 230", () => {
  it("needs a URN for English H5 placements open on 29 October 2023 or later", () => {
    const Episodes = [
      { CHILD: "1", PLACE: "H5", DEC: "28/10/2023", PL_LA: "E09000027", URN: null },
      { CHILD: "2", PLACE: "H5", DEC: "29/10/2023", PL_LA: "E09000027", URN: null },
      { CHILD: "3", PLACE: "H5", DEC: null, PL_LA: "E09000027", URN: "XXXXXXX" },
      { CHILD: "4", PLACE: "H5", DEC: null, PL_LA: "W06000008", URN: null },
      { CHILD: "5", PLACE: "H5", DEC: null, PL_LA: "E09000027", URN: "SC123" },
    ];
    expect(flagsOf(rule230, { Episodes }, { collectionYear: "2023-24" })).toEqual({ Episodes: [1, 2] });
  });
  conformanceTests(rule230);
});
