import { defineRule } from "../rule";
import { childrenMissingFromHeader } from "./header-integrity";

/**
 * INT06: checks that every child in the OC3 table has a record in the Header.
 * DfE SSDA903 validation rule INT06 (internal data integrity check).
 */
export const ruleINT06 = defineRule({
  code: "INT06",
  tables: ["Header", "OC3"],
  fields: ["CHILD"],
  severity: "error",
  message:
    "This child is in the OC3 care leaver table but has no Header record: add the child to the Header or correct the child identifier.",
  *check(ctx) {
    yield* childrenMissingFromHeader(ctx, "OC3");
  },
});
