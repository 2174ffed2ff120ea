import { isIsoDate } from "@childrens-social-care/core";
import { STATUS_CHECKED_TO } from "./catalogue/helpers";
import { provisionById } from "./catalogue/provisions";
import { statusOn } from "./status-on";

// One answer for every package that needs to know whether a reform duty applies on a date: the kinship
// package's family group decision-making rule and the corporate parenting package's wider corporate
// parents read the same catalogue entry as a committee report does, so a commencement recorded here
// (a date in the provision's `commencement`, an `in-force` event in its history) reaches all of them.

/**
 * The day a catalogued provision came (or comes) fully into force, when a commencement date is known:
 * the Royal Assent date, the end of the two-month period of s78(2), or a day appointed by commencement
 * regulations once recorded. `undefined` while no date is known (and for an unknown id).
 *
 * @example
 * commencementDateOf("kinship-local-offer"); // "2026-06-29"
 * commencementDateOf("family-group-decision-making"); // undefined: no regulations found
 */
export function commencementDateOf(provisionId: string): string | undefined {
  return provisionById(provisionId)?.commencement.date;
}

/**
 * Whether a catalogued duty is in force on a date: `true` once its commencement date (or an `in-force`
 * event) is reached; `false` before it, and on any date up to the day statuses are verified to while no
 * date is known; `undefined` after that day when no date is known (the catalogue cannot say), and for an
 * unknown id or a malformed date.
 */
export function dutyInForceOn(provisionId: string, date: string): boolean | undefined {
  const provision = provisionById(provisionId);
  if (provision === undefined || !isIsoDate(date)) return undefined;
  const from = provision.commencement.date;
  if (from !== undefined) return date >= from;
  if (statusOn(provision, date) === "in-force") return true;
  return date <= STATUS_CHECKED_TO ? false : undefined;
}
