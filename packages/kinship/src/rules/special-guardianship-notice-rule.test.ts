import { addDays, formatIsoDate, fromEpochDay, toEpochDay } from "@childrens-social-care/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sgo } from "../fixtures";
import {
  earliestSpecialGuardianshipApplication,
  specialGuardianshipNoticeGiven,
  specialGuardianshipNoticeLatest,
} from "./special-guardianship-notice-rule";

describe("special guardianship notice (Children Act 1989 s14A(7))", () => {
  it("must be given on or before the same day three months before the application", () => {
    // The period of three months ending 15 Jun 2024 begins 16 Mar 2024: notice by 15 Mar.
    expect(specialGuardianshipNoticeLatest("2024-06-15")).toBe("2024-03-15");
    // Ending 31 May 2024 the period begins 1 Mar 2024: notice by 29 Feb (leap year).
    expect(specialGuardianshipNoticeLatest("2024-05-31")).toBe("2024-02-29");
    expect(specialGuardianshipNoticeLatest("2023-05-31")).toBe("2023-02-28");
    // Across a year end.
    expect(specialGuardianshipNoticeLatest("2025-01-10")).toBe("2024-10-10");
  });

  it("gives the earliest application date after a notice, including month ends", () => {
    expect(earliestSpecialGuardianshipApplication("2024-01-15")).toBe("2024-04-15");
    expect(earliestSpecialGuardianshipApplication("2023-11-29")).toBe("2024-02-29");
    // 29 Feb 2024 is too early: the three months ending then begin on 30 Nov 2023, the notice day itself.
    expect(earliestSpecialGuardianshipApplication("2023-11-30")).toBe("2024-03-01");
    expect(earliestSpecialGuardianshipApplication("2024-11-30")).toBe("2025-03-01");
    expect(earliestSpecialGuardianshipApplication("2024-02-29")).toBe("2024-05-29");
  });

  it("earliest application is the first day whose notice deadline is on or after the notice (property)", () => {
    const day = fc
      .integer({ min: toEpochDay("1990-01-01"), max: toEpochDay("2060-12-31") })
      .map(fromEpochDay);
    fc.assert(
      fc.property(day, (notice) => {
        const earliest = earliestSpecialGuardianshipApplication(notice);
        return (
          specialGuardianshipNoticeLatest(earliest) >= notice &&
          specialGuardianshipNoticeLatest(addDays(earliest, -1)) < notice
        );
      }),
    );
    expect(formatIsoDate(2024, 2, 29)).toBe("2024-02-29");
  });

  it("reports an application made too soon or without notice", () => {
    expect(specialGuardianshipNoticeGiven.check(sgo)).toEqual([]);
    const early = specialGuardianshipNoticeGiven.check({
      ...sgo,
      application: { route: "application", madeOn: "2024-04-14" },
    });
    expect(early).toEqual([
      expect.objectContaining({
        rule: "kinship/special-guardianship-notice",
        path: ["application", "madeOn"],
      }),
    ]);
    const { noticeOfIntentionGivenOn: _n, ...noNotice } = sgo;
    expect(specialGuardianshipNoticeGiven.check(noNotice)).toHaveLength(1);
    // No notice is needed when the court makes the order of its own motion (s14A(6)).
    expect(
      specialGuardianshipNoticeGiven.check({ ...noNotice, application: { route: "court-own-motion" } }),
    ).toEqual([]);
  });
});
