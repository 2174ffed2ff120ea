import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// SDQ_REASON (OC2 table): why no Strengths and Difficulties Questionnaire score is returned for a child
// looked after continuously for 12 months at 31 March. Statutory basis: DfE "Children looked after by
// local authorities in England" (SSDA903) return, SDQ reason code set (technical specification code set
// "Strengths and difficulties questionnaire (SDQ) reason"). Codes and years: D2I validator rule 196 in
// every year folder 2022-23..2026-27 and the liia-tools schemas 2016-17..2025-26, as compiled in
// shared/reference/ssda903-data/derived/903_code_lists.json; all five codes are valid in every year those
// sources cover. Labels: the D2I analysis app's enum (data-to-insight/patch 903_drilldown.py), as cited there.

const SOURCE =
  "DfE SSDA903 SDQ_REASON; codes: D2I rule 196 (2022-23 to 2026-27), liia-tools schemas (2016-17 to 2025-26); label: data-to-insight/patch 903_drilldown.py";

/** Why no Strengths and Difficulties Questionnaire score is returned (SSDA903 OC2 SDQ_REASON). */
export const SdqReason = defineCodeList(
  [
    {
      code: "SDQ1",
      label: "No form returned as child was aged under 4 or over 16 at date of latest assessment",
      source: SOURCE,
    },
    { code: "SDQ2", label: "Carer(s) refused to complete and return questionnaire", source: SOURCE },
    {
      code: "SDQ3",
      label: "Not possible to complete the questionnaire due to severity of the child’s disability",
      source: SOURCE,
    },
    { code: "SDQ4", label: "Other", source: SOURCE },
    { code: "SDQ5", label: "Child or young person refuses to allow an SDQ to be completed", source: SOURCE },
  ] as const,
  {
    id: "placements.SdqReason",
    title: "Reason no SDQ score (SSDA903 SDQ_REASON)",
    description:
      "Why no Strengths and Difficulties Questionnaire score is returned for a child looked after for 12 months (SSDA903 OC2 SDQ_REASON).",
  },
);
/** A reason no SDQ score is returned. */
export type SdqReason = z.infer<typeof SdqReason>;
