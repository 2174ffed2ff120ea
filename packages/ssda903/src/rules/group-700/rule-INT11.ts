import { defineRule } from "../rule";
import { differsFromHeader } from "./header-integrity";

/**
 * INT11: checks that the DOB the AD1 table gives for a child equals the child's Header DOB (blank or unreadable values are left to other rules).
 * DfE SSDA903 validation rule INT11 (internal data integrity check).
 */
export const ruleINT11 = defineRule({
  code: "INT11",
  tables: ["Header", "AD1"],
  fields: ["DOB"],
  severity: "error",
  message:
    "The child's date of birth in the adoption decision (AD1) table differs from the date of birth in the Header: make the two agree.",
  *check(ctx) {
    yield* differsFromHeader(ctx, "AD1", "DOB");
  },
});
