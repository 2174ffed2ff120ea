import { describe, expect, it } from "vitest";
import { createRuleContext } from "../create-rule-context";
import { epochDayOf } from "../dmy-date";
import { episodeSequence } from "./episode-sequence";

describe("episodeSequence", () => {
  it("orders each child's episodes by start date, ties in file order, blank or invalid starts last", () => {
    const ctx = createRuleContext({
      collectionYear: "2023-24",
      tables: {
        Episodes: [
          { CHILD: "A", DECOM: "01/03/2024", DEC: null },
          { CHILD: "B", DECOM: "31/02/2024", DEC: null },
          { CHILD: "A", DECOM: "29/02/2024", DEC: "01/03/2024" },
          { CHILD: "A", DECOM: null, DEC: null },
          { CHILD: "B", DECOM: "28/02/2024", DEC: "29/02/2024" },
          { CHILD: "A", DECOM: "29/02/2024", DEC: "29/02/2024" },
        ],
      },
    });
    const seq = episodeSequence(ctx);
    // Children in first-seen order: A (rows 2, 5, 0, 3), then B (rows 4, 1).
    expect([...seq.bounds]).toEqual([0, 4, 6]);
    expect([...seq.order]).toEqual([2, 5, 0, 3, 4, 1]);
    expect(seq.start[2]).toBe(epochDayOf(2024, 2, 29));
    expect(seq.end[2]).toBe(epochDayOf(2024, 3, 1));
    expect(Number.isNaN(seq.start[1])).toBe(true);
    expect(Number.isNaN(seq.end[0])).toBe(true);
    expect(episodeSequence(ctx)).toBe(seq);
  });
});
