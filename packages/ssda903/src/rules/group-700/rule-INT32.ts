import { defineRule } from "../rule";
import { repeatedChildren } from "./header-integrity";

/**
 * INT32: checks that a child appears at most once in the Header table.
 * DfE SSDA903 validation rule INT32 (internal data integrity check).
 */
export const ruleINT32 = defineRule({
  code: "INT32",
  tables: ["Header"],
  fields: ["CHILD"],
  severity: "error",
  message:
    "This child appears more than once in the Header table, which holds one record per child: remove or merge the duplicate records.",
  *check(ctx) {
    yield* repeatedChildren(ctx, "Header");
  },
});
