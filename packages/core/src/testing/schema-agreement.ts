import * as z from "zod";
import { toJsonSchema } from "../json-schema/to-json-schema";
import { type Ajv, createAjv } from "./create-ajv";

/** A value on which Zod is stricter than JSON Schema can be, and why (a check digit, a cross-field rule). */
export interface ZodOnlyCase {
  readonly value: unknown;
  readonly reason: string;
}

/** Fixtures for {@link checkSchemaAgreement}. */
export interface AgreementFixtures {
  /** Values on which Zod and Ajv must give the same verdict (valid and invalid alike). */
  readonly cases: readonly unknown[];
  /** Values that Zod rejects and JSON Schema cannot, each with the reason. */
  readonly zodOnly?: readonly ZodOnlyCase[];
}

/** One value on which the two validators disagreed. */
export interface Disagreement {
  readonly index: number;
  readonly zod: boolean;
  readonly ajv: boolean;
  readonly ajvErrors: string;
  readonly kind: "case" | "zodOnly";
}

/**
 * Validates the same fixtures with the Zod schema and with Ajv (draft 2020-12) against its JSON Schema
 * (input side, as published) and lists every disagreement. For `cases` both must agree; for
 * `zodOnly` Zod must reject and Ajv accept (so a JSON Schema that starts to enforce the rule, or a
 * Zod schema that stops, is noticed).
 */
export function checkSchemaAgreement(
  schema: z.core.$ZodType,
  fixtures: AgreementFixtures,
  ajv: Ajv = createAjv(),
): Disagreement[] {
  const validateJson = ajv.compile(toJsonSchema(schema));
  const out: Disagreement[] = [];
  fixtures.cases.forEach((value, index) => {
    const zod = z.safeParse(schema, value).success;
    const ajvOk = validateJson(structuredClone(value)) as boolean;
    if (zod !== ajvOk)
      out.push({ index, zod, ajv: ajvOk, ajvErrors: ajv.errorsText(validateJson.errors), kind: "case" });
  });
  (fixtures.zodOnly ?? []).forEach(({ value }, index) => {
    const zod = z.safeParse(schema, value).success;
    const ajvOk = validateJson(structuredClone(value)) as boolean;
    if (zod || !ajvOk)
      out.push({ index, zod, ajv: ajvOk, ajvErrors: ajv.errorsText(validateJson.errors), kind: "zodOnly" });
  });
  return out;
}

/**
 * Throws (for use in a test) when Zod and Ajv disagree on any fixture, listing each disagreement.
 *
 * @example
 * expectSchemaAgreement(CareEpisode, { cases: [validEpisode, { ...validEpisode, startDate: "2024-02-30" }] });
 */
export function expectSchemaAgreement(schema: z.core.$ZodType, fixtures: AgreementFixtures, ajv?: Ajv): void {
  const found = checkSchemaAgreement(schema, fixtures, ajv);
  if (found.length === 0) return;
  const lines = found.map(
    (d) =>
      `  ${d.kind} #${d.index}: zod ${d.zod ? "accepts" : "rejects"}, ajv ${d.ajv ? "accepts" : "rejects"} ${d.ajvErrors}`,
  );
  throw new Error(`Zod and JSON Schema disagree on ${found.length} fixture(s):\n${lines.join("\n")}`);
}
