import { describe, expect, it } from "vitest";
import type { KinshipFosterCareArrangement } from "../arrangement/kinship-arrangement";
import type { TemporaryApprovalExtension } from "../arrangement/temporary-approval";
import { kinshipFoster, sgo } from "../fixtures";
import { runRules } from "../rule";
import {
  temporaryApprovalExtensionSafeguards,
  temporaryApprovalExtensionsLawful,
  temporaryApprovalNotExceeded,
  temporaryApprovalPeriod,
} from "./temporary-approval-rules";

const RULES = [
  temporaryApprovalExtensionsLawful,
  temporaryApprovalExtensionSafeguards,
  temporaryApprovalNotExceeded,
];
const SAFEGUARDS = {
  fosteringPanelViewsSoughtOn: "2024-04-18",
  iroInformedOn: "2024-04-19",
  nominatedOfficerApprovedOn: "2024-04-22",
};

function withExtensions(...extensions: TemporaryApprovalExtension[]): KinshipFosterCareArrangement {
  return {
    ...kinshipFoster,
    approval: { stage: "temporary", temporaryApprovalOn: "2024-01-08", extensions },
  };
}
const rulesOf = (issues: { rule: string }[]) => issues.map((i) => i.rule);

// Approved Mon 8 Jan 2024: 16 weeks end Mon 29 Apr 2024; 8 more weeks end Mon 24 Jun 2024 (hand-worked in
// temporary-approval-ends.test.ts).
describe("temporary approval rules (CPPCR 2010 regs 24-25)", () => {
  it("accept a lawful eight-week extension granted in time with its safeguards", () => {
    expect(runRules(RULES, kinshipFoster, { asOf: "2024-06-24" })).toEqual([]);
    expect(temporaryApprovalPeriod(kinshipFoster.approval)).toEqual({
      approvedOn: "2024-01-08",
      endsOn: "2024-06-24",
      issues: [],
    });
  });

  it("report a placement still on temporary approval the day after it ends", () => {
    const issues = runRules(RULES, kinshipFoster, { asOf: "2024-06-25" });
    expect(rulesOf(issues)).toEqual(["kinship/temporary-approval-exceeded"]);
    expect(runRules(RULES, { ...kinshipFoster, endedOn: "2024-06-24" }, { asOf: "2024-09-01" })).toEqual([]);
    expect(rulesOf(runRules(RULES, { ...kinshipFoster, endedOn: "2024-07-01" }))).toEqual([
      "kinship/temporary-approval-exceeded",
    ]);
  });

  it("report an extension one day longer than eight weeks, and keep the lawful end", () => {
    const a = withExtensions({
      reason: "full-assessment-incomplete",
      grantedOn: "2024-04-22",
      endsOn: "2024-06-25",
      ...SAFEGUARDS,
    });
    const issues = runRules(RULES, a, { asOf: "2024-04-29" });
    expect(issues).toEqual([
      expect.objectContaining({
        rule: "kinship/temporary-approval-extension-too-long",
        path: ["approval", "extensions", 0, "endsOn"],
      }),
    ]);
    expect(temporaryApprovalPeriod(a.approval)?.endsOn).toBe("2024-04-29");
  });

  it("report a second extension while the assessment finishes", () => {
    const a = withExtensions(
      { reason: "full-assessment-incomplete", grantedOn: "2024-04-22", endsOn: "2024-05-27", ...SAFEGUARDS },
      { reason: "full-assessment-incomplete", grantedOn: "2024-05-20", endsOn: "2024-06-24", ...SAFEGUARDS },
    );
    expect(rulesOf(runRules(RULES, a))).toEqual(["kinship/temporary-approval-extended-more-than-once"]);
    expect(temporaryApprovalPeriod(a.approval)?.endsOn).toBe("2024-05-27");
  });

  it("report an extension granted after the approval expired", () => {
    const a = withExtensions({
      reason: "full-assessment-incomplete",
      grantedOn: "2024-04-30",
      endsOn: "2024-06-24",
      ...SAFEGUARDS,
    });
    expect(rulesOf(runRules(RULES, a))).toEqual(["kinship/temporary-approval-extension-after-expiry"]);
  });

  it("report each missing safeguard of reg 25(4),(5)", () => {
    const a = withExtensions({
      reason: "full-assessment-incomplete",
      grantedOn: "2024-04-22",
      endsOn: "2024-06-24",
    });
    const issues = temporaryApprovalExtensionSafeguards.check(a);
    expect(issues.map((i) => i.path)).toEqual([
      ["approval", "extensions", 0, "fosteringPanelViewsSoughtOn"],
      ["approval", "extensions", 0, "iroInformedOn"],
      ["approval", "extensions", 0, "nominatedOfficerApprovedOn"],
    ]);
  });

  it("let an approval run beyond 24 weeks only while an independent review is pending", () => {
    const pending = withExtensions(
      { reason: "full-assessment-incomplete", grantedOn: "2024-04-22", endsOn: "2024-06-24", ...SAFEGUARDS },
      {
        reason: "independent-review-pending",
        grantedOn: "2024-06-20",
        reviewRequestedOn: "2024-06-18",
        ...SAFEGUARDS,
      },
    );
    expect(temporaryApprovalPeriod(pending.approval)?.endsOn).toBeNull();
    expect(runRules(RULES, pending, { asOf: "2024-12-01" })).toEqual([]);
    const known = withExtensions(
      ...(pending.approval.extensions ?? []).map((e) =>
        e.reason === "independent-review-pending" ? { ...e, outcomeKnownOn: "2024-09-02" } : e,
      ),
    );
    expect(temporaryApprovalPeriod(known.approval)?.endsOn).toBe("2024-09-02");
    expect(rulesOf(runRules(RULES, known, { asOf: "2024-09-03" }))).toEqual([
      "kinship/temporary-approval-exceeded",
    ]);
  });

  it("report full approval that came after the temporary approval ended", () => {
    const full = (fullApprovalOn: string): KinshipFosterCareArrangement => ({
      ...kinshipFoster,
      approval: { stage: "full", temporaryApprovalOn: "2024-01-08", fullApprovalOn },
    });
    expect(runRules(RULES, full("2024-04-29"))).toEqual([]);
    expect(rulesOf(runRules(RULES, full("2024-04-30")))).toEqual(["kinship/temporary-approval-exceeded"]);
  });

  it("ignore other forms and carers approved without temporary approval", () => {
    expect(runRules(RULES, sgo, { asOf: "2030-01-01" })).toEqual([]);
    const direct: KinshipFosterCareArrangement = {
      ...kinshipFoster,
      approval: { stage: "full", fullApprovalOn: "2024-01-08" },
    };
    expect(runRules(RULES, direct, { asOf: "2030-01-01" })).toEqual([]);
  });
});

describe("rule objects", () => {
  it("work when their check is called detached from the rule, and report only the ids they declare", () => {
    const { check } = temporaryApprovalNotExceeded;
    expect(check(kinshipFoster, { asOf: "2024-06-25" }).map((i) => i.rule)).toEqual([
      temporaryApprovalNotExceeded.id,
    ]);
    const tooLong = withExtensions({
      reason: "full-assessment-incomplete",
      grantedOn: "2024-04-22",
      endsOn: "2024-07-01",
    });
    for (const issue of temporaryApprovalExtensionsLawful.check(tooLong))
      expect(temporaryApprovalExtensionsLawful.emits).toContain(issue.rule);
  });
});
