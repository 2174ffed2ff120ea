import { describe, expect, it } from "vitest";
import { dayOfIso, returnDateOfDay } from "./day";
import { Random } from "./prng";
import {
  hasSocialWorkers,
  type SocialWorkerSpell,
  socialWorkerHistory,
  socialWorkerReportingStart,
  socialWorkerRows,
} from "./social-workers";

const day = (iso: string) => dayOfIso(iso);

describe("socialWorkerReportingStart", () => {
  it("is the collection year's 1 April in 2023-24 and the year before's from 2024-25 (SW07STG2)", () => {
    expect(returnDateOfDay(socialWorkerReportingStart("2023-24", day("2023-04-01")))).toBe("01/04/2023");
    expect(returnDateOfDay(socialWorkerReportingStart("2024-25", day("2024-04-01")))).toBe("01/04/2023");
    expect(returnDateOfDay(socialWorkerReportingStart("2025-26", day("2025-04-01")))).toBe("01/04/2024");
  });
});

describe("hasSocialWorkers", () => {
  it("is true from 2023-24, when SWEpisodes were first collected", () => {
    expect(hasSocialWorkers("2022-23")).toBe(false);
    expect(hasSocialWorkers("2023-24")).toBe(true);
    expect(hasSocialWorkers("2026-27")).toBe(true);
  });
});

describe("socialWorkerRows", () => {
  // A worker from 10/01/2022 (before care), a new one when care began on 29/02/2024 (a leap day),
  // another from 26/03/2025 (the last days of 2024-25), still allocated.
  const history: SocialWorkerSpell[] = [
    { start: day("2022-01-10"), end: day("2024-02-29"), id: "SW100001", reason: "FCONTA" },
    { start: day("2024-02-29"), end: day("2025-03-26"), id: "SW100002", reason: "TSPROC" },
    { start: day("2025-03-26"), end: null, id: "SW100003", reason: "LEFTRL" },
  ];
  const dob = day("2012-06-01");

  it("reports the episodes ending in the reporting period or open, the latest open (2024-25)", () => {
    const rows = socialWorkerRows(history, "7", dob, day("2023-04-01"), day("2025-03-31"));
    expect(rows.map((r) => [r["SW_ID"], r["SW_DECOM"], r["SW_DEC"], r["SW_REASON"]])).toEqual([
      ["SW100001", "10/01/2022", "29/02/2024", "FCONTA"],
      ["SW100002", "29/02/2024", "26/03/2025", "TSPROC"],
      ["SW100003", "26/03/2025", null, "LEFTRL"],
    ]);
    expect(rows[0]?.["DOB"]).toBe("01/06/2012");
  });

  it("leaves out episodes that ended before the period and shows later ends as open (2023-24)", () => {
    const lastYear = socialWorkerRows(history, "7", dob, day("2023-04-01"), day("2024-03-31"));
    expect(lastYear.map((r) => [r["SW_DECOM"], r["SW_DEC"]])).toEqual([
      ["10/01/2022", "29/02/2024"],
      ["29/02/2024", null],
    ]);
    // 2026-27's period starts 1 April 2025: the two earlier workers ended before it.
    const after = socialWorkerRows(history, "7", dob, day("2025-04-01"), day("2027-03-31"));
    expect(after.map((r) => [r["SW_DECOM"], r["SW_DEC"]])).toEqual([["26/03/2025", null]]);
  });
});

describe("socialWorkerHistory", () => {
  it("is back to back from before or at care start, with a worker starting at care start, the latest open", () => {
    const rnd = new Random(5);
    const until = day("2026-03-31");
    for (let n = 0; n < 2000; n++) {
      const dob = day("2010-01-01") + rnd.int(0, 5000);
      const careStart = dob + rnd.int(0, 2000);
      const h = socialWorkerHistory(rnd, dob, careStart, Math.max(until, careStart));
      expect(h.length).toBeGreaterThan(0);
      expect(h[0]?.start).toBeGreaterThanOrEqual(dob);
      expect(h[0]?.start).toBeLessThanOrEqual(careStart);
      expect(h.some((s) => s.start === careStart)).toBe(true);
      expect(h[h.length - 1]?.end).toBeNull();
      for (let k = 0; k < h.length - 1; k++) {
        const s = h[k] as SocialWorkerSpell;
        expect(s.end).toBe(h[k + 1]?.start);
        expect(s.end as number).toBeGreaterThan(s.start); // never ends the day it began (SW09STG2)
        expect(s.id).toMatch(/^SW\d{6}$/);
      }
    }
  });

  it("is the same for the same seed", () => {
    const a = socialWorkerHistory(new Random(9), day("2015-05-05"), day("2024-07-01"), day("2026-03-31"));
    const b = socialWorkerHistory(new Random(9), day("2015-05-05"), day("2024-07-01"), day("2026-03-31"));
    expect(a).toEqual(b);
  });
});
