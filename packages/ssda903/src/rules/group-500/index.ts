import type { Rule } from "../rule";
import { rule511 } from "./rule-511";
import { rule514 } from "./rule-514";
import { rule516 } from "./rule-516";
import { rule517 } from "./rule-517";
import { rule518 } from "./rule-518";
import { rule519 } from "./rule-519";
import { rule520 } from "./rule-520";
import { rule524 } from "./rule-524";
import { rule527 } from "./rule-527";
import { rule528 } from "./rule-528";
import { rule529 } from "./rule-529";
import { rule530 } from "./rule-530";
import { rule531 } from "./rule-531";

/** The rules of the 500s–600s group, 501–699 (adoption, missing, motherhood, previous permanence; see ../all-rules.ts). */
export const GROUP_500: readonly Rule[] = [
  rule511,
  rule514,
  rule516,
  rule517,
  rule518,
  rule519,
  rule520,
  rule524,
  rule527,
  rule528,
  rule529,
  rule530,
  rule531,
];
