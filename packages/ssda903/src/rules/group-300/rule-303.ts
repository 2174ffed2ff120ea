import { defineRule } from "../rule";

/**
 * 303: when a date UASC status ceased is given, the child's header must record UASC status 1.
 * DfE SSDA903 validation rule 303 (UASC.DUC, Header.UASC).
 */
export const rule303 = defineRule({
  code: "303",
  tables: ["Header", "UASC"],
  fields: ["DUC", "UASC"],
  severity: "error",
  message: "A date UASC status ceased is recorded, but the header does not show the child as UASC (code 1).",
  *check(ctx) {
    const header = ctx.table("Header");
    const uasc = ctx.table("UASC");
    // The reference validator only runs when the header carries a UASC column.
    if (header.length > 0 && header[0] && !("UASC" in header[0])) return;
    const uascByChild = ctx.rowsByChild("UASC");
    for (let h = 0; h < header.length; h++) {
      const status = header[h]?.UASC;
      if (status != null && Number(status) === 1 && status.trim() !== "") continue;
      for (const u of uascByChild.get(header[h]?.CHILD ?? "") ?? []) {
        if (uasc[u]?.DUC != null) {
          yield { table: "UASC", row: u, field: "DUC" };
          yield { table: "Header", row: h, field: "UASC" };
        }
      }
    }
  },
});
