import { defineRule } from "../rule";
import { differsFromHeader } from "./header-integrity";

/**
 * INT21: checks that the SEX the UASC table gives for a child equals the child's Header SEX (blank or unreadable values are left to other rules).
 * DfE SSDA903 validation rule INT21 (internal data integrity check).
 */
export const ruleINT21 = defineRule({
  code: "INT21",
  tables: ["Header", "UASC"],
  fields: ["SEX"],
  severity: "error",
  message: "The child's sex in the UASC table differs from the sex in the Header: make the two agree.",
  *check(ctx) {
    yield* differsFromHeader(ctx, "UASC", "SEX");
  },
});
