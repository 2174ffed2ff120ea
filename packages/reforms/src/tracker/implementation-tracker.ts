import { IsoDate, LaNumber, personal } from "@childrens-social-care/core";
import * as z from "zod";
import { KebabId } from "../model/ids";
import { CommitteeReference } from "./committee-reference";
import { RagRating } from "./rag-rating";
import { TrackerAction } from "./tracker-action";

/** A council's readiness for one provision of the catalogue. */
export const ProvisionReadiness = z
  .object({
    provisionId: KebabId.describe("The `id` of a catalogue provision."),
    rag: RagRating,
    owner: personal(z.string().min(1)).describe("The accountable officer or role."),
    actions: z.array(TrackerAction).default([]),
    evidence: z.array(z.string().min(1)).default([]).describe("Documents or links that show progress."),
    lastReviewed: CommitteeReference.optional(),
    notes: z.string().optional(),
  })
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.actions.forEach((a, i) => {
      if (seen.has(a.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["actions", i, "id"],
          message: "Action ids must be unique within a provision.",
          params: { rule: "reforms/action-id-unique" },
        });
      }
      seen.add(a.id);
    });
  })
  .meta({
    id: "reforms.ProvisionReadiness",
    title: "Provision readiness",
    description:
      "A council's readiness for one reform provision: RAG, owner, actions, evidence and last committee review.",
  });
export type ProvisionReadiness = z.infer<typeof ProvisionReadiness>;

/** A council's tracker of its readiness for the national reforms. */
export const ImplementationTracker = z
  .object({
    council: z.string().min(1).describe("The council's name."),
    laNumber: LaNumber.optional(),
    updatedOn: IsoDate,
    entries: z.array(ProvisionReadiness),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.entries.forEach((e, i) => {
      if (seen.has(e.provisionId)) {
        ctx.addIssue({
          code: "custom",
          path: ["entries", i, "provisionId"],
          message: "Each provision appears once in a tracker.",
          params: { rule: "reforms/tracker-provision-unique" },
        });
      }
      seen.add(e.provisionId);
    });
  })
  .meta({
    id: "reforms.ImplementationTracker",
    title: "Implementation tracker",
    description:
      "A council's readiness for each reform provision, with actions, evidence and the committee decisions that reviewed them.",
  });
export type ImplementationTracker = z.infer<typeof ImplementationTracker>;
/** A tracker as written (before defaults). */
export type ImplementationTrackerInput = z.input<typeof ImplementationTracker>;
