import { personalDataLevelOf } from "@childrens-social-care/core";
import { describe, expect, it } from "vitest";
import { AdoptionDecision, AdoptionMilestones } from "./adoption";
import { CareLeaverOutcome } from "./care-leaver-outcome";
import { ChildId } from "./child-id";
import { DeprivationOfLibertyOrder } from "./deprivation-of-liberty-order";
import { MissingPeriod } from "./missing-period";
import { PermanenceBeforeCare } from "./permanence-before-care";
import { PlacementUrn } from "./placement-urn";
import { Review } from "./review";
import { SocialWorkerEpisode } from "./social-worker-episode";

const ok = (schema: { safeParse(v: unknown): { success: boolean } }, v: unknown) =>
  schema.safeParse(v).success;

describe("child records", () => {
  it("ChildId: 1 to 10 characters, personal", () => {
    expect(ok(ChildId, "A")).toBe(true);
    expect(ok(ChildId, "1234567890")).toBe(true);
    expect(ok(ChildId, "12345678901")).toBe(false);
    expect(ok(ChildId, "")).toBe(false);
    expect(personalDataLevelOf(ChildId)).toBe("personal");
  });

  it("PlacementUrn: SC + 6 digits, 6-7 digits, or XXXXXXX", () => {
    for (const v of ["SC123456", "123456", "1234567", "XXXXXXX"]) expect(ok(PlacementUrn, v)).toBe(true);
    for (const v of ["SC12345", "12345", "12345678", "XXXXXX", "sc123456"])
      expect(ok(PlacementUrn, v)).toBe(false);
  });

  it("Review: date and participation together", () => {
    expect(ok(Review, { childId: "C1", reviewDate: "2024-02-29", participation: "PN1" })).toBe(true);
    expect(ok(Review, { childId: "C1", reviewDate: "2024-02-29" })).toBe(false);
    expect(ok(Review, { childId: "C1", reviewDate: "2023-02-29", participation: "PN1" })).toBe(false);
  });

  it("MissingPeriod, SocialWorkerEpisode, DeprivationOfLibertyOrder: end not before start", () => {
    expect(
      ok(MissingPeriod, { childId: "C1", type: "M", startDate: "2024-01-02", endDate: "2024-01-02" }),
    ).toBe(true);
    expect(
      ok(MissingPeriod, { childId: "C1", type: "A", startDate: "2024-01-02", endDate: "2024-01-01" }),
    ).toBe(false);
    expect(ok(MissingPeriod, { childId: "C1", type: "X", startDate: "2024-01-02" })).toBe(false);
    const sw = {
      childId: "C1",
      socialWorkerId: "SW0001",
      startDate: "2023-04-01",
      reasonForChange: "MANAGE",
    };
    expect(ok(SocialWorkerEpisode, sw)).toBe(true);
    expect(ok(SocialWorkerEpisode, { ...sw, socialWorkerId: "AB0001" })).toBe(false);
    expect(ok(SocialWorkerEpisode, { ...sw, endDate: "2023-03-31" })).toBe(false);
    expect(ok(DeprivationOfLibertyOrder, { childId: "C1", startDate: "2026-05-01" })).toBe(true);
    expect(
      ok(DeprivationOfLibertyOrder, { childId: "C1", startDate: "2026-05-01", endDate: "2026-04-30" }),
    ).toBe(false);
  });

  it("CareLeaverOutcome: in touch means activity and accommodation known; died or home means blank (rules 344, 345)", () => {
    expect(
      ok(CareLeaverOutcome, { childId: "C1", inTouch: "YES", activity: "F1", accommodation: "U1" }),
    ).toBe(true);
    expect(ok(CareLeaverOutcome, { childId: "C1", inTouch: "YES", activity: "0", accommodation: "U1" })).toBe(
      false,
    );
    expect(ok(CareLeaverOutcome, { childId: "C1", inTouch: "YES", activity: "F1" })).toBe(false);
    expect(ok(CareLeaverOutcome, { childId: "C1", inTouch: "DIED" })).toBe(true);
    expect(ok(CareLeaverOutcome, { childId: "C1", inTouch: "RHOM", activity: "0" })).toBe(false);
    expect(ok(CareLeaverOutcome, { childId: "C1", inTouch: "NO", activity: "0", accommodation: "0" })).toBe(
      true,
    );
  });

  it("AdoptionMilestones: matched on or after the decision (rule 333)", () => {
    const m = {
      childId: "C1",
      shouldBePlacedDate: "2024-02-29",
      matchedDate: "2024-02-29",
      numberOfAdopters: 2,
    };
    expect(ok(AdoptionMilestones, m)).toBe(true);
    expect(ok(AdoptionMilestones, { ...m, matchedDate: "2024-02-28" })).toBe(false);
    expect(ok(AdoptionMilestones, { ...m, numberOfAdopters: 3 })).toBe(false);
  });

  it("AdoptionDecision: a reversal has a date and a reason, not before the decision (rule 119)", () => {
    const d = { childId: "C1", decisionDate: "2024-01-10" };
    expect(ok(AdoptionDecision, d)).toBe(true);
    expect(ok(AdoptionDecision, { ...d, reversedDate: "2024-05-01", reasonReversed: "RD1" })).toBe(true);
    expect(ok(AdoptionDecision, { ...d, reversedDate: "2024-05-01" })).toBe(false);
    expect(ok(AdoptionDecision, { ...d, reasonReversed: "RD1" })).toBe(false);
    expect(ok(AdoptionDecision, { ...d, reversedDate: "2024-01-09", reasonReversed: "RD4" })).toBe(false);
  });

  it("PermanenceBeforeCare: LA_PERM is a 3-digit LA number or a country code", () => {
    const p = {
      childId: "C1",
      previousPermanence: "P2",
      orderLocalAuthority: "805",
      orderDate: "2019-06-01",
    };
    expect(ok(PermanenceBeforeCare, p)).toBe(true);
    expect(ok(PermanenceBeforeCare, { ...p, orderLocalAuthority: "SCO" })).toBe(true);
    expect(ok(PermanenceBeforeCare, { ...p, orderLocalAuthority: "ENG" })).toBe(false);
  });
});
