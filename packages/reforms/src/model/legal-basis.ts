import * as z from "zod";
import { WebAddress } from "./ids";

/** One statutory provision a reform rests on. */
export const StatutoryReference = z
  .object({
    act: z.string().min(1).describe("The Act, e.g. `Children's Wellbeing and Schools Act 2026`."),
    section: z.string().min(1).describe("Section (or Part, Schedule) of that Act, e.g. `s1`."),
    effect: z
      .enum(["inserts", "amends", "free-standing", "guidance-under", "existing"])
      .describe(
        "What the section does: inserts new sections, amends existing ones, stands alone, is the power under which guidance is issued, or is the existing law a programme works within.",
      ),
    target: z
      .string()
      .optional()
      .describe("The provision inserted or amended, e.g. `Children Act 1989 s31ZA`."),
    url: WebAddress,
    verified: z
      .boolean()
      .describe("False when the section number or target could not be confirmed against legislation.gov.uk."),
    note: z.string().optional(),
    verifyBy: z
      .string()
      .min(10)
      .optional()
      .describe(
        "When unverified: what would verify it (the page or document to read, and what to look for).",
      ),
  })
  .superRefine((ref, ctx) => {
    if (!ref.verified && ref.verifyBy === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["verifyBy"],
        message: "An unverified reference must say what would verify it.",
        params: { rule: "reforms/unverified-says-how-to-verify" },
      });
  })
  .meta({
    id: "reforms.StatutoryReference",
    title: "Statutory reference",
    description:
      "An Act and section a reform rests on, what it inserts or amends, and whether that was verified.",
  });
export type StatutoryReference = z.infer<typeof StatutoryReference>;

/**
 * The law a provision rests on, or the stated reason it has none (a non-statutory programme, a
 * recommendation not taken up).
 */
export const LegalBasis = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("legislation"),
      references: z.array(StatutoryReference).min(1),
    }),
    z.object({
      kind: z.literal("none"),
      reason: z.string().min(10).describe("Why there is no legal basis, in a sentence."),
    }),
  ])
  .meta({
    id: "reforms.LegalBasis",
    title: "Legal basis",
    description: "The statutory provisions a reform rests on, or the reason it has none.",
  });
export type LegalBasis = z.infer<typeof LegalBasis>;
