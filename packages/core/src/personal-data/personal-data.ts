import * as z from "zod";

/**
 * How sensitive a field is under UK GDPR.
 *
 * - `personal`: identifies a child, carer or family member directly or indirectly (name, child ID,
 *   UPN, date of birth, home postcode).
 * - `special-category`: reveals health, ethnic origin, religion, sex life or similar (UK GDPR Art. 9);
 *   children's social care records often do, and need a stronger legal basis to process.
 */
export type PersonalDataLevel = "personal" | "special-category";

declare module "zod" {
  interface GlobalMeta {
    /** Marks a field as personal or special-category data; see `personal()` and `redact()`. */
    personalData?: PersonalDataLevel;
  }
}

/**
 * Marks a schema as holding personal data, so `redact`, `pseudonymiseFields` and
 * `findPersonalDataLeaks` know to treat its values with care. The JSON Schema carries the mark too
 * (`"personalData": "personal"`), for systems that are not TypeScript.
 *
 * @example
 * const Child = z.object({ childId: personal(z.string()), sex: Sex });
 */
export function personal<S extends z.ZodType>(schema: S, level: PersonalDataLevel = "personal"): S {
  const marked = schema.meta({ personalData: level }) as S;
  // `.meta()` returns a clone, which loses what was added to the schema object itself (a code
  // list's `labelOf`, `isValidIn`, ...): carry those over so a marked code list is still one.
  for (const key of Object.keys(schema)) {
    if (!(key in marked)) (marked as Record<string, unknown>)[key] = (schema as Record<string, unknown>)[key];
  }
  return marked;
}

/** Shorthand for `personal(schema, "special-category")`. */
export function specialCategory<S extends z.ZodType>(schema: S): S {
  return personal(schema, "special-category");
}

/** The personal-data level marked on a schema (or on a wrapper around it), if any. */
export function personalDataLevelOf(schema: z.core.$ZodType): PersonalDataLevel | undefined {
  return z.globalRegistry.get(schema as z.ZodType)?.personalData;
}
