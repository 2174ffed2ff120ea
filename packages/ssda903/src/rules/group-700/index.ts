import type { Rule } from "../rule";
import { ruleINT01 } from "./rule-INT01";
import { ruleINT02 } from "./rule-INT02";
import { ruleINT03 } from "./rule-INT03";
import { ruleINT04 } from "./rule-INT04";
import { ruleINT05 } from "./rule-INT05";
import { ruleINT06 } from "./rule-INT06";
import { ruleINT07 } from "./rule-INT07";
import { ruleINT08 } from "./rule-INT08";
import { ruleINT09 } from "./rule-INT09";
import { ruleINT11 } from "./rule-INT11";
import { ruleINT12 } from "./rule-INT12";
import { ruleINT13 } from "./rule-INT13";
import { ruleINT14 } from "./rule-INT14";
import { ruleINT15 } from "./rule-INT15";
import { ruleINT16 } from "./rule-INT16";
import { ruleINT17 } from "./rule-INT17";
import { ruleINT18 } from "./rule-INT18";
import { ruleINT21 } from "./rule-INT21";
import { ruleINT31 } from "./rule-INT31";
import { ruleINT32 } from "./rule-INT32";
import { ruleINT33 } from "./rule-INT33";
import { ruleINT34 } from "./rule-INT34";
import { ruleINT35 } from "./rule-INT35";
import { ruleINT36 } from "./rule-INT36";

/** The rules of this group (see ../all-rules.ts for how the groups are split), in code order. */
export const GROUP_700: readonly Rule[] = [
  ruleINT01,
  ruleINT02,
  ruleINT03,
  ruleINT04,
  ruleINT05,
  ruleINT06,
  ruleINT07,
  ruleINT08,
  ruleINT09,
  ruleINT11,
  ruleINT12,
  ruleINT13,
  ruleINT14,
  ruleINT15,
  ruleINT16,
  ruleINT17,
  ruleINT18,
  ruleINT21,
  ruleINT31,
  ruleINT32,
  ruleINT33,
  ruleINT34,
  ruleINT35,
  ruleINT36,
];
