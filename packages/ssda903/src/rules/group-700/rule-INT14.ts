import { defineRule } from "../rule";
import { differsFromHeader } from "./header-integrity";

/**
 * INT14: checks that the DOB the OC2 table gives for a child equals the child's Header DOB (blank or unreadable values are left to other rules).
 * DfE SSDA903 validation rule INT14 (internal data integrity check).
 */
export const ruleINT14 = defineRule({
  code: "INT14",
  tables: ["Header", "OC2"],
  fields: ["DOB"],
  severity: "error",
  message:
    "The child's date of birth in the OC2 outcomes table differs from the date of birth in the Header: make the two agree.",
  *check(ctx) {
    yield* differsFromHeader(ctx, "OC2", "DOB");
  },
});
