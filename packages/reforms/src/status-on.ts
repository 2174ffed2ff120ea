import { isIsoDate } from "@childrens-social-care/core";
import type { Provision } from "./model/provision";
import type { ProvisionStatus } from "./model/provision-status";
import type { StatusEvent } from "./model/status-event";

/**
 * The event that gives a provision its status on `isoDate`: the last event dated on or before that day
 * (events on the same day apply in their order in `history`). `undefined` before the first event, and for
 * a malformed date.
 */
export function statusEventOn(
  provision: Pick<Provision, "history">,
  isoDate: string,
): StatusEvent | undefined {
  if (!isIsoDate(isoDate)) return undefined;
  let found: StatusEvent | undefined;
  for (const event of provision.history) {
    // ISO dates compare as strings; history is in date order (the Provision schema checks it).
    if (event.date <= isoDate) found = event;
    else break;
  }
  return found;
}

/**
 * The status of a provision on a date: the status of the last event on or before it, or `undefined`
 * before anything was proposed (or for a malformed date). An event takes effect on its own date, so a
 * section in force "on 29 June 2026" is `in-force` on that day and `enacted` the day before.
 */
export function statusOn(
  provision: Pick<Provision, "history">,
  isoDate: string,
): ProvisionStatus | undefined {
  return statusEventOn(provision, isoDate)?.status;
}
