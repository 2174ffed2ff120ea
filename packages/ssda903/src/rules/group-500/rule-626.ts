import { defineRule } from "../rule";

/** A cell read as a number (blank or non-numeric: undefined), so "1", "1.0" and 1 agree. */
function numeric(text: string | null | undefined): number | undefined {
  if (text == null || text.trim() === "") return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * 626: a child recorded as a mother this year (MOTHER 1) but not last year (MOTHER 0) cannot have had her
 * first child before this collection year began. MOTHER is read as a number, so "1.0" counts as 1. Needs
 * last year's return.
 * DfE SSDA903 validation rule 626 (Header: MOTHER, MC_DOB; last year's Header: MOTHER).
 */
export const rule626 = defineRule({
  code: "626",
  needs: ["previous"],
  tables: ["Header"],
  fields: ["MOTHER", "MC_DOB"],
  severity: "error",
  message:
    "The child is now recorded as a mother, and was not last year, but her first child was born before this year; check the mother field and the date.",
  *check(ctx) {
    const last = ctx.previous;
    if (!last) return;
    const header = ctx.table("Header");
    const lastHeader = last.table("Header");
    const lastByChild = last.rowsByChild("Header");
    for (let h = 0; h < header.length; h++) {
      const r = header[h];
      const born = ctx.date(r?.MC_DOB);
      if (!r || born === undefined || born >= ctx.collectionStart || numeric(r.MOTHER) !== 1) continue;
      const lastRows = lastByChild.get(r.CHILD ?? "") ?? [];
      if (lastRows.some((q) => numeric(lastHeader[q]?.MOTHER) === 0))
        yield { table: "Header", row: h, field: "MOTHER" };
    }
  },
});
