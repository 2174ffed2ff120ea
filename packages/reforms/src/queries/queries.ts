import { isIsoDate } from "@childrens-social-care/core";
import { provisions as catalogue } from "../catalogue/provisions";
import type { DutyHolder } from "../model/duty-holder";
import type { Provision } from "../model/provision";
import type { ProvisionStatus } from "../model/provision-status";
import type { ReformTheme } from "../model/theme";
import { statusOn } from "../status-on";

function checkDate(isoDate: string, name: string): void {
  // A malformed date would silently answer "nothing was in force"; fail loudly instead.
  if (!isIsoDate(isoDate)) throw new RangeError(`${name} must be an ISO date (YYYY-MM-DD).`);
}

/** The provisions of a theme, in catalogue order. */
export function provisionsByTheme(theme: ReformTheme, list: readonly Provision[] = catalogue): Provision[] {
  return list.filter((p) => p.theme === theme);
}

/** The provisions that place a duty or power on a body, in catalogue order. */
export function provisionsByDutyHolder(
  holder: DutyHolder,
  list: readonly Provision[] = catalogue,
): Provision[] {
  return list.filter((p) => p.dutyHolders.includes(holder));
}

/** The provisions whose status on `isoDate` is one of `statuses`. */
export function provisionsWithStatusOn(
  statuses: ProvisionStatus | readonly ProvisionStatus[],
  isoDate: string,
  list: readonly Provision[] = catalogue,
): Provision[] {
  checkDate(isoDate, "isoDate");
  const wanted: readonly ProvisionStatus[] = typeof statuses === "string" ? [statuses] : statuses;
  return list.filter((p) => {
    const status = statusOn(p, isoDate);
    return status !== undefined && wanted.includes(status);
  });
}

/**
 * What was in force on a date ("what was in force on 1 July 2026?"). With `includePartly`, also the
 * provisions in force for some purposes only (usually their powers to make regulations).
 */
export function inForceOn(
  isoDate: string,
  options: { includePartly?: boolean } = {},
  list: readonly Provision[] = catalogue,
): Provision[] {
  return provisionsWithStatusOn(
    options.includePartly ? ["in-force", "partly-in-force"] : "in-force",
    isoDate,
    list,
  );
}

/** One provision whose status differs between two dates. */
export interface StatusChange {
  readonly id: string;
  readonly title: string;
  /** Status on the earlier date; `undefined` if nothing had happened yet. */
  readonly from: ProvisionStatus | undefined;
  readonly to: ProvisionStatus | undefined;
}

/** The provisions whose status changed between two dates, in catalogue order ("what changed since the last report?"). */
export function statusChangesBetween(
  fromDate: string,
  toDate: string,
  list: readonly Provision[] = catalogue,
): StatusChange[] {
  checkDate(fromDate, "fromDate");
  checkDate(toDate, "toDate");
  const out: StatusChange[] = [];
  for (const p of list) {
    const from = statusOn(p, fromDate);
    const to = statusOn(p, toDate);
    if (from !== to) out.push({ id: p.id, title: p.title, from, to });
  }
  return out;
}
