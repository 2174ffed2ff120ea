import { describe, expect, it } from "vitest";
import type { PrivateFosteringArrangement } from "../arrangement/kinship-arrangement";
import { privateFostering } from "../fixtures";
import {
  privateFosteringNoticeDue,
  privateFosteringNoticeInTime,
  privateFosteringNotWithCloseRelative,
} from "./private-fostering-rules";

const check = (changes: Partial<PrivateFosteringArrangement>, asOf?: string) =>
  privateFosteringNoticeInTime.check({ ...privateFostering, ...changes }, asOf ? { asOf } : {});

describe("private fostering notice (SI 2005/1533 reg 3)", () => {
  it("is due six weeks (42 days) before the arrangement begins", () => {
    // 11 Mar 2024: 10 days back to 1 Mar, 29 Feb is 11, 31 Jan is 40, 29 Jan is 42 (leap year).
    expect(privateFosteringNoticeDue("2024-03-11")).toBe("2024-01-29");
    // 11 Mar 2023: 1 Mar is 10, 28 Feb is 11, 31 Jan is 39, 28 Jan is 42.
    expect(privateFosteringNoticeDue("2023-03-11")).toBe("2023-01-28");
    // Across a year end: 5 Feb 2025 - 42 days = 25 Dec 2024.
    expect(privateFosteringNoticeDue("2025-02-05")).toBe("2024-12-25");
  });

  it("accepts notice exactly six weeks before", () => {
    expect(check({})).toEqual([]);
    expect(check({ startedOn: "2023-03-11", arrangedOn: "2023-01-01", notifiedOn: "2023-01-28" })).toEqual(
      [],
    );
  });

  it("reports notice one day short of six weeks when the arrangement was agreed earlier", () => {
    expect(check({ notifiedOn: "2024-01-30" })).toEqual([
      expect.objectContaining({
        rule: "kinship/private-fostering-notice",
        severity: "error",
        path: ["notifiedOn"],
      }),
    ]);
    expect(
      check({ startedOn: "2023-03-11", arrangedOn: "2023-01-01", notifiedOn: "2023-01-29" }),
    ).toHaveLength(1);
  });

  it("accepts immediate notice of an arrangement agreed within six weeks, and queries a delay", () => {
    expect(check({ arrangedOn: "2024-02-20", notifiedOn: "2024-02-20" })).toEqual([]);
    const late = check({ arrangedOn: "2024-02-20", notifiedOn: "2024-02-23" });
    expect(late).toEqual([expect.objectContaining({ severity: "query", path: ["notifiedOn"] })]);
    expect(late[0]?.message).toContain("3 days after it was agreed");
  });

  it("queries short notice when it is not known when the arrangement was agreed", () => {
    const { arrangedOn: _unused, ...rest } = privateFostering;
    const issues = privateFosteringNoticeInTime.check({ ...rest, notifiedOn: "2024-02-23" });
    expect(issues).toEqual([expect.objectContaining({ severity: "query", path: ["arrangedOn"] })]);
  });

  it("reports notice after the arrangement began", () => {
    const issues = check({ notifiedOn: "2024-03-12" });
    expect(issues).toEqual([expect.objectContaining({ severity: "error" })]);
    expect(issues[0]?.message).toContain("1 day after");
  });

  it("reports no notice once the arrangement has begun, judged on asOf", () => {
    const { notifiedOn: _n, ...unnotified } = privateFostering;
    expect(privateFosteringNoticeInTime.check(unnotified, { asOf: "2024-03-10" })).toEqual([]);
    expect(privateFosteringNoticeInTime.check(unnotified, { asOf: "2024-03-11" })).toHaveLength(1);
    expect(privateFosteringNoticeInTime.check(unnotified)).toEqual([]);
  });

  it("reports a close relative recorded as a private foster carer", () => {
    expect(privateFosteringNotWithCloseRelative.check(privateFostering)).toEqual([]);
    const issues = privateFosteringNotWithCloseRelative.check({
      ...privateFostering,
      carers: [
        { personId: "P-4", relationship: "other-relative" },
        { personId: "P-8", relationship: "grandparent" },
      ],
    });
    expect(issues.map((i) => i.path)).toEqual([["carers", 1, "relationship"]]);
  });
});
