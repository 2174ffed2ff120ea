import type { ValidationIssue } from "@childrens-social-care/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  generateReturn,
  type MutationKind,
  mutateReturn,
  type PlantedError,
  readReturn,
  type Ssda903Child,
  type Ssda903Return,
  type Ssda903Row,
  toChildren,
  type WrittenFile,
  writeReturn,
} from "./index";

describe("public API types", () => {
  it("readReturn gives a return and core issues", () => {
    const r = readReturn([{ name: "a.csv", data: new Uint8Array() }], { encoding: "auto" });
    expectTypeOf(r.return).toEqualTypeOf<Ssda903Return>();
    expectTypeOf(r.issues).toEqualTypeOf<ValidationIssue[]>();
    expectTypeOf(r.return.tables.Episodes).toEqualTypeOf<readonly Ssda903Row<"Episodes">[] | undefined>();
    // @ts-expect-error: only the three encodings are accepted
    readReturn([], { encoding: "latin1" });
  });
  it("writeReturn gives named text files", () => {
    expectTypeOf(writeReturn({ tables: {} }, { format: "xml" })).toEqualTypeOf<WrittenFile[]>();
    expectTypeOf<WrittenFile>().toEqualTypeOf<{ readonly name: string; readonly data: string }>();
    // @ts-expect-error: a format is required
    writeReturn({ tables: {} }, {});
  });
  it("toChildren and the generator", () => {
    expectTypeOf(toChildren({ tables: {} }).children).toEqualTypeOf<Ssda903Child[]>();
    expectTypeOf(
      generateReturn({ children: 1, collectionYear: "2024-25", seed: 1 }),
    ).toEqualTypeOf<Ssda903Return>();
    expectTypeOf(
      mutateReturn({ tables: {} }, { seed: 1, mutations: ["invalid-place"] }).planted,
    ).toEqualTypeOf<PlantedError[]>();
    expectTypeOf<"invalid-place">().toExtend<MutationKind>();
    // @ts-expect-error: an unknown mutation kind
    mutateReturn({ tables: {} }, { seed: 1, mutations: ["nonsense"] });
  });
});
