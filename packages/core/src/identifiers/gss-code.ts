import * as z from "zod";

/**
 * An ONS Government Statistical Service code for an English local authority: nine characters, `E`
 * then an entity code and six digits. Entity codes: E06 unitary authorities, E07 non-metropolitan
 * districts, E08 metropolitan districts, E09 London boroughs (and the City of London), E10 counties.
 * Source: ONS Code History Database, entity codes.
 *
 * @example
 * GssCode.parse("E09000027"); // Richmond upon Thames
 */
export const GssCode = z
  .string()
  .regex(/^E(0[6-9]|10)\d{6}$/, {
    error: "Must be an ONS code for an English local authority, e.g. E09000027.",
  })
  .meta({
    id: "core.GssCode",
    title: "ONS GSS code (English local authority)",
    description: "Nine characters: E06, E07, E08, E09 or E10 followed by six digits.",
    examples: ["E09000027", "E10000014"],
  });
/** An ONS GSS code for an English local authority. */
export type GssCode = z.infer<typeof GssCode>;

/** The kind of English local authority an ONS entity code denotes. */
export type GssEntity =
  | "unitary"
  | "non-metropolitan-district"
  | "metropolitan-district"
  | "london-borough"
  | "county";

const ENTITIES: Record<string, GssEntity> = {
  E06: "unitary",
  E07: "non-metropolitan-district",
  E08: "metropolitan-district",
  E09: "london-borough",
  E10: "county",
};

/** The kind of authority a GSS code belongs to, or `undefined` for a code outside E06–E10. */
export function gssEntityOf(code: string): GssEntity | undefined {
  return ENTITIES[code.slice(0, 3)];
}
