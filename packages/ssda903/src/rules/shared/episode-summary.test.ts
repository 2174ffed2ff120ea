import { describe, expect, it } from "vitest";
import type { ReturnTables } from "../../tables/raw-return";
import { createRuleContext } from "../create-rule-context";
import { epochDayOf } from "../dmy-date";
import { carriedOverEpisodes } from "./carried-over-episode";
import { episodeSummaries } from "./episode-summary";

describe("episode summaries", () => {
  it("picks the first row of the earliest and latest dates, skipping unreadable ones", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "29/02/2024", DEC: null },
      { CHILD: "1", DECOM: "01/01/2024", DEC: "29/02/2024" },
      { CHILD: "1", DECOM: "01/01/2024", DEC: "29/02/2024" },
      { CHILD: "2", DECOM: "31/02/2024", DEC: "bad" },
    ];
    const ctx = createRuleContext({ collectionYear: "2023-24", tables: { Episodes } as ReturnTables });
    const one = episodeSummaries(ctx, "current").get("1");
    expect(one).toMatchObject({
      firstRow: 1,
      firstStart: epochDayOf(2024, 1, 1),
      latestStartRow: 0,
      latestStart: epochDayOf(2024, 2, 29),
      latestEndRow: 1,
      latestEnd: epochDayOf(2024, 2, 29),
    });
    expect(episodeSummaries(ctx, "current").get("2")).toMatchObject({
      firstRow: -1,
      latestStartRow: -1,
      latestEndRow: -1,
    });
    expect(episodeSummaries(ctx, "previous").size).toBe(0);
  });

  it("finds children whose last episode last year was still open", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/06/2023", PLACE: "U1" },
      { CHILD: "2", DECOM: "01/06/2023", PLACE: "U1" },
    ];
    const previous = {
      Episodes: [
        { CHILD: "1", DECOM: "01/06/2022", DEC: null, PLACE: "U1" },
        { CHILD: "2", DECOM: "01/06/2022", DEC: "01/06/2023", PLACE: "U1" },
      ],
    };
    const ctx = createRuleContext({
      collectionYear: "2023-24",
      tables: { Episodes } as ReturnTables,
      previous: previous as ReturnTables,
    });
    expect(carriedOverEpisodes(ctx).map((c) => c.row)).toEqual([0]);
    expect(
      carriedOverEpisodes(
        createRuleContext({ collectionYear: "2023-24", tables: { Episodes } as ReturnTables }),
      ),
    ).toEqual([]);
  });
});
