import { findPersonalDataLeaks, redact } from "@childrens-social-care/core";
import { describe, expect, it } from "vitest";
import { BASE_EPISODE } from "../testing/episodes";
import { CareEpisode } from "./care-episode";
import { LookedAfterChild } from "./looked-after-child";

// A record full of recognisable personal values, broken in every way the schemas check, so that each
// message can be searched for them.
const CHILD = {
  childId: "CHILD777",
  sex: "F",
  dateOfBirth: "2015-07-07",
  ethnicity: "WBRI",
  upn: "B801200005001",
  upnUnknownReason: "UN1",
  unaccompaniedAsylumSeeker: false,
  uascCeasedDate: "2021-12-12",
  episodes: [
    {
      ...BASE_EPISODE,
      childId: "OTHER888",
      startDate: "2024-08-08",
      endDate: "2024-06-06",
      placementType: "K3",
      homePostcode: "SW1A 1AA",
      placementPostcode: "LS1 4AP",
    },
    { ...BASE_EPISODE, childId: "CHILD777", startDate: "2024-01-01", reasonEnded: "E8" },
  ],
};
// Zod runs a record's own checks only once its fields are valid, so the child-level checks need a record
// whose episodes pass their own.
const CHILD_LEVEL = {
  ...CHILD,
  episodes: [
    {
      ...BASE_EPISODE,
      childId: "OTHER888",
      startDate: "2024-08-08",
      placementType: "K3",
      homePostcode: "SW1A 1AA",
    },
    { ...BASE_EPISODE, childId: "CHILD777", startDate: "2024-01-01" },
  ],
};

describe("personal data in the placements model", () => {
  it("no message names a personal value", () => {
    for (const record of [CHILD, CHILD_LEVEL]) {
      const issues = LookedAfterChild.safeParse(record).error?.issues ?? [];
      expect(issues.length).toBeGreaterThanOrEqual(3);
      expect(findPersonalDataLeaks(LookedAfterChild, record, issues)).toEqual([]);
    }
    const rules = (LookedAfterChild.safeParse(CHILD_LEVEL).error?.issues ?? []).map(
      (i) => (i as { params?: { rule?: string } }).params?.rule,
    );
    expect(rules).toEqual([
      "placements/upn",
      "placements/uasc",
      "placements/episode-child",
      "placements/k3-minimum-age",
      "placements/episodes-in-order",
    ]);
  });

  it("redact removes identity, postcodes and ethnicity, and keeps the care codes", () => {
    const episode = { ...BASE_EPISODE, homePostcode: "SW1A 1AA", placementPostcode: "LS1 4AP" };
    expect(redact(CareEpisode, episode)).toEqual({
      startDate: "2023-04-01",
      legalStatus: "C2",
      placementType: "U4",
      provider: "PR1",
      categoryOfNeed: "N1",
      reasonNewEpisode: "S",
    });
    const child = {
      childId: "C1",
      sex: "M",
      dateOfBirth: "2012-01-01",
      ethnicity: "WBRI",
      episodes: [episode],
    };
    const redacted = redact(LookedAfterChild, child);
    expect(Object.keys(redacted).sort()).toEqual(["episodes"]);
    expect(redacted.episodes?.[0]?.homePostcode).toBeUndefined();
  });
});
