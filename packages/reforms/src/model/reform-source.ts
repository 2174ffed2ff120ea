import { IsoDate } from "@childrens-social-care/core";
import * as z from "zod";
import { KebabId, WebAddress } from "./ids";
import { SourceKind } from "./source-kind";

/** A document reforms come from: a review, strategy, policy paper, Bill, Act, regulations or guidance. */
export const ReformSource = z
  .object({
    id: KebabId.describe("Stable id, e.g. `care-review-2022`."),
    title: z.string().min(1),
    kind: SourceKind,
    publisher: z.string().min(1).describe("Who issued it (DfE, Parliament, the review...)."),
    date: IsoDate.describe("Publication (or Royal Assent, or first-reading) date."),
    datePrecision: z
      .enum(["day", "month"])
      .default("day")
      .describe("`month` when only the month is known; `date` is then the first of the month."),
    url: WebAddress.describe("Where the document is published."),
    dateEvidence: z
      .array(WebAddress)
      .optional()
      .describe("Pages that give the date, where the document's own page is not the evidence."),
    note: z.string().optional(),
  })
  .meta({
    id: "reforms.ReformSource",
    title: "Reform source",
    description: "A document children's social care reforms come from, with its kind, date and address.",
  });
export type ReformSource = z.infer<typeof ReformSource>;
