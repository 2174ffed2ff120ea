import { personalDataLevelOf } from "@childrens-social-care/core";
import { describe, expect, it } from "vitest";
import { BASE_EPISODE } from "../testing/episodes";
import { LookedAfterChild } from "./looked-after-child";

const CHILD = {
  childId: "C1",
  sex: "F",
  dateOfBirth: "2008-02-29",
  ethnicity: "WBRI",
  upn: "B801200005001",
} as const;

function rules(value: unknown): unknown[] {
  return (LookedAfterChild.safeParse(value).error?.issues ?? []).map((i) => [
    i.path.join("."),
    (i as { params?: { rule?: string } }).params?.rule,
  ]);
}

describe("LookedAfterChild", () => {
  it("accepts a child with episodes in order, one starting the day the last ended", () => {
    const child = {
      ...CHILD,
      episodes: [
        { ...BASE_EPISODE, startDate: "2023-04-01", endDate: "2023-06-01", reasonEnded: "X1" },
        { ...BASE_EPISODE, startDate: "2023-06-01", reasonNewEpisode: "P" },
      ],
    };
    expect(LookedAfterChild.parse(child)).toEqual(child);
  });

  it("puts K3 at 16 or over, counting a 29 February birthday as 1 March in a common year", () => {
    // Born 29 February 2008: 16 on 1 March 2024 (2024 is a leap year, so on 29 February 2024).
    const k3 = (startDate: string) => ({
      ...CHILD,
      episodes: [{ ...BASE_EPISODE, startDate, placementType: "K3", provider: "PR4" }],
    });
    expect(rules(k3("2024-04-01"))).toEqual([]);
    // Born 1 May 2009: 15 on 1 April 2025, 16 on 1 May 2025.
    const young = (startDate: string) => ({ ...k3(startDate), dateOfBirth: "2009-05-01" });
    expect(rules(young("2025-04-30"))).toEqual([["episodes.0.placementType", "placements/k3-minimum-age"]]);
    expect(rules(young("2025-05-01"))).toEqual([]);
    // Born 29 February 2012: 16 on 29 February 2028 (16 years after a leap year is a leap year).
    const leap = (startDate: string) => ({ ...k3(startDate), dateOfBirth: "2012-02-29" });
    expect(rules(leap("2028-02-28"))).toHaveLength(1);
    expect(rules(leap("2028-02-29"))).toEqual([]);
  });

  it("finds overlapping episodes, episodes of another child, and a UPN given twice", () => {
    const child = {
      ...CHILD,
      upnUnknownReason: "UN1",
      episodes: [
        { ...BASE_EPISODE, startDate: "2023-04-01", endDate: "2023-06-01", reasonEnded: "X1" },
        { ...BASE_EPISODE, startDate: "2023-05-31", reasonNewEpisode: "P", childId: "C2" },
      ],
    };
    expect(rules(child)).toEqual([
      ["upnUnknownReason", "placements/upn"],
      ["episodes.1.childId", "placements/episode-child"],
      ["episodes.1.startDate", "placements/episodes-in-order"],
    ]);
    // An episode after an open one overlaps it.
    const open = { ...CHILD, episodes: [BASE_EPISODE, { ...BASE_EPISODE, startDate: "2024-01-01" }] };
    expect(rules(open)).toEqual([["episodes.1.startDate", "placements/episodes-in-order"]]);
  });

  it("refuses an episode starting before the child's date of birth (SSDA903 rule 302)", () => {
    // Born 2999-01-01 with an episode in 1990: impossible. The day of birth itself is allowed.
    const child = (dateOfBirth: string, startDate: string) => ({
      ...CHILD,
      dateOfBirth,
      episodes: [{ ...BASE_EPISODE, childId: "C1", startDate }],
    });
    expect(rules(child("2999-01-01", "1990-06-01"))).toEqual([
      ["episodes.0.startDate", "placements/episode-after-birth"],
    ]);
    expect(rules(child("2024-03-01", "2024-02-29"))).toHaveLength(1);
    expect(rules(child("2024-03-01", "2024-03-01"))).toEqual([]);
    // A K3 episode before birth says "before birth", not also "under 16".
    const k3 = child("2025-01-01", "2024-12-31");
    Object.assign(k3.episodes[0] as object, { placementType: "K3", provider: "PR4" });
    expect(rules(k3)).toEqual([["episodes.0.startDate", "placements/episode-after-birth"]]);
  });

  it("needs the child to have been UASC for a date UASC ceased", () => {
    expect(rules({ ...CHILD, unaccompaniedAsylumSeeker: false, uascCeasedDate: "2024-01-01" })).toEqual([
      ["uascCeasedDate", "placements/uasc"],
    ]);
    expect(rules({ ...CHILD, unaccompaniedAsylumSeeker: true, uascCeasedDate: "2024-01-01" })).toEqual([]);
  });

  it("marks identity fields personal and ethnicity special-category", () => {
    const s = LookedAfterChild.shape;
    expect(personalDataLevelOf(s.dateOfBirth)).toBe("personal");
    expect(personalDataLevelOf(s.sex)).toBe("personal");
    expect(personalDataLevelOf(s.ethnicity)).toBe("special-category");
    expect(personalDataLevelOf(s.upn.unwrap())).toBe("personal");
  });

  it("names no personal value in its messages", () => {
    const r = LookedAfterChild.safeParse({
      ...CHILD,
      dateOfBirth: "2015-07-07",
      episodes: [{ ...BASE_EPISODE, childId: "ZZTOP", startDate: "2024-07-07", placementType: "K3" }],
    });
    for (const i of r.error?.issues ?? []) {
      expect(i.message).not.toMatch(/2015-07-07|2024-07-07|ZZTOP|C1/);
    }
    expect(r.error?.issues).toHaveLength(2);
  });
});
