import { IsoDate } from "@childrens-social-care/core";
import * as z from "zod";
import { KebabId, WebAddress } from "./ids";

/**
 * How and when a provision starts to apply. CWSA 2026 s78: powers to make regulations on Royal Assent
 * (s78(1)(a)); the sections listed in s78(2) two months after; Wales and Scotland by their ministers
 * (s78(3)-(4)); everything else on a day the Secretary of State appoints by regulations (s78(5)).
 * https://www.legislation.gov.uk/ukpga/2026/21/section/78/enacted
 */
export const Commencement = z
  .object({
    mechanism: z.enum([
      "royal-assent",
      "fixed-period",
      "regulations",
      "welsh-regulations",
      "programme-launch",
      "publication",
      "not-applicable",
      "unknown",
    ]),
    date: IsoDate.optional().describe("The commencement date, when known."),
    expected: z
      .string()
      .optional()
      .describe("The expected timetable in words when there is no date (e.g. `by the end of 2027`)."),
    expectedBy: IsoDate.optional().describe("The latest date the timetable points to, for planning queries."),
    sourceIds: z.array(KebabId).min(1),
    pinpoint: WebAddress.optional(),
  })
  .meta({
    id: "reforms.Commencement",
    title: "Commencement",
    description: "How and when a reform provision starts to apply, or its expected timetable.",
  });
export type Commencement = z.infer<typeof Commencement>;
