import { describe, expect, it } from "vitest";
import { checkRecord, episodeInContext, todayInEngland } from "./domain-checks.ts";

const CHILD = { childId: "C1", sex: "F", dateOfBirth: "2012-05-14", ethnicity: "WBRI" };
const EPISODE = {
  childId: "C1",
  startDate: "2024-06-03",
  legalStatus: "C2",
  placementType: "U1",
  provider: "PR1",
  categoryOfNeed: "N1",
  reasonNewEpisode: "S",
};
const fields = (r: ReturnType<typeof checkRecord>) =>
  r.ok ? [] : r.problems.map((p) => `${p.field}: ${p.detail}`);

describe("todayInEngland", () => {
  it("is the date in London, not in UTC: British Summer Time moves midnight", () => {
    // BST (UTC+1) runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
    // October (Summer Time Act 1972, as amended by SI 2002/262).
    expect(todayInEngland(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
    expect(todayInEngland(new Date("2026-06-30T22:59:59Z"))).toBe("2026-06-30");
    expect(todayInEngland(new Date("2026-12-31T23:30:00Z"))).toBe("2026-12-31"); // GMT: the same as UTC
    expect(todayInEngland(new Date("2026-03-29T00:30:00Z"))).toBe("2026-03-29"); // before the clocks go forward
    expect(todayInEngland(new Date("2026-10-24T23:30:00Z"))).toBe("2026-10-25"); // the last night of BST
  });
});

describe("checkRecord", () => {
  const today = "2026-12-04";

  it("accepts a possible child and episode, today included", () => {
    expect(checkRecord("LookedAfterChild", CHILD, today)).toEqual({ ok: true, record: CHILD });
    expect(checkRecord("LookedAfterChild", { ...CHILD, dateOfBirth: today }, today).ok).toBe(true);
    expect(checkRecord("CareEpisode", { ...EPISODE, startDate: today }, today).ok).toBe(true);
  });

  it("refuses a date of birth or an episode date after today", () => {
    expect(fields(checkRecord("LookedAfterChild", { ...CHILD, dateOfBirth: "2999-01-01" }, today))).toEqual([
      "dateOfBirth: must not be after today",
    ]);
    expect(
      fields(checkRecord("LookedAfterChild", { ...CHILD, dateOfBirth: "2026-12-05" }, today)),
    ).toHaveLength(1);
    const ended = { ...EPISODE, endDate: "2027-01-01", reasonEnded: "E11" };
    expect(fields(checkRecord("CareEpisode", ended, today))).toEqual(["endDate: must not be after today"]);
  });

  it("applies the placements package's own checks (an end before the start)", () => {
    const backwards = { ...EPISODE, endDate: "2024-06-01", reasonEnded: "E11" };
    expect(fields(checkRecord("CareEpisode", backwards, today))).toEqual([
      "endDate: endDate must not be before startDate.",
    ]);
  });
});

describe("episodeInContext", () => {
  it("refuses an episode before the child's birth: an episode in 1990 for a child born in 2999", () => {
    const problems = episodeInContext({ ...CHILD, dateOfBirth: "2999-01-01" }, [], {
      ...EPISODE,
      startDate: "1990-01-01",
    });
    expect(problems.map((p) => p.field)).toEqual(["startDate"]);
    expect(problems[0]?.detail).toMatch(/before the child's date of birth/);
  });

  it("refuses an overlap with a recorded episode, reported on the new one", () => {
    const open = { ...EPISODE, startDate: "2024-01-10" };
    expect(episodeInContext(CHILD, [open], EPISODE).map((p) => p.field)).toEqual(["startDate"]);
    const closed = { ...open, endDate: "2024-06-03", reasonEnded: "X1" };
    expect(episodeInContext(CHILD, [closed], { ...EPISODE, reasonNewEpisode: "P" })).toEqual([]);
  });
});
