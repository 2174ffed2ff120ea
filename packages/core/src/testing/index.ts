/**
 * Test helpers for packages built on `@childrens-social-care/core`: the Zod-versus-Ajv agreement check
 * and a configured Ajv. Needs the optional peer dependencies `ajv` and `ajv-formats`.
 *
 * @packageDocumentation
 */
export { type Ajv, createAjv } from "./create-ajv";
export { checkPublishedSchemas } from "./published-schemas";
export {
  type AgreementFixtures,
  checkSchemaAgreement,
  type Disagreement,
  expectSchemaAgreement,
  type ZodOnlyCase,
} from "./schema-agreement";
