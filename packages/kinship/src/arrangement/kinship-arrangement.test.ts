import { findPersonalDataLeaks } from "@childrens-social-care/core";
import { describe, expect, it } from "vitest";
import { allForms, cao, kinshipFoster, privateFostering, sgo } from "../fixtures";
import { KinshipArrangementType } from "./arrangement-type";
import { isCloseRelative, KinshipCarerRelationship } from "./carer";
import { isLookedAfter, KinshipArrangement } from "./kinship-arrangement";

describe("KinshipArrangement", () => {
  it("accepts one record of every legal form, one per code of KinshipArrangementType", () => {
    for (const a of allForms) expect(KinshipArrangement.safeParse(a).error).toBeUndefined();
    expect(allForms.map((a) => a.type).sort()).toEqual([...KinshipArrangementType.options].sort());
  });

  it("rejects a field that belongs to another form", () => {
    // A private fostering notification on a special guardianship order.
    expect(KinshipArrangement.safeParse({ ...sgo, notifiedOn: "2024-01-01" }).success).toBe(false);
    // A court order on private fostering.
    expect(KinshipArrangement.safeParse({ ...privateFostering, order: sgo.order }).success).toBe(false);
    // A connected person's approval on a child arrangements order.
    expect(KinshipArrangement.safeParse({ ...cao, approval: kinshipFoster.approval }).success).toBe(false);
    // An SGO's notice of intention on kinship foster care.
    expect(
      KinshipArrangement.safeParse({ ...kinshipFoster, noticeOfIntentionGivenOn: "2024-01-01" }).success,
    ).toBe(false);
    // An expiry date on an adoption order: adoption is permanent.
    const adoption = allForms.find((a) => a.type === "adoption-by-relative");
    expect(
      KinshipArrangement.safeParse({
        ...adoption,
        order: { court: "X", madeOn: "2023-11-03", expiresOn: "2030-01-01" },
      }).success,
    ).toBe(false);
    const bad = KinshipArrangement.safeParse({ ...sgo, childDisabled: true });
    expect(bad.error?.issues[0]?.code).toBe("unrecognized_keys");
  });

  it("rejects an unknown form, a missing carer and an impossible date", () => {
    expect(KinshipArrangement.safeParse({ ...sgo, type: "residence-order" }).success).toBe(false);
    expect(KinshipArrangement.safeParse({ ...sgo, carers: [] }).success).toBe(false);
    expect(KinshipArrangement.safeParse({ ...sgo, startedOn: "2023-02-29" }).success).toBe(false);
    expect(
      KinshipArrangement.safeParse({
        ...kinshipFoster,
        approval: { stage: "full", temporaryApprovalOn: "2024-01-08" },
      }).success,
    ).toBe(false);
  });

  it("marks the child and carer ids as personal data", () => {
    expect(findPersonalDataLeaks(KinshipArrangement, sgo, ["Child C-1001 has an order"]).length).toBe(1);
  });

  it("says the child is looked after only in kinship foster care", () => {
    const lookedAfter = allForms.filter(isLookedAfter).map((a) => a.type);
    expect(lookedAfter).toEqual(["kinship-foster-care"]);
    expect(isLookedAfter(sgo)).toBe(false);
    expect(isLookedAfter(kinshipFoster)).toBe(true);
  });

  it("knows the Children Act 1989 s105 close relatives", () => {
    expect(KinshipCarerRelationship.options.filter(isCloseRelative)).toEqual([
      "grandparent",
      "sibling",
      "aunt-or-uncle",
      "step-parent",
    ]);
  });
});
