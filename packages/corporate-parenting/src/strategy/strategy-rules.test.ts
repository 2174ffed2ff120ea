import { findPersonalDataLeaks } from "@childrens-social-care/core";
import { describe, expect, it } from "vitest";
import { strategyFromMinutes as s } from "../fixtures";
import { Strategy } from "./strategy";
import { principlesAddressed, validateStrategy } from "./strategy-rules";

const rules = (value: unknown, asOf?: string) =>
  validateStrategy(value, asOf === undefined ? {} : { asOf }).issues.map((i) => i.rule);

describe("the strategy in the fixture minutes", () => {
  it("validates: five priorities, the pledge and the protected-characteristic proposal", () => {
    const report = validateStrategy(s, { asOf: "2023-07-01" });
    expect(report.issues).toEqual([]);
    expect(report.ok).toBe(true);
    expect(s.priorities.map((p) => p.title)).toEqual([
      "A safe and stable home",
      "Trusted and strong relationships",
      "Education and aspirations",
      "Health and emotional Wellbeing",
      "Co-production",
    ]);
    expect(s.pledge?.madeBy).toBe("Corporate parents and partners");
    expect(s.careExperienceProtectedCharacteristic?.effects).toEqual(["equality-impact-assessments"]);
    expect(principlesAddressed(s).size).toBe(7);
  });
});

describe("strategy rules", () => {
  it("an adopted strategy links its approval decision", () => {
    expect(rules({ ...s, status: "adopted" })).toEqual(["corporate-parenting/strategy-approval"]);
    expect(
      rules({
        ...s,
        status: "adopted",
        approval: { decisionRef: "Cabinet decision", decisionMaker: "cabinet", decidedOn: "2023-07-26" },
      }),
    ).toEqual([]);
  });

  it("care experience adopted as a protected characteristic records when and by which decision", () => {
    const pc = s.careExperienceProtectedCharacteristic!;
    expect(rules({ ...s, careExperienceProtectedCharacteristic: { ...pc, status: "adopted" } })).toEqual([
      "corporate-parenting/protected-characteristic-decision",
      "corporate-parenting/protected-characteristic-decision",
    ]);
    expect(
      rules({
        ...s,
        careExperienceProtectedCharacteristic: {
          ...pc,
          status: "adopted",
          adoptedOn: "2023-07-26",
          decision: { decisionRef: "Cabinet resolution", decisionMaker: "cabinet" },
        },
      }),
    ).toEqual([]);
  });

  it("the period runs forward and priorities are numbered 1 to n", () => {
    expect(rules({ ...s, period: { fromYear: 2028, toYear: 2023 } })).toEqual([
      "corporate-parenting/strategy-period",
    ]);
    const [first, ...rest] = s.priorities;
    expect(rules({ ...s, priorities: [{ ...first!, order: 2 }, ...rest] })).toEqual([
      "corporate-parenting/priority-order",
    ]);
  });

  it("warns when a principle is addressed by no priority or commitment", () => {
    const { pledge: _p, ...withoutPledge } = s;
    const report = validateStrategy(withoutPledge);
    expect(report.issues.map((i) => i.message)).toEqual([
      "No priority or commitment is linked to principle (d) of s1(1).",
    ]);
    expect(report.ok).toBe(true);
  });

  it("warns about an action past its due date, judged on asOf", () => {
    const withDue = structuredClone(s);
    withDue.priorities[4]!.actions![1]!.due = "2023-09-30";
    expect(rules(withDue, "2023-09-30")).toEqual([]);
    expect(rules(withDue, "2023-10-01")).toEqual(["corporate-parenting/action-overdue"]);
    withDue.priorities[4]!.actions![1]!.status = "completed";
    expect(rules(withDue, "2023-10-01")).toEqual([]);
  });

  it("reports shape errors and skips the rules", () => {
    const report = validateStrategy({ ...s, priorities: [] });
    expect(report.byRule).toEqual([
      { rule: "corporate-parenting/schema/too_small", severity: "error", count: 1 },
    ]);
    expect(report.rulesSkipped).toHaveLength(6);
    expect(Strategy.safeParse({ ...s, status: "approved" }).success).toBe(false);
  });

  it("marks signatories' names as personal data", () => {
    const signed = structuredClone(s);
    signed.pledge!.signatories[0]!.name = "A. Councillor";
    expect(findPersonalDataLeaks(Strategy, signed, ["Signed by A. Councillor"]).length).toBe(1);
  });
});
