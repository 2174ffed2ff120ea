import { describe, expectTypeOf, it } from "vitest";
import {
  type Commitment,
  type CorporateParentingPrinciple,
  type LocalOfferEntitlement,
  type Measure,
  type Money,
  type Pledge,
  CorporateParentingPrinciple as Principles,
  type Priority,
  type RagStatus,
  ragStatus,
  type Strategy,
} from "./index";

describe("public types", () => {
  it("CorporateParentingPrinciple is a union of the seven ids, and labelOf gives a string", () => {
    expectTypeOf<CorporateParentingPrinciple>().toEqualTypeOf<
      | "best-interests-health-wellbeing"
      | "encourage-views-wishes-feelings"
      | "take-into-account-views"
      | "access-to-services"
      | "high-aspirations-best-outcomes"
      | "safety-and-stability"
      | "prepare-for-adulthood"
    >();
    expectTypeOf(Principles.labelOf("access-to-services")).toEqualTypeOf<string>();
    expectTypeOf(Principles.labelOf("unknown")).toEqualTypeOf<string | undefined>();
  });

  it("a strategy nests priorities, a pledge and commitments", () => {
    expectTypeOf<Strategy["priorities"]>().toEqualTypeOf<Priority[]>();
    expectTypeOf<Strategy["pledge"]>().toEqualTypeOf<Pledge | undefined>();
    expectTypeOf<Pledge["commitments"]>().toEqualTypeOf<Commitment[]>();
    expectTypeOf<Commitment["principles"]>().toEqualTypeOf<CorporateParentingPrinciple[]>();
    expectTypeOf<Strategy["period"]>().toEqualTypeOf<{ fromYear: number; toYear: number }>();
  });

  it("ragStatus takes a measure and returns a RAG status", () => {
    expectTypeOf(ragStatus).parameter(0).toMatchTypeOf<Pick<Measure, "value" | "target" | "direction">>();
    expectTypeOf(ragStatus).returns.toEqualTypeOf<RagStatus>();
    expectTypeOf<RagStatus>().toEqualTypeOf<"red" | "amber" | "green" | "not-rated">();
    // @ts-expect-error direction is required
    ragStatus({ value: 1, target: 2 });
  });

  it("entitlement amounts are money in pence", () => {
    expectTypeOf<NonNullable<LocalOfferEntitlement["amount"]>["money"]>().toEqualTypeOf<Money>();
  });
});
