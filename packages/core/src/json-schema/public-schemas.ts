import * as z from "zod";

/**
 * A package's public schemas: its exports that are Zod schemas registered with an id
 * (`.meta({ id })`), as `[export name, schema]` pairs in name order. These are the schemas the build
 * publishes as JSON Schema and the command line can validate against.
 */
export function publicSchemasOf(exports: Record<string, unknown>): (readonly [string, z.ZodType])[] {
  return Object.entries(exports)
    .filter((entry): entry is [string, z.ZodType] => {
      const value = entry[1];
      return value instanceof z.ZodType && z.globalRegistry.get(value)?.id !== undefined;
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
