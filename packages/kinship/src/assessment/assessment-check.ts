import { defineCodeList, IsoDate } from "@childrens-social-care/core";
import * as z from "zod";

const FORM_C = "CoramBAAF Connected Person/Family and Friends Report (Form C), England";

/**
 * A check done during a kinship assessment. Two come from practice rather than statute and are asked
 * for because councils' kinship checks rely on them: that the carers were seen by two workers (a second
 * opinion on the household) and that the child was spoken to.
 */
export const AssessmentCheck = defineCodeList(
  [
    {
      code: "child-spoken-to",
      label: "The child was spoken to about their wishes and feelings",
      source:
        "Children Act 1989 s1(3)(a) (welfare checklist); Special Guardianship Regulations 2005 Schedule para 1; Form C section B1",
    },
    {
      code: "seen-by-two-workers",
      label: "The applicants were seen by two workers",
      description: "Council practice in kinship assessments; not a statutory requirement.",
      source: "Local practice recorded in councils' kinship assessment procedures",
    },
    {
      code: "enhanced-dbs-check",
      label: "Enhanced DBS check of the applicants and adult household members",
      source: "Fostering Services (England) Regulations 2011 Schedule 3; Form C statutory checks",
    },
    {
      code: "local-authority-checks",
      label: "Checks with the local authorities where the applicants have lived",
      source: FORM_C,
    },
    { code: "health-assessment", label: "Health assessment of the applicants", source: FORM_C },
    { code: "references", label: "Personal references taken up", source: FORM_C },
    { code: "home-visit", label: "Home visited and accommodation seen", source: FORM_C },
    {
      code: "family-group-conference-considered",
      label: "A family group conference or family network meeting considered",
      description: 'Form C asks "Has a family group conference been organised?"',
      source: FORM_C,
    },
    {
      code: "harm-and-risk-assessed",
      label: "Harm suffered and risk of future harm assessed",
      source: "Special Guardianship Regulations 2005 Schedule para 1(ga),(gb), added by SI 2016/111",
    },
  ] as const,
  {
    id: "kinship.AssessmentCheck",
    title: "Assessment check",
    description: "A check done in a kinship assessment.",
  },
);
/** A check done during a kinship assessment. */
export type AssessmentCheck = z.infer<typeof AssessmentCheck>;

/** Whether a check was done, and when; "not-applicable" needs a reason (e.g. a baby cannot be spoken to). */
export const AssessmentCheckRecord = z
  .discriminatedUnion("status", [
    z.object({ check: AssessmentCheck, status: z.literal("done"), on: IsoDate.optional() }).strict(),
    z.object({ check: AssessmentCheck, status: z.literal("not-done") }).strict(),
    z
      .object({ check: AssessmentCheck, status: z.literal("not-applicable"), reason: z.string().min(1) })
      .strict(),
  ])
  .meta({
    id: "kinship.AssessmentCheckRecord",
    title: "Assessment check record",
    description: "Whether a check was done, not done, or not applicable (with a reason).",
  });
/** Whether a check was done. */
export type AssessmentCheckRecord = z.infer<typeof AssessmentCheckRecord>;
