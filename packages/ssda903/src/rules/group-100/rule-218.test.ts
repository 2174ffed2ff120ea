import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule218 } from "./rule-218";

describe("rule 218", () => {
  const Episodes = [
    { CHILD: "1", PLACE: "U1", DEC: "31/03/2024", PL_LA: "E09000027", URN: null },
    { CHILD: "2", PLACE: "U1", DEC: "01/04/2024", PL_LA: "E09000027", URN: null },
    { CHILD: "3", PLACE: "U1", DEC: null, PL_LA: "E09000027", URN: null },
    { CHILD: "4", PLACE: "U1", DEC: null, PL_LA: "W06000008", URN: null },
    { CHILD: "5", PLACE: "H5", DEC: null, PL_LA: "E09000027", URN: null },
    { CHILD: "6", PLACE: "U1", DEC: null, PL_LA: "E09000027", URN: "SC123456" },
    { CHILD: "7", PLACE: "Z11", DEC: null, PL_LA: "E09000027", URN: null },
  ];
  it("in 2024-25: needs a URN from 1 April, not for H5's successor exemptions or Wales", () => {
    expect(flagsOf(rule218, { Episodes }, { collectionYear: "2024-25" })).toEqual({ Episodes: [1, 2, 4, 6] });
  });
  it("in 2022-23 H5 is exempt; in 2025-26 Z11 is exempt and only WAL/SCO/NIR/CON/NUK count as outside England", () => {
    const in2022 = Episodes.map((e) => ({ ...e, DEC: e.DEC?.replace("2024", "2022") ?? null }));
    expect(flagsOf(rule218, { Episodes: in2022 }, { collectionYear: "2022-23" })).toEqual({
      Episodes: [1, 2, 6],
    });
    const in2025 = Episodes.map((e) => ({ ...e, DEC: e.DEC?.replace("2024", "2025") ?? null }));
    expect(flagsOf(rule218, { Episodes: in2025 }, { collectionYear: "2025-26" })).toEqual({
      Episodes: [1, 2, 3, 4],
    });
  });
  conformanceTests(rule218);
});
