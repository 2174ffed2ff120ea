// Validation at the edge with the JSON Schemas the placements package publishes
// (`@childrens-social-care/placements/schemas/<Name>.json`, draft 2020-12), as a system in any language
// would use them. The published schemas describe records wherever they are read, so they leave objects
// open; what this API accepts for a write is closed: every object says `additionalProperties: false`,
// and a child is written without `episodes` (they have their own endpoint). These write schemas are
// what the API publishes at GET /schemas/{name}.json and what it validates with.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

const require = createRequire(import.meta.url);
// ajv-formats is CommonJS; its default export arrives wrapped when imported from ESM.
const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

/** The records this API writes, by the name of the published schema each is checked against. */
export const WRITE_SCHEMAS = ["LookedAfterChild", "CareEpisode"] as const;
export type WriteSchemaName = (typeof WRITE_SCHEMAS)[number];

/** Fields of a published schema that are not written through this API's endpoint for it. */
const NOT_WRITTEN_HERE: Record<WriteSchemaName, readonly string[]> = {
  LookedAfterChild: ["episodes"],
  CareEpisode: [],
};

type JsonObject = Record<string, unknown>;

export function publishedSchema(name: string): JsonObject {
  const path = require.resolve(`@childrens-social-care/placements/schemas/${name}.json`);
  return JSON.parse(readFileSync(path, "utf8")) as JsonObject;
}

/** Every object schema (one with `properties`) in `schema` gets `additionalProperties: false`. */
export function closeObjects(schema: unknown): void {
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (node !== null && typeof node === "object") {
      const o = node as JsonObject;
      if (o["properties"] !== undefined && o["additionalProperties"] === undefined)
        o["additionalProperties"] = false;
      stack.push(...Object.values(o));
    }
  }
}

/** The schema a write to `name` must satisfy: the published one, closed, without the fields written elsewhere. */
export function writeSchema(name: WriteSchemaName): JsonObject {
  const schema = publishedSchema(name);
  const root = (schema["$defs"] as Record<string, JsonObject>)[`placements.${name}`] as JsonObject;
  const properties = root["properties"] as JsonObject;
  for (const field of NOT_WRITTEN_HERE[name]) delete properties[field];
  closeObjects(schema);
  schema["$id"] = `urn:childrens-social-care:placements-api:${name}:write`;
  schema["description"] = `What POST accepts for a ${name}: the published placements schema, closed.`;
  return schema;
}

export function compileWriteValidators(): Record<WriteSchemaName, ValidateFunction> {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  // The project's annotation keyword marking personal fields: no validation meaning.
  ajv.addKeyword({ keyword: "personalData", schemaType: "string" });
  return {
    LookedAfterChild: ajv.compile(writeSchema("LookedAfterChild")),
    CareEpisode: ajv.compile(writeSchema("CareEpisode")),
  };
}
