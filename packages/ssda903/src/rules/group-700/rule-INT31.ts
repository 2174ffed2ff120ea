import { defineRule } from "../rule";
import { repeatedChildren } from "./header-integrity";

/**
 * INT31: checks that a child appears at most once in the AD1 table.
 * DfE SSDA903 validation rule INT31 (internal data integrity check).
 */
export const ruleINT31 = defineRule({
  code: "INT31",
  tables: ["AD1"],
  fields: ["CHILD"],
  severity: "error",
  message:
    "This child appears more than once in the adoption decision (AD1) table, which holds one record per child: remove or merge the duplicate records.",
  *check(ctx) {
    yield* repeatedChildren(ctx, "AD1");
  },
});
