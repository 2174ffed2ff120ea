import * as z from "zod";
import { Commencement } from "./commencement";
import { DutyHolder } from "./duty-holder";
import { KebabId, WebAddress } from "./ids";
import { LegalBasis } from "./legal-basis";
import { ProvisionKind } from "./provision-kind";
import { StatusEvent } from "./status-event";
import { ReformTheme } from "./theme";

/** A reform measure councils must implement or track: what it is, where it comes from, where it stands. */
export const Provision = z
  .object({
    id: KebabId,
    title: z.string().min(1),
    aliases: z
      .array(z.string().min(1))
      .default([])
      .describe("Other names the measure goes by in committee papers (e.g. `family group conferences`)."),
    summary: z.string().min(20).describe("What it does, in plain words (not statutory text)."),
    theme: ReformTheme,
    kind: ProvisionKind,
    sourceIds: z.array(KebabId).min(1).describe("The documents the measure comes from, earliest first."),
    legalBasis: LegalBasis,
    dutyHolders: z.array(DutyHolder).min(1),
    history: z
      .array(StatusEvent)
      .min(1)
      .describe("Dated status changes in order; several on one day apply in array order."),
    commencement: Commencement,
    councilActions: z.array(z.string().min(1)).describe("What the measure asks of a council."),
    verified: z
      .boolean()
      .describe("False when some fact here (a section number, a date) could not be checked at its source."),
    openQuestions: z.array(z.string().min(1)).default([]).describe("What is still to verify, and where."),
    verifyBy: z
      .array(z.string().min(10))
      .default([])
      .describe(
        "When unverified: what would verify the open facts (the page or document, and what to look for).",
      ),
    links: z.array(WebAddress).default([]).describe("Further pages that evidence the summary."),
  })
  .superRefine((p, ctx) => {
    // History must read forwards, or statusOn would answer from the wrong event.
    for (let i = 1; i < p.history.length; i++) {
      const previous = p.history[i - 1];
      const current = p.history[i];
      if (previous && current && current.date < previous.date) {
        ctx.addIssue({
          code: "custom",
          path: ["history", i, "date"],
          message: "Status events must be in date order.",
          params: { rule: "reforms/history-in-order" },
        });
      }
    }
    if (!p.verified && p.verifyBy.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["verifyBy"],
        message: "An unverified provision must say what would verify it.",
        params: { rule: "reforms/unverified-says-how-to-verify" },
      });
    }
    if (
      p.kind !== "recommendation" &&
      p.commencement.mechanism === "not-applicable" &&
      p.legalBasis.kind === "legislation"
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["commencement", "mechanism"],
        message: "A provision resting on legislation needs a commencement mechanism.",
        params: { rule: "reforms/legislation-commences" },
      });
    }
  })
  .meta({
    id: "reforms.Provision",
    title: "Reform provision",
    description:
      "A children's social care reform measure: summary, theme, sources, legal basis or the reason it has none, duty holders, dated status history, commencement and the council actions it implies.",
  });
export type Provision = z.infer<typeof Provision>;
/** A provision as written in data, before defaults are applied. */
export type ProvisionInput = z.input<typeof Provision>;
