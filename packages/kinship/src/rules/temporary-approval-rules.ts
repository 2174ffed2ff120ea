import { compareIsoDates, type IsoDate, type ValidationIssue } from "@childrens-social-care/core";
import type { KinshipArrangement } from "../arrangement/kinship-arrangement";
import type { ConnectedPersonApproval } from "../arrangement/temporary-approval";
import { temporaryApprovalEnds } from "../arrangement/temporary-approval-ends";
import type { Rule, RuleOptions } from "../rule";

const SOURCE = "Care Planning, Placement and Case Review (England) Regulations 2010 (SI 2010/959) regs 24-25";

/** Where a connected person's temporary approval stands once its extensions are applied. */
export interface TemporaryApprovalPeriod {
  /** The approval date (reg 24). */
  readonly approvedOn: IsoDate;
  /** The last day of the approval after lawful extensions; `null` while an independent review is pending. */
  readonly endsOn: IsoDate | null;
  /** Problems found with the extensions (too long, more than one, granted after expiry). */
  readonly issues: readonly ValidationIssue[];
}

const EXTENSIONS = ["approval", "extensions"] as const;

/**
 * Applies the extensions recorded on a connected person's approval, in order: at most one reg 25(2)
 * extension of up to eight weeks, then any reg 25(3) extension pending an independent review. An unlawful
 * extension is reported and ignored, so the end date stays the lawful one. `undefined` when the carer
 * was never temporarily approved.
 */
export function temporaryApprovalPeriod(
  approval: ConnectedPersonApproval,
): TemporaryApprovalPeriod | undefined {
  const approvedOn = approval.temporaryApprovalOn;
  if (approvedOn === undefined) return undefined;
  const base = temporaryApprovalEnds(approvedOn);
  if (!base.ok) return { approvedOn, endsOn: null, issues: [base.issue] };
  const issues: ValidationIssue[] = [];
  let endsOn: IsoDate | null = base.endsOn;
  let assessmentExtensions = 0;
  (approval.extensions ?? []).forEach((extension, index) => {
    const path = [...EXTENSIONS, index];
    if (endsOn !== null && compareIsoDates(extension.grantedOn, endsOn) > 0) {
      issues.push({
        rule: "kinship/temporary-approval-extension-after-expiry",
        severity: "error",
        message:
          "The extension was granted after the temporary approval had expired; an expired approval cannot be extended (reg 25).",
        path: [...path, "grantedOn"],
      });
      return;
    }
    if (extension.reason === "full-assessment-incomplete") {
      assessmentExtensions += 1;
      if (assessmentExtensions > 1) {
        issues.push({
          rule: "kinship/temporary-approval-extended-more-than-once",
          severity: "error",
          message:
            "Temporary approval may be extended only once while the full assessment finishes (reg 25(2)).",
          path,
        });
        return;
      }
      const result = temporaryApprovalEnds(approvedOn, extension);
      if (!result.ok) {
        issues.push({ ...result.issue, path: [...path, ...result.issue.path.slice(1)] });
        return;
      }
      endsOn = result.endsOn;
      return;
    }
    const result = temporaryApprovalEnds(approvedOn, extension);
    if (!result.ok) {
      issues.push({ ...result.issue, path: [...path, ...result.issue.path.slice(1)] });
      return;
    }
    const outcome = result.endsOn;
    endsOn = outcome === null ? null : endsOn !== null && endsOn > outcome ? endsOn : outcome;
  });
  return { approvedOn, endsOn, issues };
}

/** Extensions are lawful: once, up to eight weeks, granted before expiry (reg 25(1)-(3)). */
export const temporaryApprovalExtensionsLawful: Rule<KinshipArrangement> = {
  id: "kinship/temporary-approval-extensions",
  emits: [
    "kinship/temporary-approval-extension-too-long",
    "kinship/temporary-approval-extension-invalid",
    "kinship/temporary-approval-extended-more-than-once",
    "kinship/temporary-approval-extension-after-expiry",
    "kinship/invalid-date",
  ],
  severity: "error",
  description:
    "A connected person's temporary approval is extended at most once by up to eight weeks (longer only pending an independent review), and only before it expires.",
  source: `${SOURCE}, reg 25(1)-(3)`,
  check(arrangement) {
    if (arrangement.type !== "kinship-foster-care") return [];
    return [...(temporaryApprovalPeriod(arrangement.approval)?.issues ?? [])];
  },
};

/** Before extending, the panel's views were sought, the IRO informed and a nominated officer approved. */
export const temporaryApprovalExtensionSafeguards: Rule<KinshipArrangement> = {
  id: "kinship/temporary-approval-extension-safeguards",
  severity: "error",
  description:
    "Each extension records that the fostering panel's views were sought, the IRO was informed and a nominated officer approved it.",
  source: `${SOURCE}, reg 25(4),(5)`,
  check(arrangement) {
    if (arrangement.type !== "kinship-foster-care") return [];
    const issues: ValidationIssue[] = [];
    (arrangement.approval.extensions ?? []).forEach((extension, index) => {
      const missing: [keyof typeof extension, string][] = [];
      if (!extension.fosteringPanelViewsSoughtOn)
        missing.push(["fosteringPanelViewsSoughtOn", "the fostering panel's views sought (reg 25(4)(b))"]);
      if (!extension.iroInformedOn) missing.push(["iroInformedOn", "the IRO informed (reg 25(4)(c))"]);
      if (!extension.nominatedOfficerApprovedOn)
        missing.push(["nominatedOfficerApprovedOn", "approval by a nominated officer (reg 25(5))"]);
      for (const [field, what] of missing)
        issues.push({
          rule: "kinship/temporary-approval-extension-safeguards",
          severity: "error",
          message: `The extension does not record ${what}.`,
          path: [...EXTENSIONS, index, field],
        });
    });
    return issues;
  },
};

/**
 * The child does not stay placed beyond the approval: a placement still on temporary approval after its
 * end must be ended (reg 25(6)); full approval that came after the end leaves a gap without approval.
 */
export const temporaryApprovalNotExceeded: Rule<KinshipArrangement, RuleOptions> = {
  id: "kinship/temporary-approval-exceeded",
  severity: "error",
  description:
    "A child placed on temporary approval does not remain placed after the approval ends without full approval.",
  source: `${SOURCE}, reg 25(6)`,
  check(arrangement, options) {
    if (arrangement.type !== "kinship-foster-care") return [];
    const period = temporaryApprovalPeriod(arrangement.approval);
    if (!period || period.endsOn === null) return [];
    const end = period.endsOn;
    const approval = arrangement.approval;
    if (approval.stage === "full") {
      if (approval.fullApprovalOn <= end) return [];
      if (arrangement.endedOn !== undefined && arrangement.endedOn <= end) return [];
      return [
        {
          rule: "kinship/temporary-approval-exceeded",
          severity: "error",
          message:
            "Full approval came after the temporary approval had ended, so the child lived with the carer for a time without approval (reg 25(6)).",
          path: ["approval", "fullApprovalOn"],
        },
      ];
    }
    const judgedOn = arrangement.endedOn ?? options?.asOf;
    if (judgedOn === undefined || judgedOn <= end) return [];
    return [
      {
        rule: "kinship/temporary-approval-exceeded",
        severity: "error",
        message:
          "The placement continued after the temporary approval ended without the carer being approved as a foster parent; it must end once other arrangements are made (reg 25(6)).",
        path: arrangement.endedOn === undefined ? ["approval"] : ["endedOn"],
      },
    ];
  },
};
