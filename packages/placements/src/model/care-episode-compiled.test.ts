import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { BASE_EPISODE } from "../testing/episodes";
import { CareEpisode } from "./care-episode";

// The opt-in fast path for bulk validation is Zod's own ahead-of-time compiler (zod 4.6 `z.compile`). The
// library never compiles on a user's behalf (it uses `new Function`, which a CSP may forbid); this test
// keeps CareEpisode compilable and checks the compiled clone gives exactly the runtime's answers.
const compiled = z.compile(CareEpisode, { strict: true });

// Mostly valid values with an occasional invalid one, so both verdicts come up often; dates and codes
// are chosen so that the date-dependent checks (P2, K3, H5, E43, CUSTOD) pass and fail too.
const pick = <T>(valid: readonly T[], invalid: readonly T[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...valid), weight: 9 },
    { arbitrary: fc.constantFrom(...invalid), weight: 1 },
  );
const optional = <T>(valid: readonly T[], invalid: readonly T[]) =>
  fc.option(pick(valid, invalid), { nil: undefined });
const full = fc.record(
  {
    childId: pick(["C1", "1234567890"], ["", "12345678901"]),
    startDate: pick(["2017-06-01", "2023-10-27", "2024-04-01"], ["2024-02-30", "01/04/2024"]),
    endDate: optional(["2018-03-31", "2018-04-01", "2023-10-28", "2025-01-01"], ["2016-01-01", "2025-13-01"]),
    legalStatus: pick(["C2", "V2"], ["ZZ"]),
    placementType: pick(["U1", "U4", "P2", "K3", "H5", "Z11"], ["k3"]),
    provider: optional(["PR1", "PR4"], ["PR9"]),
    categoryOfNeed: pick(["N1", "N8"], ["N9"]),
    reasonNewEpisode: pick(["S", "P"], ["Q"]),
    reasonEnded: optional(["X1", "E43", "E45"], ["E99"]),
    reasonPlaceChange: optional(["CARPL", "CUSTOD"], ["LIIAF"]),
    homePostcode: optional(["sw1a1aa", "LS1 4AP"], ["NOPE"]),
    placementPostcode: optional(["B33 8TH"], ["12345"]),
    ofstedUrn: optional(["SC123456", "XXXXXXX"], ["SC1"]),
  },
  {
    requiredKeys: [
      "childId",
      "startDate",
      "legalStatus",
      "placementType",
      "categoryOfNeed",
      "reasonNewEpisode",
    ],
  },
);
// Now and then a required field is missing too.
const candidate = fc.oneof(
  { arbitrary: full, weight: 4 },
  {
    arbitrary: fc.tuple(full, fc.constantFrom("childId", "startDate", "placementType")).map(([v, k]) => {
      const { [k]: _dropped, ...rest } = v;
      return rest;
    }),
    weight: 1,
  },
);

describe("z.compile(CareEpisode)", () => {
  it("compiles without falling back", () => {
    expect(compiled).not.toBe(CareEpisode);
  });

  it("gives the runtime's result (data or issues) on valid and invalid episodes alike", () => {
    let valid = 0;
    fc.assert(
      fc.property(candidate, (value) => {
        const a = CareEpisode.safeParse(value);
        if (a.success) valid++;
        const b = compiled.safeParse(value);
        expect(b.success).toBe(a.success);
        if (a.success) expect(b.data).toEqual(a.data);
        else expect(b.error?.issues).toEqual(a.error?.issues);
      }),
      { numRuns: 2000 },
    );
    // The generator must reach both verdicts for the comparison to mean anything.
    expect(valid).toBeGreaterThan(5);
    expect(valid).toBeLessThan(2000);
    expect(compiled.parse({ ...BASE_EPISODE, homePostcode: "sw1a1aa" }).homePostcode).toBe("SW1A 1AA");
  });
});
