import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleSW07STG2 } from "./rule-SW07STG2";

describe("rule SW07STG2", () => {
  const SWEpisodes = [
    "31/03/2023",
    "01/04/2023",
    "31/03/2024",
    "01/04/2024",
    "31/03/2025",
    "01/04/2025",
    null,
  ].map((SW_DEC) => ({ CHILD: "1", SW_DEC }));
  it("in 2023-24 accepts end dates from 1 April 2023 to 31 March 2024", () => {
    expect(flagsOf(ruleSW07STG2, { SWEpisodes }, { collectionYear: "2023-24" })).toEqual({
      SWEpisodes: [0, 3, 4, 5],
    });
  });
  it("from 2024-25 accepts end dates from 1 April of the year before (2023) to 31 March 2025", () => {
    expect(flagsOf(ruleSW07STG2, { SWEpisodes }, { collectionYear: "2024-25" })).toEqual({
      SWEpisodes: [0, 5],
    });
  });
  conformanceTests(ruleSW07STG2);
});
