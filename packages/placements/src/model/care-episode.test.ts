import { personalDataLevelOf } from "@childrens-social-care/core";
import { describe, expect, it } from "vitest";
import { BASE_EPISODE } from "../testing/episodes";
import { CareEpisode } from "./care-episode";

function problems(value: unknown): { path: string; message: string; rule: unknown }[] {
  const r = CareEpisode.safeParse(value);
  return (r.error?.issues ?? []).map((i) => ({
    path: i.path.join("."),
    message: i.message,
    rule: (i as { params?: { rule?: string } }).params?.rule,
  }));
}

describe("CareEpisode", () => {
  it("accepts an open episode and a closed one, normalising postcodes", () => {
    expect(CareEpisode.parse(BASE_EPISODE)).toEqual(BASE_EPISODE);
    const closed = CareEpisode.parse({
      ...BASE_EPISODE,
      endDate: "2024-02-29",
      reasonEnded: "X1",
      reasonPlaceChange: "CARPL",
      homePostcode: "sw1a1aa",
      placementPostcode: "LS1 4AP",
      ofstedUrn: "SC123456",
    });
    expect(closed.homePostcode).toBe("SW1A 1AA");
    expect(closed.endDate).toBe("2024-02-29");
  });

  it("rejects an end before the start, on the end date", () => {
    expect(problems({ ...BASE_EPISODE, endDate: "2023-03-31", reasonEnded: "X1" })).toEqual([
      {
        path: "endDate",
        message: "endDate must not be before startDate.",
        rule: "core/end-not-before-start",
      },
    ]);
    // A one-day episode (end on the start day) is allowed: X1 starts the next one the same day.
    expect(problems({ ...BASE_EPISODE, endDate: "2023-04-01", reasonEnded: "X1" })).toEqual([]);
  });

  it("needs a reason when the episode ended, and no reason while it is open", () => {
    expect(problems({ ...BASE_EPISODE, endDate: "2023-05-01" })[0]?.rule).toBe(
      "placements/episode-end-has-reason",
    );
    expect(problems({ ...BASE_EPISODE, reasonEnded: "E8" })[0]?.path).toBe("reasonEnded");
  });

  it("checks the placement type on the episode's dates: P2 to 27 October 2023, K3 from 1 April 2024", () => {
    const p2 = { ...BASE_EPISODE, startDate: "2023-06-01", placementType: "P2", provider: "PR4" };
    expect(problems({ ...p2, endDate: "2023-10-27", reasonEnded: "E8" })).toEqual([]);
    expect(problems({ ...p2, endDate: "2023-10-28", reasonEnded: "E8" })).toEqual([
      {
        path: "placementType",
        message:
          "placementType P2 is not a valid code on the episode's end date (retired or not yet in use).",
        rule: "placements/placement-type-valid-on-dates",
      },
    ]);
    expect(problems({ ...BASE_EPISODE, startDate: "2024-03-31", placementType: "K3" })[0]?.message).toContain(
      "start date",
    );
    expect(problems({ ...BASE_EPISODE, startDate: "2024-04-01", placementType: "K3" })).toEqual([]);
    // H5 was last valid in 2023-24; Z11 starts in 2025-26.
    expect(problems({ ...BASE_EPISODE, startDate: "2024-04-01", placementType: "H5" })).toHaveLength(1);
    expect(
      problems({ ...BASE_EPISODE, startDate: "2025-04-01", placementType: "Z11", provider: undefined }),
    ).toEqual([]);
  });

  it("checks the reasons on the end date: E43 until 31 March 2018, CUSTOD from 1 April 2018", () => {
    const ended = (endDate: string, reasonEnded: string, reasonPlaceChange?: string) =>
      problems({
        ...BASE_EPISODE,
        startDate: "2017-01-01",
        endDate,
        reasonEnded,
        ...(reasonPlaceChange ? { reasonPlaceChange } : {}),
      });
    expect(ended("2018-03-31", "E43")).toEqual([]);
    expect(ended("2018-04-01", "E43")[0]?.rule).toBe("placements/reason-ended-valid-on-end-date");
    expect(ended("2018-03-31", "E45")).toHaveLength(1);
    expect(ended("2018-03-31", "X1", "CUSTOD")[0]?.rule).toBe("placements/place-change-valid-on-end-date");
    expect(ended("2018-04-01", "X1", "CUSTOD")).toEqual([]);
  });

  it("never puts a personal value in a message", () => {
    const bad = {
      ...BASE_EPISODE,
      childId: "SECRET123",
      startDate: "2023-10-01",
      endDate: "2023-09-30",
      homePostcode: "XX99 9ZZQ",
      placementType: "K3",
    };
    const messages = problems(bad).map((p) => p.message);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      expect(m).not.toContain("SECRET123");
      expect(m).not.toContain("2023-10-01");
      expect(m).not.toContain("2023-09-30");
      expect(m).not.toContain("XX99");
    }
  });

  it("marks the child ID and both postcodes as personal data", () => {
    expect(personalDataLevelOf(CareEpisode.shape.childId)).toBe("personal");
    expect(personalDataLevelOf(CareEpisode.shape.homePostcode.unwrap())).toBe("personal");
    expect(personalDataLevelOf(CareEpisode.shape.placementPostcode.unwrap())).toBe("personal");
    expect(personalDataLevelOf(CareEpisode.shape.placementType)).toBeUndefined();
  });
});
