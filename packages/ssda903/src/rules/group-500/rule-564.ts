import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/** MISSING codes: M missing, A away without authorisation (DfE SSDA903 MISSING code set), either case. */
const KINDS: ReadonlySet<string> = new Set(["M", "A", "m", "a"]);

/**
 * 564: a missing or away-without-authorisation record (MISSING = M or A; the reference validator also
 * accepts lower case) must say when it started.
 * DfE SSDA903 validation rule 564 (Missing: MISSING, MIS_START).
 */
export const rule564 = defineRule({
  code: "564",
  tables: ["Missing"],
  fields: ["MISSING", "MIS_START"],
  severity: "error",
  message:
    "The child is recorded as missing or away from placement without authorisation, but the start date is blank.",
  check: (ctx) =>
    flagRows(ctx, "Missing", "MIS_START", (r) => KINDS.has(r.MISSING ?? "") && r.MIS_START == null),
});
