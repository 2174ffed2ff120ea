import { describe, expect, it } from "vitest";
import { addYearsToDay, dayOfIso, isAtLeast, partsOfDay, returnDateOfDay } from "./day";

describe("generator day numbers", () => {
  it("converts ISO dates and writes dd/mm/yyyy", () => {
    expect(dayOfIso("1970-01-01")).toBe(0);
    expect(dayOfIso("2024-03-01") - dayOfIso("2024-02-28")).toBe(2); // leap year: 29 Feb between
    expect(dayOfIso("2023-03-01") - dayOfIso("2023-02-28")).toBe(1);
    expect(returnDateOfDay(dayOfIso("2024-02-29"))).toBe("29/02/2024");
    expect(partsOfDay(dayOfIso("2025-03-31"))).toEqual({ year: 2025, month: 3, day: 31 });
  });
  it("adds years, clamping 29 February", () => {
    expect(returnDateOfDay(addYearsToDay(dayOfIso("2008-02-29"), 18))).toBe("28/02/2026");
    expect(returnDateOfDay(addYearsToDay(dayOfIso("2008-02-29"), 16))).toBe("29/02/2024");
    expect(returnDateOfDay(addYearsToDay(dayOfIso("2010-04-01"), -1))).toBe("01/04/2009");
  });
  it("reckons ages as DOB plus whole years, as the DfE's checks do", () => {
    const dob = dayOfIso("2006-04-01");
    expect(isAtLeast(dob, 18, dayOfIso("2024-03-31"))).toBe(false);
    expect(isAtLeast(dob, 18, dayOfIso("2024-04-01"))).toBe(true);
    // Born 29 February: 18 on 28 February 2026 by this reckoning.
    expect(isAtLeast(dayOfIso("2008-02-29"), 18, dayOfIso("2026-02-27"))).toBe(false);
    expect(isAtLeast(dayOfIso("2008-02-29"), 18, dayOfIso("2026-02-28"))).toBe(true);
  });
});
