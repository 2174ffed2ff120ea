import { defineRule } from "../rule";
import { childrenMissingFromHeader } from "./header-integrity";

/**
 * INT01: checks that every child in the AD1 table has a record in the Header.
 * DfE SSDA903 validation rule INT01 (internal data integrity check).
 */
export const ruleINT01 = defineRule({
  code: "INT01",
  tables: ["Header", "AD1"],
  fields: ["CHILD"],
  severity: "error",
  message:
    "This child is in the adoption decision (AD1) table but has no Header record: add the child to the Header or correct the child identifier.",
  *check(ctx) {
    yield* childrenMissingFromHeader(ctx, "AD1");
  },
});
