import type { RawRow } from "../tables/raw-return";
import { isAtLeast, returnDateOfDay } from "./day";
import { SDQ_REASONS } from "./generator-codes";
import type { Random } from "./prng";

/**
 * The OC2 record of a child looked after for 12 months at 31 March (`start`/`end`: the year's first
 * and last day numbers), with items by age as the DfE's checks expect.
 */
export function outcomes(rnd: Random, id: string, dob: number, start: number, end: number): RawRow {
  const under5 = !isAtLeast(dob, 5, end);
  const tenPlus = isAtLeast(dob, 10, end);
  // SDQ for children 4 or over at 31 March and under 17 at 1 April (rules 157, 188, 189).
  const sdq = isAtLeast(dob, 4, end) && !isAtLeast(dob, 17, start);
  const scored = sdq && rnd.chance(0.85);
  const misuse = isAtLeast(dob, 12, end) && rnd.chance(0.06);
  const received = misuse ? (rnd.chance(0.6) ? "1" : "0") : null;
  return {
    CHILD: id,
    DOB: returnDateOfDay(dob),
    SDQ_SCORE: scored ? String(rnd.int(0, 40)) : null,
    SDQ_REASON: sdq && !scored ? rnd.pick(SDQ_REASONS) : null,
    CONVICTED: tenPlus ? (rnd.chance(0.04) ? "1" : "0") : null,
    HEALTH_CHECK: under5 ? (rnd.chance(0.9) ? "1" : "0") : null,
    IMMUNISATIONS: rnd.chance(0.9) ? "1" : "0",
    TEETH_CHECK: rnd.chance(0.85) ? "1" : "0",
    HEALTH_ASSESSMENT: rnd.chance(0.9) ? "1" : "0",
    SUBSTANCE_MISUSE: misuse ? "1" : "0",
    // Offered is asked only when an intervention was not received (rules 158, 159, 192, 193).
    INTERVENTION_RECEIVED: received,
    INTERVENTION_OFFERED: received === "0" ? (rnd.chance(0.5) ? "1" : "0") : null,
  };
}
