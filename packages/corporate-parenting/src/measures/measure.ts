import { IsoDate } from "@childrens-social-care/core";
import * as z from "zod";
import { CorporateParentingPrinciple } from "../principles/corporate-parenting-principle";

/** The unit a measure is counted in. */
export const MeasureUnit = z
  .enum(["percentage", "count", "rate-per-10000", "days", "weeks", "gbp", "score"])
  .meta({
    id: "corporate-parenting.MeasureUnit",
    title: "Measure unit",
    description: "The unit a measure is counted in.",
  });
/** The unit a measure is counted in. */
export type MeasureUnit = z.infer<typeof MeasureUnit>;

/** Which way is good: a higher value, a lower value, or neither (a context measure, never rated). */
export const Polarity = z.enum(["higher-is-better", "lower-is-better", "neutral"]).meta({
  id: "corporate-parenting.Polarity",
  title: "Direction of good",
  description: "Which way is good for a measure: higher, lower, or neither.",
});
/** Which way is good. */
export type Polarity = z.infer<typeof Polarity>;

/** A comparator a measure is read against. */
export const ComparatorType = z
  .enum([
    "national-average-england",
    "statistical-neighbours",
    "regional-average",
    "previous-period",
    "top-quartile",
  ])
  .meta({
    id: "corporate-parenting.ComparatorType",
    title: "Comparator type",
    description:
      "What a measure is compared with: national average, statistical neighbours, region, previous period or top quartile.",
  });
/** A comparator type. */
export type ComparatorType = z.infer<typeof ComparatorType>;

/** The period a value covers. */
export const MeasurePeriod = z
  .object({
    type: z.enum([
      "financial-year",
      "academic-year",
      "calendar-year",
      "quarter",
      "month",
      "snapshot",
      "rolling-12-months",
    ]),
    start: IsoDate,
    end: IsoDate,
    /** e.g. "2024-25", "Q2 2025-26", "at 31 March 2025". */
    label: z.string().min(1),
  })
  .strict()
  .meta({
    id: "corporate-parenting.MeasurePeriod",
    title: "Measure period",
    description: "The period a measure's value covers.",
  });
/** The period a value covers. */
export type MeasurePeriod = z.infer<typeof MeasurePeriod>;

/**
 * A performance measure (indicator) of a corporate parenting strategy: what it counts, for which period,
 * its value, target and comparators, and which way is good. `ragStatus(measure)` rates it.
 */
export const Measure = z
  .object({
    id: z.string().min(1),
    code: z.string().min(1).optional(),
    title: z.string().min(1),
    definition: z.string().min(1),
    unit: MeasureUnit,
    direction: Polarity,
    period: MeasurePeriod,
    value: z.number().optional(),
    numerator: z.int().min(0).optional(),
    denominator: z.int().min(1).optional(),
    target: z.number().optional(),
    /**
     * How far from target (in the measure's unit) still counts as amber. Default: 10% of the target.
     */
    amberTolerance: z.number().min(0).optional(),
    comparators: z
      .array(
        z
          .object({
            type: ComparatorType,
            value: z.number(),
            label: z.string().min(1).optional(),
            source: z.string().min(1).optional(),
          })
          .strict(),
      )
      .optional(),
    source: z
      .enum(["ssda903", "cin-census", "ofsted", "bright-spots-survey", "local-audit", "local-data"])
      .optional(),
    principles: z.array(CorporateParentingPrinciple).optional(),
  })
  .strict()
  .meta({
    id: "corporate-parenting.Measure",
    title: "Measure",
    description:
      "An indicator with definition, unit, period, value, target, comparators and direction of good.",
  });
/** A performance measure. */
export type Measure = z.infer<typeof Measure>;
