import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  type CareEpisode,
  type LegalStatus,
  type LongTermStability,
  type MoveKind,
  type Placement,
  type PlacementType,
  placementsOf,
  type ReasonEpisodeCeased,
  type Sex,
} from "./index";

describe("public types", () => {
  it("code lists are unions of their statutory codes", () => {
    expectTypeOf<"U1" | "K3" | "Z11">().toMatchTypeOf<PlacementType>();
    expectTypeOf<PlacementType>().toEqualTypeOf<z.infer<typeof PlacementType>>();
    expectTypeOf<Sex>().toEqualTypeOf<"1" | "2" | "M" | "F" | "U">();
    expectTypeOf<"E45">().toMatchTypeOf<ReasonEpisodeCeased>();
    // @ts-expect-error "C3" is no legal status
    const bad: LegalStatus = "C3";
    void bad;
    // @ts-expect-error "k3" (lower case, a D2I bug) is not a placement type
    const lower: PlacementType = "k3";
    void lower;
  });

  it("CareEpisode has readable names, ISO date strings and optional end", () => {
    expectTypeOf<CareEpisode["startDate"]>().toEqualTypeOf<string>();
    expectTypeOf<CareEpisode["endDate"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<CareEpisode["placementType"]>().toEqualTypeOf<PlacementType>();
    expectTypeOf<CareEpisode["reasonEnded"]>().toEqualTypeOf<ReasonEpisodeCeased | undefined>();
    expectTypeOf<CareEpisode>().not.toHaveProperty("DECOM");
  });

  it("placementsOf turns episodes into placements", () => {
    expectTypeOf(placementsOf).parameter(0).toEqualTypeOf<readonly CareEpisode[]>();
    expectTypeOf(placementsOf).returns.toEqualTypeOf<Placement[]>();
    expectTypeOf<Placement["placementTypes"]>().toEqualTypeOf<PlacementType[]>();
  });

  it("measures return plain data", () => {
    expectTypeOf<LongTermStability>().toEqualTypeOf<{
      readonly inCohort: boolean;
      readonly stable: boolean;
    }>();
    expectTypeOf<MoveKind>().toEqualTypeOf<"planned" | "unplanned" | "unknown">();
  });
});
