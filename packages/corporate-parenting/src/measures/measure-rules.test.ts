import { describe, expect, it } from "vitest";
import type { Measure } from "./measure";
import { validateMeasure } from "./measure-rules";

const measure: Measure = {
  id: "pre-proceedings-16w",
  title: "Pre-proceedings concluded within 16 weeks",
  definition:
    "Pre-proceedings cases concluded within 16 weeks of the letter before proceedings, as a percentage.",
  unit: "percentage",
  direction: "higher-is-better",
  period: { type: "financial-year", start: "2024-04-01", end: "2025-03-31", label: "2024-25" },
  value: 24,
  numerator: 12,
  denominator: 50,
  target: 30,
  comparators: [{ type: "national-average-england", value: 27 }],
};

const rules = (m: unknown) => validateMeasure(m).issues.map((i) => [i.rule, i.severity, i.path.join(".")]);

describe("measure rules", () => {
  it("accept a consistent measure (12 of 50 is 24%)", () => {
    expect(validateMeasure(measure).issues).toEqual([]);
  });

  it("allow rounding to one decimal place and warn beyond it", () => {
    // 1 of 3 is 33.33...%: 33.3 is fine, 33.2 is not.
    expect(rules({ ...measure, numerator: 1, denominator: 3, value: 33.3 })).toEqual([]);
    expect(rules({ ...measure, numerator: 1, denominator: 3, value: 33.2 })).toEqual([
      ["corporate-parenting/measure-percentage", "warning", "value"],
    ]);
  });

  it("report percentages outside 0 to 100 and a period that runs backwards", () => {
    const { numerator: _n, denominator: _d, ...plain } = measure;
    expect(
      rules({
        ...plain,
        value: 124,
        comparators: [{ type: "statistical-neighbours", value: -1 }],
        period: { ...measure.period, end: "2024-03-31" },
      }),
    ).toEqual([
      ["corporate-parenting/measure-period", "error", "period.end"],
      ["corporate-parenting/measure-percentage", "error", "value"],
      ["corporate-parenting/measure-percentage", "error", "comparators.0.value"],
    ]);
    expect(rules({ ...plain, unit: "days", value: 124 })).toEqual([]);
  });

  it("report a malformed measure as schema issues", () => {
    expect(validateMeasure({ ...measure, direction: "up" }).byRule).toEqual([
      { rule: "corporate-parenting/schema/invalid_value", severity: "error", count: 1 },
    ]);
  });
});
