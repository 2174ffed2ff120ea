import { describe, expectTypeOf, it } from "vitest";
import {
  type AssessmentIncompleteExtension,
  type CourtOrder,
  type FamilyNetworkMeeting,
  isLookedAfter,
  type KinshipArrangement,
  type KinshipArrangementType,
  type KinshipAssessment,
  type KinshipFosterCareArrangement,
  type Money,
  type SupportPlan,
  type TemporaryApprovalEnd,
  temporaryApprovalEnds,
} from "./index";

describe("public types", () => {
  it("KinshipArrangement is discriminated on type, with one member per arrangement type", () => {
    expectTypeOf<KinshipArrangement["type"]>().toEqualTypeOf<KinshipArrangementType>();
    type Sgo = Extract<KinshipArrangement, { type: "special-guardianship-order" }>;
    expectTypeOf<Sgo["order"]>().toEqualTypeOf<CourtOrder>();
    expectTypeOf<Sgo>().not.toHaveProperty("notifiedOn");
    expectTypeOf<Extract<KinshipArrangement, { type: "private-fostering" }>>().not.toHaveProperty("order");
    expectTypeOf<Extract<KinshipArrangement, { type: "adoption-by-relative" }>["order"]>().not.toHaveProperty(
      "expiresOn",
    );
  });

  it("a form's fields are not accepted on another form", () => {
    const bad: KinshipArrangement = {
      type: "child-arrangements-order",
      id: "A",
      childId: "C",
      carers: [{ personId: "P", relationship: "grandparent" }],
      startedOn: "2024-01-01",
      order: { court: "X", madeOn: "2024-01-01" },
      // @ts-expect-error an approval belongs to kinship foster care only
      approval: { stage: "full", fullApprovalOn: "2024-01-01" },
    };
    void bad;
  });

  it("isLookedAfter narrows to kinship foster care", () => {
    const a = {} as KinshipArrangement;
    if (isLookedAfter(a)) {
      expectTypeOf(a).toEqualTypeOf<KinshipFosterCareArrangement>();
      expectTypeOf(a.approval.stage).toEqualTypeOf<"temporary" | "full">();
    }
  });

  it("temporaryApprovalEnds gives a date only on success", () => {
    const r = temporaryApprovalEnds("2024-01-08");
    expectTypeOf(r).toEqualTypeOf<TemporaryApprovalEnd>();
    if (r.ok && r.status === "fixed") expectTypeOf(r.endsOn).toEqualTypeOf<string>();
    if (r.ok && r.status === "until-review-outcome") expectTypeOf(r.endsOn).toEqualTypeOf<string | null>();
    if (!r.ok) {
      expectTypeOf(r).not.toHaveProperty("endsOn");
      expectTypeOf(r.issue.severity).toEqualTypeOf<"error" | "warning" | "query">();
    }
    // A recorded extension can be passed as it is.
    expectTypeOf(temporaryApprovalEnds).toBeCallableWith("2024-01-08", {} as AssessmentIncompleteExtension);
    // @ts-expect-error an extension needs its reason
    temporaryApprovalEnds("2024-01-08", { weeks: 4 });
  });

  it("other records have the documented shapes", () => {
    expectTypeOf<KinshipAssessment["type"]>().toEqualTypeOf<
      "viability" | "connected-person" | "special-guardianship-report"
    >();
    expectTypeOf<SupportPlan["financialSupport"][number]["amount"]>().toEqualTypeOf<Money>();
    expectTypeOf<Money>().toEqualTypeOf<{ amountPence: number; currency: "GBP" }>();
    expectTypeOf<NonNullable<FamilyNetworkMeeting["offer"]>["decision"]>().toEqualTypeOf<
      "offered" | "not-offered-not-in-best-interests"
    >();
  });
});
