import { describe, expect, it } from "vitest";
import { allForms, kinshipFoster, privateFostering, sgo } from "../fixtures";
import { kinshipDeadlines } from "./kinship-deadlines";
import { validateKinshipArrangement } from "./validate-kinship-arrangement";

describe("kinshipDeadlines", () => {
  it("gives the end of a connected person's temporary approval after its extension", () => {
    expect(kinshipDeadlines(kinshipFoster)).toEqual([
      {
        label: "Temporary approval of the connected person ends",
        date: "2024-06-24",
        source: "CPPCR 2010 regs 24-25",
      },
    ]);
  });

  it("gives private fostering notice due six weeks before", () => {
    expect(kinshipDeadlines(privateFostering).map((d) => d.date)).toEqual(["2024-01-29"]);
  });

  it("gives the special guardianship notice deadline and when support responsibility moves (3 years)", () => {
    // Application 15 Apr 2024: notice by 15 Jan 2024; order 20 Jun 2024 + 3 years = 20 Jun 2027.
    expect(kinshipDeadlines(sgo).map((d) => d.date)).toEqual(["2024-01-15", "2027-06-20"]);
    const { application: _a, ...noticeOnly } = sgo;
    // Notice 15 Jan 2024: earliest application 15 Apr 2024. Order made 29 Feb 2024 + 3 years = 28 Feb 2027.
    expect(
      kinshipDeadlines({ ...noticeOnly, order: { court: "X", madeOn: "2024-02-29" } }).map((d) => d.date),
    ).toEqual(["2024-04-15", "2027-02-28"]);
  });

  it("has nothing for forms without statutory dates", () => {
    expect(kinshipDeadlines(allForms[3]!)).toEqual([]);
  });
});

describe("validateKinshipArrangement", () => {
  it("reports shape errors first and skips the rules", () => {
    const report = validateKinshipArrangement({ ...sgo, notifiedOn: "2024-01-01" });
    expect(report.ok).toBe(false);
    expect(report.byRule).toEqual([
      { rule: "kinship/schema/unrecognized_keys", severity: "error", count: 1 },
    ]);
    expect(report.rulesSkipped?.length).toBe(10);
  });

  it("runs every rule on a well-formed record", () => {
    for (const a of allForms) expect(validateKinshipArrangement(a, { asOf: "2024-06-01" }).ok).toBe(true);
    const report = validateKinshipArrangement(kinshipFoster, { asOf: "2024-07-01" });
    expect(report.byRule).toEqual([
      { rule: "kinship/temporary-approval-exceeded", severity: "error", count: 1 },
    ]);
    expect(report.rulesRun?.length).toBe(10);
  });

  it("never puts a child's id in a message", () => {
    // Notified after the arrangement began (reg 3), and the initial visit then late (reg 7).
    const report = validateKinshipArrangement({ ...privateFostering, notifiedOn: "2024-03-20" });
    expect(report.issues.map((i) => i.rule)).toEqual([
      "kinship/private-fostering-notice",
      "kinship/private-fostering-visits",
    ]);
    for (const issue of report.issues) expect(issue.message).not.toContain("C-1004");
  });
});
