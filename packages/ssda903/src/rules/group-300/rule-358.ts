import { ageInYears } from "../dmy-date";
import { defineRule } from "../rule";

/** Legal statuses of youth justice (J1, J2, J3), which need the child to be at least 10. */
const YOUTH_JUSTICE = new Set(["J1", "J2", "J3"]);

/**
 * 358: a child under a youth justice legal status (J1–J3) must not be under 10 when the episode starts.
 * DfE SSDA903 validation rule 358 (Episodes.LS, Episodes.DECOM, Header.DOB).
 *
 * This follows the law, not the Python validator: a person attains an age at the start of the relevant
 * anniversary of their birth (Family Law Reform Act 1969 s9), so a child is 10 on their 10th birthday and
 * an episode starting that day is not flagged; the test is "under 10". The Python rule
 * (data-to-insight/csc-validator-be-903 lac2022_23/rule_358.py) flags `DOB + 10 years >= DECOM` and so also
 * flags an episode starting on the 10th birthday, a false positive. None of its harvested test cases
 * starts on a birthday, so no conformance case differs; the deviation is recorded in
 * `conformance/deviations.ts` (LEGAL_READING_DEVIATIONS). A child born on 29 February is 10 on 1 March
 * in a common year, as core's `ageOn` reads it.
 */
export const rule358 = defineRule({
  code: "358",
  tables: ["Episodes", "Header"],
  fields: ["DECOM", "DOB", "LS"],
  severity: "error",
  message:
    "The child is under a youth justice legal status (J1, J2 or J3) but was under 10 when the episode started.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const header = ctx.table("Header");
    const headerByChild = ctx.rowsByChild("Header");
    for (let e = 0; e < episodes.length; e++) {
      const ep = episodes[e];
      if (!YOUTH_JUSTICE.has(ep?.LS ?? "")) continue;
      const start = ctx.date(ep?.DECOM);
      if (start === undefined) continue;
      for (const h of headerByChild.get(ep?.CHILD ?? "") ?? []) {
        const dob = ctx.date(header[h]?.DOB);
        if (dob !== undefined && ageInYears(dob, start) < 10) {
          yield { table: "Episodes", row: e, field: "LS" };
          yield { table: "Header", row: h, field: "DOB" };
        }
      }
    }
  },
});
