import { expect, it } from "vitest";
import * as z from "zod";
import { publicSchemasOf } from "./public-schemas";

it("keeps the exports that are Zod schemas registered with an id, in name order", () => {
  const B = z.string().meta({ id: "test.B" });
  const A = z.number().meta({ id: "test.A" });
  const unregistered = z.boolean();
  expect(publicSchemasOf({ B, A, unregistered, helper: () => 1, value: 3 })).toEqual([
    ["A", A],
    ["B", B],
  ]);
});
