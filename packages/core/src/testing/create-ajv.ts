import Ajv2020Module from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// Ajv and ajv-formats are CommonJS with a default export; under Node's ESM interop the class may sit on
// `.default`. Normalise once.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ??
  Ajv2020Module) as typeof Ajv2020Module;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as typeof addFormatsModule;

/** An Ajv instance that validates JSON Schema draft 2020-12. */
export type Ajv = InstanceType<typeof Ajv2020Module>;

/**
 * An Ajv (draft 2020-12) set up for this project's JSON Schemas: formats (`date`, `email`…) checked,
 * all errors collected, and the project's annotation keywords (`personalData`) known, so strict mode
 * stays on for everything else.
 */
export function createAjv(): Ajv {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addKeyword({ keyword: "personalData", schemaType: "string" });
  return ajv;
}
