import { defineRule } from "../rule";
import { repeatedChildren } from "./header-integrity";

/**
 * INT33: checks that a child appears at most once in the OC2 table.
 * DfE SSDA903 validation rule INT33 (internal data integrity check).
 */
export const ruleINT33 = defineRule({
  code: "INT33",
  tables: ["OC2"],
  fields: ["CHILD"],
  severity: "error",
  message:
    "This child appears more than once in the OC2 outcomes table, which holds one record per child: remove or merge the duplicate records.",
  *check(ctx) {
    yield* repeatedChildren(ctx, "OC2");
  },
});
