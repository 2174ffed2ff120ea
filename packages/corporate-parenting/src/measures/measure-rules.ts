import {
  createReport,
  issuesFromZod,
  type RecordRule as Rule,
  runRules,
  type ValidationIssue,
  type ValidationReport,
} from "@childrens-social-care/core";
import * as z from "zod";
import { Measure } from "./measure";

/** A measure's period ends no earlier than it starts. */
export const measurePeriodInOrder: Rule<Measure> = {
  id: "corporate-parenting/measure-period",
  severity: "error",
  description: "A measure's period ends no earlier than it starts.",
  source: "Data integrity",
  check: (m) =>
    m.period.end < m.period.start
      ? [
          {
            rule: "corporate-parenting/measure-period",
            severity: "error",
            message: "The period ends before it starts.",
            path: ["period", "end"],
          },
        ]
      : [],
};

/**
 * A percentage lies between 0 and 100 (value, target and comparators), and when numerator and
 * denominator are given the value is their ratio, allowing for rounding to one decimal place.
 */
export const percentagesConsistent: Rule<Measure> = {
  id: "corporate-parenting/measure-percentage",
  severity: "error",
  description:
    "Percentages lie between 0 and 100, and a value given with its numerator and denominator matches them.",
  source: "Data integrity",
  check(m) {
    if (m.unit !== "percentage") return [];
    const out: ValidationIssue[] = [];
    const outside = (x: number | undefined) => x !== undefined && (x < 0 || x > 100);
    if (outside(m.value))
      out.push({
        rule: "corporate-parenting/measure-percentage",
        severity: "error",
        message: "The value is not between 0 and 100%.",
        path: ["value"],
      });
    if (outside(m.target))
      out.push({
        rule: "corporate-parenting/measure-percentage",
        severity: "error",
        message: "The target is not between 0 and 100%.",
        path: ["target"],
      });
    (m.comparators ?? []).forEach((c, i) => {
      if (outside(c.value))
        out.push({
          rule: "corporate-parenting/measure-percentage",
          severity: "error",
          message: "A comparator is not between 0 and 100%.",
          path: ["comparators", i, "value"],
        });
    });
    if (m.value !== undefined && m.numerator !== undefined && m.denominator !== undefined) {
      const ratio = (100 * m.numerator) / m.denominator;
      if (Math.abs(ratio - m.value) > 0.05 + 1e-9)
        out.push({
          rule: "corporate-parenting/measure-percentage",
          severity: "warning",
          message: `The value does not match numerator / denominator (${ratio.toFixed(1)}%).`,
          path: ["value"],
        });
    }
    return out;
  },
};

/** Every rule over a measure. */
export const MEASURE_RULES = [measurePeriodInOrder, percentagesConsistent] as const;

/** Validates a measure: its shape (`corporate-parenting/schema/...`), then every rule. Never throws. */
export function validateMeasure(value: unknown): ValidationReport {
  const ran = MEASURE_RULES.map((r) => r.id);
  const parsed = z.safeParse(Measure, value);
  if (!parsed.success)
    return createReport(issuesFromZod(parsed.error.issues, { rulePrefix: "corporate-parenting/schema" }), {
      skipped: ran.map((rule) => ({ rule, reason: "The record's shape is invalid." })),
    });
  return createReport(runRules(MEASURE_RULES, parsed.data), { ran });
}
