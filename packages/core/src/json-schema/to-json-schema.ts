import * as z from "zod";
import { annotateCodeListJsonSchema, codeListRowsOf } from "../code-list/code-list-json-schema";

/** A JSON Schema document (draft 2020-12). */
export type JsonSchema = z.core.JSONSchema.BaseSchema;

/** Options for {@link toJsonSchema}. */
export interface ToJsonSchemaOptions {
  /**
   * Which side of the schema to describe. `input` (the default) describes what a system may send:
   * what the schema accepts before defaults and normalisation. `output` describes what it returns.
   */
  readonly io?: "input" | "output";
  /** An absolute URI to give the document as its `$id`. */
  readonly id?: string;
}

/**
 * Turns any schema into JSON Schema draft 2020-12, for systems that are not TypeScript.
 *
 * Code lists become `oneOf` of `const` codes with their labels as `title`; fields marked personal carry
 * `"personalData"`; a schema with an id is emitted as a `$ref` into `$defs`. Validate with a draft
 * 2020-12 validator (Ajv's `ajv/dist/2020`); refinements that JSON Schema cannot express (check
 * digits, cross-field rules) are described in `description` but only enforced by the Zod schema.
 *
 * @throws when the schema holds a type JSON Schema cannot represent (a transform on the output side,
 * a `Date`, a `bigint`).
 */
export function toJsonSchema(schema: z.core.$ZodType, options: ToJsonSchemaOptions = {}): JsonSchema {
  const json = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: options.io ?? "input",
    override: (ctx) => {
      const rows = codeListRowsOf(ctx.zodSchema);
      if (rows) annotateCodeListJsonSchema(ctx.jsonSchema, rows);
    },
  });
  if (!options.id) return json;
  // Put $id right after $schema, where readers of the document expect it.
  const { $schema, ...rest } = json;
  return { ...($schema ? { $schema } : {}), $id: options.id, ...rest } as JsonSchema;
}
