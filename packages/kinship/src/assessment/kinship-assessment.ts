import { IsoDate, LaNumber, personal } from "@childrens-social-care/core";
import * as z from "zod";
import { AssessmentCheckRecord } from "./assessment-check";

/** Where an assessment is. */
export const AssessmentStatus = z.enum(["requested", "in-progress", "completed", "withdrawn"]).meta({
  id: "kinship.AssessmentStatus",
  title: "Assessment status",
  description: "Where a kinship assessment is: requested, in progress, completed or withdrawn.",
});
/** Where an assessment is. */
export type AssessmentStatus = z.infer<typeof AssessmentStatus>;

/** One stage of an assessment and its dates. */
export const AssessmentStage = z
  .object({
    stage: z.enum([
      "initial-visit",
      "checks",
      "home-visits",
      "report",
      "fostering-panel",
      "agency-decision",
      "filed-with-court",
    ]),
    startedOn: IsoDate.optional(),
    completedOn: IsoDate.optional(),
  })
  .strict()
  .meta({
    id: "kinship.AssessmentStage",
    title: "Assessment stage",
    description: "One stage of a kinship assessment and its start and completion dates.",
  });
/** One stage of an assessment. */
export type AssessmentStage = z.infer<typeof AssessmentStage>;

const COMMON = {
  id: z.string().min(1),
  /** The council's ids for the children assessed for: personal data. */
  childIds: z.array(personal(z.string().min(1))).min(1),
  /** The council's ids for the applicants (prospective carers): personal data. */
  applicantIds: z.array(personal(z.string().min(1))).min(1),
  arrangementId: z.string().min(1).optional(),
  localAuthority: LaNumber.optional(),
  status: AssessmentStatus,
  requestedOn: IsoDate,
  startedOn: IsoDate.optional(),
  completedOn: IsoDate.optional(),
  stages: z.array(AssessmentStage).optional(),
  checks: z.array(AssessmentCheckRecord).optional(),
};

/**
 * Viability (initial family and friends care) assessment: is this person a "potentially realistic
 * option" for this child, worth a full assessment? No regulation governs it (Family Rights Group,
 * Initial Family and Friends Care Assessment: a good practice guide, 2017, revised 2022).
 */
export const ViabilityAssessment = z
  .object({
    type: z.literal("viability"),
    ...COMMON,
    outcome: z.enum(["realistic-option-proceed-to-full", "not-realistic-option"]).optional(),
  })
  .strict()
  .meta({
    id: "kinship.ViabilityAssessment",
    title: "Viability assessment",
    description:
      "An initial family and friends care (viability) assessment: is this person a realistic option for the child?",
  });
/** Viability assessment. */
export type ViabilityAssessment = z.infer<typeof ViabilityAssessment>;

/**
 * Full connected-person assessment for approval as a local authority foster parent, usually on CoramBAAF
 * Form C (Fostering Services (England) Regulations 2011 Part 5; reg 24 CPPCR 2010 for an immediate placement).
 */
export const ConnectedPersonAssessment = z
  .object({
    type: z.literal("connected-person"),
    ...COMMON,
    form: z.enum(["corambaaf-form-c-2017", "corambaaf-form-c-2011", "local-template"]).optional(),
    /** Temporary approval given while the assessment runs (CPPCR 2010 reg 24). */
    temporaryApprovalOn: IsoDate.optional(),
    panelRecommendation: z
      .object({ on: IsoDate, recommendation: z.enum(["approve", "do-not-approve"]) })
      .strict()
      .optional(),
    /** The agency decision maker's decision. */
    decision: z
      .object({ on: IsoDate, outcome: z.enum(["approved", "not-approved"]) })
      .strict()
      .optional(),
    /** Review of a decision not to approve (Independent Review of Determinations Regulations 2009). */
    independentReviewRequestedOn: IsoDate.optional(),
  })
  .strict()
  .meta({
    id: "kinship.ConnectedPersonAssessment",
    title: "Connected person (Form C) assessment",
    description:
      "Full assessment of a connected person as a local authority foster parent, usually on CoramBAAF Form C.",
  });
/** Full connected-person assessment. */
export type ConnectedPersonAssessment = z.infer<typeof ConnectedPersonAssessment>;

/**
 * Special guardianship assessment and report to the court (Children Act 1989 s14A(8),(9); Special
 * Guardianship Regulations 2005 reg 21 and Schedule, as amended by SI 2016/111).
 */
export const SpecialGuardianshipReport = z
  .object({
    type: z.literal("special-guardianship-report"),
    ...COMMON,
    /** s14A(7): written notice of intention to apply, received by the council. */
    noticeReceivedOn: IsoDate.optional(),
    /** s14A(9): the court asked the council to investigate and report. */
    courtRequestedOn: IsoDate.optional(),
    reportFiledOn: IsoDate.optional(),
    recommendation: z.enum(["supports-sgo", "does-not-support-sgo", "supports-alternative-order"]).optional(),
    supportPlanId: z.string().min(1).optional(),
  })
  .strict()
  .meta({
    id: "kinship.SpecialGuardianshipReport",
    title: "Special guardianship report",
    description:
      "The council's special guardianship assessment and report to the court (Children Act 1989 s14A(8),(9)).",
  });
/** Special guardianship assessment and report. */
export type SpecialGuardianshipReport = z.infer<typeof SpecialGuardianshipReport>;

/**
 * A kinship assessment, discriminated on `type`: viability, full connected-person (Form C) or special
 * guardianship report; with its stages, dates, outcome and the checks done. The usual path runs from a
 * family network meeting to viability, then (with or without a reg 24 temporary approval) to a full
 * assessment, then a panel or court decision and a support plan.
 */
export const KinshipAssessment = z
  .discriminatedUnion("type", [ViabilityAssessment, ConnectedPersonAssessment, SpecialGuardianshipReport])
  .meta({
    id: "kinship.KinshipAssessment",
    title: "Kinship assessment",
    description: "A viability, connected-person (Form C) or special guardianship assessment.",
  });
/** A kinship assessment. */
export type KinshipAssessment = z.infer<typeof KinshipAssessment>;
