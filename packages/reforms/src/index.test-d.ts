import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  type DutyHolder,
  type ImplementationTracker,
  type Provision,
  type ProvisionStatus,
  provisions,
  type ReformSource,
  type ReformTheme,
  sources,
  type statusChangesBetween,
  statusOn,
  summariseTracker,
} from "./index";

describe("public types", () => {
  it("ProvisionStatus is the union of the seven lifecycle stages", () => {
    expectTypeOf<ProvisionStatus>().toEqualTypeOf<
      "proposed" | "consulted-on" | "in-bill" | "enacted" | "partly-in-force" | "in-force" | "withdrawn"
    >();
  });

  it("statusOn returns a status or undefined", () => {
    expectTypeOf(statusOn).returns.toEqualTypeOf<ProvisionStatus | undefined>();
    expectTypeOf(statusOn).parameter(1).toEqualTypeOf<string>();
  });

  it("the catalogue is read-only typed data", () => {
    expectTypeOf(provisions).toEqualTypeOf<readonly Provision[]>();
    expectTypeOf(sources).toEqualTypeOf<readonly ReformSource[]>();
    // @ts-expect-error the shipped catalogue cannot be pushed to
    provisions.push(provisions[0] as Provision);
  });

  it("a provision's fields are typed by its code lists", () => {
    expectTypeOf<Provision["theme"]>().toEqualTypeOf<ReformTheme>();
    expectTypeOf<Provision["dutyHolders"]>().toEqualTypeOf<DutyHolder[]>();
    expectTypeOf<Provision["aliases"]>().toEqualTypeOf<string[]>();
    type Basis = Provision["legalBasis"];
    expectTypeOf<Extract<Basis, { kind: "none" }>["reason"]>().toEqualTypeOf<string>();
    // @ts-expect-error "housing" is not a theme
    const bad: ReformTheme = "housing";
    void bad;
  });

  it("a diff entry names both statuses", () => {
    type Change = ReturnType<typeof statusChangesBetween>[number];
    expectTypeOf<Change["from"]>().toEqualTypeOf<ProvisionStatus | undefined>();
  });

  it("summariseTracker takes a parsed tracker and today", () => {
    expectTypeOf(summariseTracker).parameter(0).toEqualTypeOf<ImplementationTracker>();
    expectTypeOf<
      z.infer<typeof import("./index").ImplementationTracker>
    >().toEqualTypeOf<ImplementationTracker>();
  });
});
