import { defineRule } from "../rule";

/** UPN reason codes used when a child has no UPN; they may repeat (UN1–UN5). */
const NO_UPN_CODES = new Set(["UN1", "UN2", "UN3", "UN4", "UN5"]);

/**
 * 444: a Unique Pupil Number must not be given for more than one child in the return (the UN reason
 * codes may repeat). In force from 2025-26.
 * DfE SSDA903 validation rule 444 (Header.UPN).
 */
export const rule444 = defineRule({
  code: "444",
  from: "2025-26",
  tables: ["Header"],
  fields: ["UPN"],
  severity: "error",
  message: "The same Unique Pupil Number is given for more than one child; check which child it belongs to.",
  *check(ctx) {
    const rows = ctx.table("Header");
    const counts = new Map<string, number>();
    for (const r of rows) {
      if (r.UPN != null && !NO_UPN_CODES.has(r.UPN)) counts.set(r.UPN, (counts.get(r.UPN) ?? 0) + 1);
    }
    for (let i = 0; i < rows.length; i++) {
      const upn = rows[i]?.UPN;
      if (upn != null && (counts.get(upn) ?? 0) > 1) yield { table: "Header", row: i, field: "UPN" };
    }
  },
});
