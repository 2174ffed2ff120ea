import { describe, expect, it } from "vitest";
import type { SpecialGuardianshipArrangement } from "../arrangement/kinship-arrangement";
import { sgo } from "../fixtures";
import { specialGuardianshipLeaveBeforeNotice as rule } from "./special-guardianship-leave-rule";

const withLeave = (leave: { leaveRequired?: boolean; leaveGrantedOn?: string }) =>
  ({
    ...sgo,
    application: { route: "application", madeOn: "2024-04-15", ...leave },
  }) as SpecialGuardianshipArrangement;

describe("leave before notice (Children Act 1989 s14A; Birmingham City Council v LR [2006] EWCA Civ 1748)", () => {
  it("accepts leave granted before or on the day notice is given (notice 15 Jan 2024)", () => {
    expect(rule.check(withLeave({ leaveRequired: true, leaveGrantedOn: "2024-01-10" }))).toEqual([]);
    expect(rule.check(withLeave({ leaveRequired: true, leaveGrantedOn: "2024-01-15" }))).toEqual([]);
  });

  it("reports notice given before leave: it does not count and must be given again", () => {
    const issues = rule.check(withLeave({ leaveRequired: true, leaveGrantedOn: "2024-01-16" }));
    expect(issues.map((i) => [i.severity, i.path])).toEqual([["error", ["noticeOfIntentionGivenOn"]]]);
    expect(issues[0]?.message).toContain("EWCA Civ 1748");
  });

  it("queries notice with no leave date recorded, and ignores applicants entitled to apply", () => {
    expect(rule.check(withLeave({ leaveRequired: true })).map((i) => i.severity)).toEqual(["query"]);
    expect(rule.check(withLeave({ leaveRequired: false, leaveGrantedOn: "2024-02-01" }))).toEqual([]);
    expect(rule.check(sgo)).toEqual([]);
    expect(rule.check({ ...sgo, application: { route: "court-own-motion", leaveRequired: true } })).toEqual(
      [],
    );
  });
});
