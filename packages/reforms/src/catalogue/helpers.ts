// Building blocks shared by the catalogue files: the Children's Wellbeing and Schools Act 2026 events
// every Part 1 provision went through, and its commencement rules (s78).

import type * as z from "zod";
import type { Commencement } from "../model/commencement";
import type { StatutoryReference } from "../model/legal-basis";
import type { StatusEvent } from "../model/status-event";

export const CWSA = "Children's Wellbeing and Schools Act 2026";
export const ROYAL_ASSENT = "2026-04-29";
/** s78(2): "at the end of the period of two months beginning with the day on which this Act is passed". */
export const TWO_MONTHS_AFTER_ASSENT = "2026-06-29";
export const S78 = "https://www.legislation.gov.uk/ukpga/2026/21/section/78/enacted";
/**
 * The last day the statuses are verified to: the day the evidence reaches, not the day it was searched.
 * On 4 December 2026 (STATUS_LAST_SEARCHED) legislation.gov.uk, the DfE's pages and the news were searched
 * again for commencement regulations under s78(5) and for changes to the programmes: none was found, but
 * the newest legislation.gov.uk record of the Act among the sources searched is the revised text modified
 * on 4 June 2026 (valid from 1 June 2026), so nothing later than 30 June 2026 can be called verified.
 */
export const STATUS_CHECKED_TO = "2026-06-30";
/** The day the catalogue was last searched for new commencement regulations and programme changes. */
export const STATUS_LAST_SEARCHED = "2026-12-04";

type EventInput = z.input<typeof StatusEvent>;

/** The address of a section of the 2026 Act as enacted. */
export function cwsaSection(section: number | string): string {
  return `https://www.legislation.gov.uk/ukpga/2026/21/section/${section}/enacted`;
}

/** A reference to a section of the 2026 Act. */
export function cwsaRef(
  section: number,
  effect: StatutoryReference["effect"],
  target: string | undefined,
  verified: boolean,
  note?: string,
  verifyBy?: string,
): StatutoryReference {
  return {
    act: CWSA,
    section: `s${section}`,
    effect,
    ...(target === undefined ? {} : { target }),
    url: cwsaSection(section),
    verified,
    ...(note === undefined ? {} : { note }),
    ...(verifyBy === undefined ? {} : { verifyBy }),
  };
}

/** First reading of the Bill in the Commons, 17 December 2024 (clauses in the Bill as introduced). */
export function inBillAsIntroduced(clause?: string): EventInput {
  return {
    status: "in-bill",
    date: "2024-12-17",
    sourceIds: ["cws-bill-2024"],
    ...(clause ? { note: `Clause ${clause} of the Bill as introduced.` } : {}),
  };
}

/** Royal Assent, 29 April 2026. */
export function enactedAs(section: number | string): EventInput {
  return {
    status: "enacted",
    date: ROYAL_ASSENT,
    sourceIds: ["cws-act-2026"],
    pinpoint: cwsaSection(section),
  };
}

/** s78(1)(a): provisions so far as they confer or relate to a power to make regulations, on Royal Assent. */
export function powersInForceOnAssent(note: string): EventInput {
  return { status: "partly-in-force", date: ROYAL_ASSENT, sourceIds: ["cws-act-2026"], pinpoint: S78, note };
}

/** s78(5): on a day the Secretary of State appoints by regulations; none found made (see STATUS_CHECKED_TO). */
export function bySecretaryOfStateRegulations(expected?: string, expectedBy?: string): Commencement {
  return {
    mechanism: "regulations",
    expected:
      expected ??
      `On a day the Secretary of State appoints by regulations (s78(5)); no commencement regulations had been found by ${STATUS_CHECKED_TO}, nor in the sources searched on ${STATUS_LAST_SEARCHED}.`,
    ...(expectedBy ? { expectedBy } : {}),
    sourceIds: ["cws-act-2026"],
    pinpoint: S78,
  };
}
