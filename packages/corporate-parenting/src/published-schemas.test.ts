// What the build publishes in dist/schemas (scripts/emit-schemas.mjs) matches the exports.
import { fileURLToPath } from "node:url";
import { checkPublishedSchemas } from "@childrens-social-care/core/testing";
import { expect, it } from "vitest";
import * as pkg from "./index";

it("publishes every exported schema, each compiling and equal to the Zod schema's JSON Schema", () => {
  expect(checkPublishedSchemas(pkg, fileURLToPath(new URL("../dist/schemas/", import.meta.url)))).toEqual([]);
});
