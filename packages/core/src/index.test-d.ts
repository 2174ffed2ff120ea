import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  type CollectionYear,
  type IsoDate,
  LaNumber,
  type NhsNumber,
  personal,
  redact,
  type Severity,
  type Upn,
  type ValidationIssue,
} from "./index";

describe("public types", () => {
  it("identifiers and dates are strings", () => {
    expectTypeOf<Upn>().toEqualTypeOf<string>();
    expectTypeOf<NhsNumber>().toEqualTypeOf<string>();
    expectTypeOf<IsoDate>().toEqualTypeOf<string>();
    expectTypeOf<CollectionYear>().toEqualTypeOf<string>();
  });

  it("LaNumber is a union of literal codes", () => {
    type La = z.infer<typeof LaNumber>;
    expectTypeOf<"318">().toMatchTypeOf<La>();
    // @ts-expect-error "999" is no council's number
    const bad: La = "999";
    void bad;
  });

  it("ValidationIssue has the DESIGN.md shape", () => {
    expectTypeOf<ValidationIssue["severity"]>().toEqualTypeOf<Severity>();
    expectTypeOf<Severity>().toEqualTypeOf<"error" | "warning" | "query">();
    expectTypeOf<ValidationIssue["path"]>().toEqualTypeOf<(string | number)[]>();
    expectTypeOf<NonNullable<ValidationIssue["location"]>["row"]>().toEqualTypeOf<number | undefined>();
  });

  it("personal() keeps the schema type and redact keeps the value type", () => {
    const s = personal(LaNumber);
    expectTypeOf(s).toEqualTypeOf<typeof LaNumber>();
    expectTypeOf(redact(s, "318" as const)).toEqualTypeOf<"318">();
  });
});
