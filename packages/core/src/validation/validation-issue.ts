import * as z from "zod";
import { personal } from "../personal-data/personal-data";

/**
 * How serious an issue is. `error`: the record breaks a rule and would be rejected (the DfE's
 * "error"); `warning`: likely wrong, worth a look; `query`: the DfE's "query", plausible but to be
 * confirmed or explained.
 */
export const Severity = z.enum(["error", "warning", "query"]).meta({
  id: "core.Severity",
  title: "Severity",
  description: "error: breaks a rule; warning: likely wrong; query: to be confirmed or explained.",
});
/** How serious an issue is. */
export type Severity = z.infer<typeof Severity>;

/** Where an issue was found: a table and row of a return, a file position, and the child concerned. */
export const IssueLocation = z
  .object({
    /** The table the record belongs to (e.g. the SSDA903 `Episodes` table). */
    table: z.string().optional(),
    /** 0-based index of the record within its table as read (header excluded). */
    row: z.int().min(0).optional(),
    /** The file the record came from. */
    file: z.string().optional(),
    /** 1-based line in the file. */
    line: z.int().min(1).optional(),
    /** 1-based column in the file (character, or field for CSV). */
    column: z.int().min(1).optional(),
    /** The child the record is about: the LA's child identifier, which is personal data. */
    childId: personal(z.string()).optional(),
  })
  .meta({ id: "core.IssueLocation", title: "Issue location" });
/** Where an issue was found. */
export type IssueLocation = z.infer<typeof IssueLocation>;

/**
 * One finding of a validator: which rule, how serious, a plain-English message that names no personal
 * data, the path of the field within the record, and where the record is.
 */
export const ValidationIssue = z
  .object({
    /** Stable rule id, e.g. `"903/103"`, `"103"` or `"placements/end-after-start"`. */
    rule: z.string().min(1),
    severity: Severity,
    /** Plain English for a person to act on; never contains a personal value. */
    message: z.string().min(1),
    /** Path of the field within the record, e.g. `["endDate"]`; empty for the record as a whole. */
    path: z.array(z.union([z.string(), z.number()])),
    location: IssueLocation.optional(),
    /**
     * Which check of a rule that makes several failed (e.g. `"boy"` for SSDA903 rule 165's "a boy
     * cannot be a mother"), so a report can say which one fired; absent when the rule makes one.
     */
    check: z.string().min(1).optional(),
  })
  .meta({ id: "core.ValidationIssue", title: "Validation issue" });
/** One finding of a validator. */
export type ValidationIssue = z.infer<typeof ValidationIssue>;
