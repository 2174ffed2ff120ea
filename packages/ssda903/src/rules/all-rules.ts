import { GROUP_100 } from "./group-100/index";
import { GROUP_300 } from "./group-300/index";
import { GROUP_500 } from "./group-500/index";
import { GROUP_700 } from "./group-700/index";
import type { Rule } from "./rule";

/**
 * Every SSDA903 rule we implement, for every collection year. The rules are kept in four groups by
 * code so that each group's list is short: 100s (child and episode basics, 101–234), 300s–400s
 * (episode chains, legal status, reviews, 301–460), 500s–600s (adoption, care leavers, missing,
 * 501–635), and 700+ (deprivation of liberty, 1000s, social worker SW rules, INT cross-year checks).
 * A year's rule set is a query over this list (`rulesForYear`), never a copy.
 */
export const ALL_RULES: readonly Rule[] = [...GROUP_100, ...GROUP_300, ...GROUP_500, ...GROUP_700];
