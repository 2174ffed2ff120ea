import { Provision } from "../model/provision";
import { careProvisions } from "./act-2026-care";
import { providerProvisions } from "./act-2026-providers";
import { safeguardingProvisions } from "./act-2026-safeguarding";
import { schoolProvisions } from "./act-2026-schools";
import { STATUS_CHECKED_TO } from "./helpers";
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
  /** Statuses were checked against sources available up to this date; later events may be missing. */
  statusCheckedTo: STATUS_CHECKED_TO,
  gaps: Object.freeze([
    "Part 1 sections 9-11 and 18-21 of the 2026 Act could not be identified from the sources available; they may hold measures not in this catalogue.",
    "No commencement regulations under s78(5) were found up to the date above; every status after it is unknown.",
    "Section numbers marked `verified: false` (corporate parenting, agency workers, regional co-operation, provider groups) are inferred.",
  ]),
});
