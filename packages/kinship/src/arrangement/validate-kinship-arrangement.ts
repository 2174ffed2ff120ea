import { createReport, issuesFromZod, runRules, type ValidationReport } from "@childrens-social-care/core";
import * as z from "zod";
import { informalFormMatchesCarer } from "../rules/form-matches-carer-rule";
import { privateFosteringChangesNotified } from "../rules/private-fostering-notifications";
import {
  privateFosteringNoticeInTime,
  privateFosteringNotWithCloseRelative,
} from "../rules/private-fostering-rules";
import { privateFosteringVisitsInTime } from "../rules/private-fostering-visits";
import { specialGuardianshipLeaveBeforeNotice } from "../rules/special-guardianship-leave-rule";
import { specialGuardianshipNoticeGiven } from "../rules/special-guardianship-notice-rule";
import {
  temporaryApprovalExtensionSafeguards,
  temporaryApprovalExtensionsLawful,
  temporaryApprovalNotExceeded,
} from "../rules/temporary-approval-rules";
import { KinshipArrangement } from "./kinship-arrangement";

/** Every rule over a kinship arrangement: the statutory time limits and whether the form fits the carer. */
export const KINSHIP_ARRANGEMENT_RULES = [
  temporaryApprovalExtensionsLawful,
  temporaryApprovalExtensionSafeguards,
  temporaryApprovalNotExceeded,
  privateFosteringNoticeInTime,
  privateFosteringNotWithCloseRelative,
  specialGuardianshipNoticeGiven,
  informalFormMatchesCarer,
  privateFosteringVisitsInTime,
  privateFosteringChangesNotified,
  specialGuardianshipLeaveBeforeNotice,
] as const;

/**
 * Validates a kinship arrangement: its shape first (rule ids `kinship/schema/...`), then, if the shape is
 * right, every rule in {@link KINSHIP_ARRANGEMENT_RULES}. `asOf` is the date to judge open deadlines
 * against. Never throws.
 */
export function validateKinshipArrangement(
  value: unknown,
  options: { asOf?: string } = {},
): ValidationReport {
  const ran = KINSHIP_ARRANGEMENT_RULES.map((r) => r.id);
  const parsed = z.safeParse(KinshipArrangement, value);
  if (!parsed.success)
    return createReport(issuesFromZod(parsed.error.issues, { rulePrefix: "kinship/schema" }), {
      skipped: ran.map((rule) => ({ rule, reason: "The record's shape is invalid." })),
    });
  return createReport(runRules(KINSHIP_ARRANGEMENT_RULES, parsed.data, options), { ran });
}
