import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import { type CodeOf, defineCodeList } from "./define-code-list";

const Sex = defineCodeList(
  [
    { code: "M", label: "Male", source: "s" },
    { code: "F", label: "Female", source: "s" },
  ] as const,
  { id: "typetest.Sex" },
);

describe("code list types", () => {
  it("infers the union of codes", () => {
    expectTypeOf<z.infer<typeof Sex>>().toEqualTypeOf<"M" | "F">();
    expectTypeOf<CodeOf<typeof Sex>>().toEqualTypeOf<"M" | "F">();
    expectTypeOf(Sex.options).toEqualTypeOf<("M" | "F")[]>();
  });

  it("labels a known code as a string and an unknown one as possibly undefined", () => {
    expectTypeOf(Sex.labelOf("M")).toEqualTypeOf<string>();
    expectTypeOf(Sex.labelOf("X" as string)).toEqualTypeOf<string | undefined>();
  });

  it("narrows with has()", () => {
    const v: unknown = "M";
    if (Sex.has(v)) expectTypeOf(v).toEqualTypeOf<"M" | "F">();
  });
});
