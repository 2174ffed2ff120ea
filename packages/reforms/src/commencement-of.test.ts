import { describe, expect, it } from "vitest";
import { catalogueInfo } from "./catalogue/provisions";
import { commencementDateOf, dutyInForceOn } from "./commencement-of";

describe("commencement, one answer for every package", () => {
  it("knows the dates fixed by the Act and no date for the duties awaiting regulations", () => {
    expect(commencementDateOf("kinship-local-offer")).toBe("2026-06-29"); // s78(2)(a)
    expect(commencementDateOf("family-group-decision-making")).toBeUndefined(); // s78(5), none made
    expect(commencementDateOf("corporate-parenting-wider-bodies")).toBeUndefined();
    expect(commencementDateOf("no-such-provision")).toBeUndefined();
  });

  it("answers in force, not in force, or unknown after the day statuses are verified to", () => {
    expect(dutyInForceOn("kinship-local-offer", "2026-06-28")).toBe(false);
    expect(dutyInForceOn("kinship-local-offer", "2026-06-29")).toBe(true);
    expect(dutyInForceOn("family-group-decision-making", "2026-05-01")).toBe(false);
    expect(dutyInForceOn("family-group-decision-making", catalogueInfo.statusCheckedTo)).toBe(false);
    expect(dutyInForceOn("family-group-decision-making", "2026-12-04")).toBeUndefined();
    expect(dutyInForceOn("family-group-decision-making", "2026-13-01")).toBeUndefined();
    expect(dutyInForceOn("no-such-provision", "2026-05-01")).toBeUndefined();
  });
});
