import { describe, expect, it } from "vitest";
import { ageOn, dateOfAge } from "./age";

describe("ageOn", () => {
  it("counts completed years", () => {
    expect(ageOn("2010-06-15", "2026-06-14")).toBe(15); // the day before the 16th birthday
    expect(ageOn("2010-06-15", "2026-06-15")).toBe(16); // on the birthday
    expect(ageOn("2010-06-15", "2010-06-15")).toBe(0);
    expect(ageOn("2010-06-15", "2011-01-01")).toBe(0);
  });

  it("treats a 29 February birthday as 1 March in common years (FLRA 1969 s9)", () => {
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageOn("2008-02-29", "2026-03-01")).toBe(18);
    expect(ageOn("2008-02-29", "2028-02-28")).toBe(19); // leap year: birthday on the 29th
    expect(ageOn("2008-02-29", "2028-02-29")).toBe(20);
  });

  it("is negative before birth", () => {
    expect(ageOn("2010-06-15", "2010-06-14")).toBe(-1);
  });
});

describe("dateOfAge", () => {
  it("gives the birthday on which an age is reached", () => {
    expect(dateOfAge("2010-06-15", 18)).toBe("2028-06-15");
    expect(dateOfAge("2008-02-29", 18)).toBe("2026-03-01");
    expect(dateOfAge("2008-02-29", 20)).toBe("2028-02-29");
  });

  it("agrees with ageOn", () => {
    for (const dob of ["2008-02-29", "2011-12-31", "2012-01-01"]) {
      for (let n = 1; n < 26; n++) {
        const d = dateOfAge(dob, n);
        expect(ageOn(dob, d)).toBe(n);
      }
    }
  });
});
