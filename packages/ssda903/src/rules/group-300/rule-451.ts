import { defineRule } from "../rule";

/**
 * 451: no child can still be freed for adoption (LS D1) in an open episode, since freeing orders could
 * not be applied for after 30 December 2005. In force until 2023-24.
 * DfE SSDA903 validation rule 451 (Episodes.DEC, Episodes.REC, Episodes.LS).
 */
export const rule451 = defineRule({
  code: "451",
  until: "2023-24",
  tables: ["Episodes"],
  fields: ["DEC", "REC", "LS"],
  severity: "error",
  message:
    "An open episode has legal status D1 (freed for adoption), which has not been possible since December 2005.",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (r?.LS === "D1" && r.DEC == null && r.REC == null) yield { table: "Episodes", row: i, field: "LS" };
    }
  },
});
