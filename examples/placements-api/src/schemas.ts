// Validation at the edge with the JSON Schemas the placements package publishes
// (`@childrens-social-care/placements/schemas/<Name>.json`, draft 2020-12), as a system in any
// language would use them: this example does not import the Zod schemas at all.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

const require = createRequire(import.meta.url);
// ajv-formats is CommonJS; its default export arrives wrapped when imported from ESM.
const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

export function publishedSchema(name: string): Record<string, unknown> {
  const path = require.resolve(`@childrens-social-care/placements/schemas/${name}.json`);
  return JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
}

export function compileValidators<const N extends string>(names: readonly N[]): Record<N, ValidateFunction> {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  // The project's annotation keyword marking personal fields: no validation meaning.
  ajv.addKeyword({ keyword: "personalData", schemaType: "string" });
  const out = {} as Record<N, ValidateFunction>;
  for (const name of names) out[name] = ajv.compile(publishedSchema(name));
  return out;
}
