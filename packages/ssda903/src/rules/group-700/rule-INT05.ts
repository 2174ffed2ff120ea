import { defineRule } from "../rule";
import { childrenMissingFromHeader } from "./header-integrity";

/**
 * INT05: checks that every child in the OC2 table has a record in the Header.
 * DfE SSDA903 validation rule INT05 (internal data integrity check).
 */
export const ruleINT05 = defineRule({
  code: "INT05",
  tables: ["Header", "OC2"],
  fields: ["CHILD"],
  severity: "error",
  message:
    "This child is in the OC2 outcomes table but has no Header record: add the child to the Header or correct the child identifier.",
  *check(ctx) {
    yield* childrenMissingFromHeader(ctx, "OC2");
  },
});
