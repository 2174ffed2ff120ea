import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * A Unique Pupil Number: a check letter (any capital but I, O or S) then 12 digits, or 11 digits and a
 * capital (a temporary UPN); or one of the DfE's "UPN unknown" codes UN1–UN5. DfE "Unique Pupil
 * Numbers (UPNs): guidance for schools and local authorities" and SSDA903 guide, UPN.
 */
const UPN = /^(?:[A-HJ-NP-RT-Z](?:\d{12}|\d{11}[A-Z])|UN[1-5])$/;

/**
 * 168: the child's UPN, when given, must have the form of a UPN or be one of UN1–UN5.
 * DfE SSDA903 validation rule 168 (Header.UPN).
 */
export const rule168 = defineRule({
  code: "168",
  tables: ["Header"],
  fields: ["UPN"],
  severity: "error",
  message:
    "The Unique Pupil Number is not in the right form (a letter other than I, O or S and 12 characters); if it is not known use UN1 to UN5.",
  check: (ctx) => flagRows(ctx, "Header", "UPN", (row) => row.UPN != null && !UPN.test(row.UPN)),
});
