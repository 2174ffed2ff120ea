import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// REVIEW_CODE: How the child took part in a statutory looked-after review (REVIEW_CODE, PN0–PN7).
// Statutory basis: DfE "Children looked after by local authorities in England" (SSDA903) return,
// REVIEW_CODE code set. Codes, labels and the collection years each code is valid in come from
// shared/reference/ssda903.md §1.2–1.3 and ssda903-data/derived/903_code_lists.json, which compile
// the D2I validator (data-to-insight/csc-validator-be-903 @10ad07c, years 2022-23..2026-27) and
// liia-tools / liia-tools-pipeline schemas (@0dd821c / @4aff918, years 2016-17..2025-26).
// Rows without `from` were valid before 2016-17 (the earliest year our sources cover); rows without
// `until` are still valid.

const PATCH =
  "DfE SSDA903 REVIEW_CODE; label: data-to-insight/patch apps/01x_903_*/903_drilldown.py (D2I label enums)";

/** How the child took part in a statutory looked-after review (REVIEW_CODE, PN0–PN7). */
export const ReviewParticipation = defineCodeList(
  [
    { code: "PN0", label: "Child aged under 4 at the time of the review", source: PATCH },
    {
      code: "PN1",
      label: "Child physically attends and speaks for him or herself (Attendance)",
      source: PATCH,
    },
    {
      code: "PN2",
      label:
        "Child physically attends and an advocate speaks on his or her behalf (Attendance views represented by advocate or IRO)",
      source: PATCH,
    },
    {
      code: "PN3",
      label: "Child attends and conveys his or her view symbolically (non-verbally) (Attendance symbols)",
      source: PATCH,
    },
    {
      code: "PN4",
      label:
        "Child physically attends but does not speak for him or herself, does not convey his or her view symbolically (non-verbally) and does not ask an advocate to speak for him or her (Attendance without contribution)",
      source: PATCH,
    },
    {
      code: "PN5",
      label:
        "Child does not attend physically but briefs an advocate to speak for him or her (Views represented by advocate or IRO through texting, written format, phone, audio/video, viewpoint)",
      source: PATCH,
    },
    {
      code: "PN6",
      label:
        "Child does not attend but conveys his or her feelings to the review by a facilitative medium (Texting the chair, written format, phone, audio/video, viewpoint)",
      source: PATCH,
    },
    {
      code: "PN7",
      label: "Child does not attend nor are his or her views conveyed to the review",
      source: PATCH,
    },
  ] as const,
  {
    id: "placements.ReviewParticipation",
    title: "Participation in review (SSDA903 REVIEW_CODE)",
    description: "How the child took part in a statutory looked-after review (REVIEW_CODE, PN0–PN7).",
  },
);
export type ReviewParticipation = z.infer<typeof ReviewParticipation>;
