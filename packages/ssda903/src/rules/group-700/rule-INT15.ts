import { defineRule } from "../rule";
import { differsFromHeader } from "./header-integrity";

/**
 * INT15: checks that the DOB the OC3 table gives for a child equals the child's Header DOB (blank or unreadable values are left to other rules).
 * DfE SSDA903 validation rule INT15 (internal data integrity check).
 */
export const ruleINT15 = defineRule({
  code: "INT15",
  tables: ["Header", "OC3"],
  fields: ["DOB"],
  severity: "error",
  message:
    "The child's date of birth in the OC3 care leaver table differs from the date of birth in the Header: make the two agree.",
  *check(ctx) {
    yield* differsFromHeader(ctx, "OC3", "DOB");
  },
});
