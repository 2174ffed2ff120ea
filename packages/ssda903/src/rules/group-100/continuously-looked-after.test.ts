import { describe, expect, it } from "vitest";
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
});
