import { Provision } from "../model/provision";
import { careProvisions } from "./act-2026-care";
import { providerProvisions } from "./act-2026-providers";
import { safeguardingProvisions } from "./act-2026-safeguarding";
import { schoolProvisions } from "./act-2026-schools";
import { STATUS_CHECKED_TO, STATUS_LAST_SEARCHED } from "./helpers";
import { programmeProvisions } from "./programmes";

/**
 * The catalogue: every children's social care measure of the Children's Wellbeing and Schools Act 2026
 * that could be identified, the Part 2 measures child protection relies on, and the major reforms made
 * without new law. Each entry is validated by {@link Provision} when the module loads, so a malformed
 * entry fails every import (and every test) rather than reaching a user.
 */
export const provisions: readonly Provision[] = Object.freeze(
  [
    ...safeguardingProvisions,
    ...careProvisions,
    ...providerProvisions,
    ...schoolProvisions,
    ...programmeProvisions,
  ].map((p) => Provision.parse(p)),
);

const byId = new Map(provisions.map((p) => [p.id, p]));

/** The provision with this id, or `undefined`. */
export function provisionById(id: string): Provision | undefined {
  return byId.get(id);
}

/** What the catalogue covers and what it could not establish. */
export const catalogueInfo = Object.freeze({
  /** Statuses are verified to this date (the day the evidence reaches); later events may be missing. */
  statusCheckedTo: STATUS_CHECKED_TO,
  /** The day the sources were last searched for commencement regulations and programme changes. */
  lastSearchedOn: STATUS_LAST_SEARCHED,
  /** Each search of the sources for status changes, what was searched and what was found. */
  statusChecks: Object.freeze([
    Object.freeze({
      on: STATUS_LAST_SEARCHED,
      searched:
        "legislation.gov.uk (commencement regulations under s78(5) of the Children's Wellbeing and Schools Act 2026, and the revised text of its sections), GOV.UK pages of the DfE programmes in this catalogue (Families First Partnership, kinship allowance pilot, Staying Close, virtual school heads, agency social worker rules), and news and council pages",
      found:
        "No commencement regulations and no status change since 30 June 2026. The newest legislation.gov.uk record of the Act among the sources searched was modified on 4 June 2026; the newest programme change found was the Families First Partnership guide of 26 March 2026, already recorded.",
    }),
  ]),
  gaps: Object.freeze([
    "Part 1 sections 9-11 and 18-21 of the 2026 Act could not be identified, and may hold measures not in this catalogue: the legislation.gov.uk records of those sections among the sources searched carry metadata but no heading or text, the one full text of the Act found (beta.acthub.uk) could be read only from its beginning, and the Bill's clause numbers cannot be carried over because Part 1 was renumbered as the Bill passed (clause 10 on deprivation of liberty became s13). The Act's contents page (https://www.legislation.gov.uk/ukpga/2026/21/contents) would identify them.",
    "No commencement regulations under s78(5) were found up to the date above, nor in the sources searched on the day of the last search; every status after the date above is unverified.",
    "Section numbers marked `verified: false` (corporate parenting, agency workers, regional co-operation, provider groups) are inferred; each says what would verify it (`verifyBy`).",
  ]),
});
