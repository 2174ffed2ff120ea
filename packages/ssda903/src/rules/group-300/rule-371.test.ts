import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule371 } from "./rule-371";

describe("rule 371", () => {
  const Header = [{ CHILD: "a", DOB: "15/03/2008" }];
  const at = (PLACE: string, DECOM: string) => ({
    Episodes: [{ CHILD: "a", DECOM, DEC: "01/01/2026", PLACE }],
    Header,
  });
  it("uses H5 and 14 in 2022-23", () => {
    expect(flagsOf(rule371, at("H5", "14/03/2022"), { collectionYear: "2022-23" })).toEqual({
      Episodes: [0],
    });
    expect(flagsOf(rule371, at("H5", "15/03/2022"), { collectionYear: "2022-23" })).toEqual({});
  });
  it("uses K3 and 16 from 2024-25", () => {
    expect(flagsOf(rule371, at("K3", "14/03/2024"), { collectionYear: "2024-25" })).toEqual({
      Episodes: [0],
    });
    expect(flagsOf(rule371, at("K3", "15/03/2024"), { collectionYear: "2024-25" })).toEqual({});
    expect(flagsOf(rule371, at("H5", "14/03/2024"), { collectionYear: "2024-25" })).toEqual({});
  });
  conformanceTests(rule371);
});
