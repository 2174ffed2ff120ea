import { describe, expect, it } from "vitest";
import type { ReturnTables } from "../../tables/raw-return";
import { createRuleContext } from "../create-rule-context";
import { continuouslyLookedAfter } from "./continuously-looked-after";

describe("continuously looked after through 2023-24 (1 April 2023 to 31 March 2024)", () => {
  it("needs an episode in the year and no entry, exit or short break inside it", () => {
    const ctx = createRuleContext({
      collectionYear: "2023-24",
      tables: {
        Episodes: [
          { CHILD: "open", DECOM: "01/01/2020", DEC: null, RNE: "S", REC: null, LS: "C2" },
          { CHILD: "entered", DECOM: "02/04/2023", DEC: null, RNE: "S", REC: null, LS: "C2" },
          { CHILD: "entered-on-1-april", DECOM: "01/04/2023", DEC: null, RNE: "S", REC: null, LS: "C2" },
          { CHILD: "left", DECOM: "01/01/2020", DEC: "29/02/2024", RNE: "S", REC: "E11", LS: "C2" },
          {
            CHILD: "left-on-31-march",
            DECOM: "01/01/2020",
            DEC: "31/03/2024",
            RNE: "S",
            REC: "E11",
            LS: "C2",
          },
          { CHILD: "moved", DECOM: "01/01/2020", DEC: "01/06/2023", RNE: "S", REC: "X1", LS: "C2" },
          { CHILD: "moved", DECOM: "01/06/2023", DEC: null, RNE: "P", REC: null, LS: "C2" },
          { CHILD: "break", DECOM: "01/01/2020", DEC: null, RNE: "S", REC: null, LS: "V3" },
          { CHILD: "gone", DECOM: "01/01/2020", DEC: "01/03/2023", RNE: "S", REC: "E11", LS: "C2" },
        ],
      },
    });
    expect([...continuouslyLookedAfter(ctx)].sort()).toEqual([
      "entered-on-1-april",
      "left-on-31-march",
      "moved",
      "open",
    ]);
  });

  it("counts a child in care all year, and not one who started, left or had a short break in the year", () => {
    const Episodes = [
      // 1: in care since 2020, still open
      { CHILD: "1", DECOM: "01/01/2020", DEC: null, RNE: "S", LS: "C2", REC: null },
      // 2: a new period of care starting the day after 1 April
      { CHILD: "2", DECOM: "02/04/2023", DEC: null, RNE: "S", LS: "C2", REC: null },
      // 3: a new period starting on 1 April itself does not break the year
      { CHILD: "3", DECOM: "01/04/2023", DEC: null, RNE: "S", LS: "C2", REC: null },
      // 4: left care on 29 February 2024
      { CHILD: "4", DECOM: "01/01/2020", DEC: "29/02/2024", RNE: "S", LS: "C2", REC: "E4A" },
      // 5: left care on 31 March, the last day, still counts
      { CHILD: "5", DECOM: "01/01/2020", DEC: "31/03/2024", RNE: "S", LS: "C2", REC: "E4A" },
      // 6: a short break (V3) during the year
      { CHILD: "6", DECOM: "01/01/2020", DEC: null, RNE: "S", LS: "V3", REC: null },
      // 7: care ended before the year
      { CHILD: "7", DECOM: "01/01/2020", DEC: "31/03/2023", RNE: "S", LS: "C2", REC: "X1" },
    ];
    const ctx = createRuleContext({ collectionYear: "2023-24", tables: { Episodes } as ReturnTables });
    expect([...continuouslyLookedAfter(ctx)].sort()).toEqual(["1", "3", "5"]);
  });

  it("leaves out episodes without a child identifier", () => {
    const Episodes = [{ CHILD: null, DECOM: "01/01/2020", DEC: null, RNE: "S", LS: "C2", REC: null }];
    const ctx = createRuleContext({ collectionYear: "2023-24", tables: { Episodes } as ReturnTables });
    expect(continuouslyLookedAfter(ctx).size).toBe(0);
  });
});
