// What the build publishes in dist/schemas (scripts/emit-schemas.mjs) matches the exports.
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import * as core from "../index";
import { checkPublishedSchemas } from "../testing/published-schemas";

it("publishes every exported schema, each compiling and equal to the Zod schema's JSON Schema", () => {
  expect(checkPublishedSchemas(core, fileURLToPath(new URL("../../dist/schemas/", import.meta.url)))).toEqual(
    [],
  );
});
