import type { ValidationIssue } from "@childrens-social-care/core";
import { formatMoney } from "../money";
import type { Rule } from "../rule";
import type { LocalOfferEntitlement } from "./local-offer-entitlement";
import { nationalEntitlement } from "./national-entitlements";

/**
 * A council's entitlement is no less than the national one: the amount no lower (a statutory sum or a
 * national minimum) and support lasting to at least the national age. Below a statutory entitlement is
 * an error; below a national scheme's minimum, a warning (the minimum is guidance, not statute).
 */
export const entitlementMeetsNationalMinimum: Rule<LocalOfferEntitlement> = {
  id: "corporate-parenting/entitlement-below-national",
  severity: "error",
  description:
    "A council's local offer entitlement is no less generous than the national entitlement of its kind.",
  source: "Children and Social Work Act 2017 s2; the national entitlements in NATIONAL_ENTITLEMENTS",
  check(entitlement) {
    const national = nationalEntitlement(entitlement.kind);
    if (national === undefined || entitlement.localAuthority === undefined) return [];
    const severity = national.basis === "statutory" ? "error" : "warning";
    const out: ValidationIssue[] = [];
    const floor = national.amount;
    if (
      floor &&
      !floor.isMaximum &&
      entitlement.amount &&
      entitlement.amount.money.amountPence < floor.money.amountPence
    )
      out.push({
        rule: "corporate-parenting/entitlement-below-national",
        severity,
        message: `The ${national.title.toLowerCase()} offered (${formatMoney(entitlement.amount.money)}) is below the national ${floor.isMinimum ? "minimum" : "amount"} of ${formatMoney(floor.money)}.`,
        path: ["amount", "money", "amountPence"],
      });
    if (national.ageTo !== undefined && entitlement.ageTo !== undefined && entitlement.ageTo < national.ageTo)
      out.push({
        rule: "corporate-parenting/entitlement-below-national",
        severity,
        message: `The ${national.title.toLowerCase()} ends at ${entitlement.ageTo}; nationally it lasts to ${national.ageTo}.`,
        path: ["ageTo"],
      });
    return out;
  },
};
