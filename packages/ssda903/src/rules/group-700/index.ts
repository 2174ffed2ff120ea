import type { Rule } from "../rule";
import { rule700 } from "./rule-700";
import { rule701 } from "./rule-701";
import { rule702 } from "./rule-702";
import { rule703 } from "./rule-703";
import { rule704 } from "./rule-704";
import { rule705 } from "./rule-705";
import { rule706 } from "./rule-706";
import { rule707 } from "./rule-707";
import { rule708 } from "./rule-708";
import { rule709 } from "./rule-709";
import { rule710 } from "./rule-710";
import { rule1000 } from "./rule-1000";
import { rule1001 } from "./rule-1001";
import { rule1002 } from "./rule-1002";
import { rule1003 } from "./rule-1003";
import { rule1004 } from "./rule-1004";
import { rule1005 } from "./rule-1005";
import { rule1006 } from "./rule-1006";
import { rule1007 } from "./rule-1007";
import { rule1008 } from "./rule-1008";
import { rule1009 } from "./rule-1009";
import { rule1010 } from "./rule-1010";
import { rule1011 } from "./rule-1011";
import { rule1012 } from "./rule-1012";
import { rule1014 } from "./rule-1014";
import { rule1015 } from "./rule-1015";
import { rule1016 } from "./rule-1016";
import { ruleEPI } from "./rule-EPI";
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
import { ruleNoE } from "./rule-NoE";
import { ruleSW01aSTG1 } from "./rule-SW01aSTG1";
import { ruleSW01bSTG1 } from "./rule-SW01bSTG1";
import { ruleSW01STG1 } from "./rule-SW01STG1";
import { ruleSW02STG1 } from "./rule-SW02STG1";
import { ruleSW03STG1 } from "./rule-SW03STG1";
import { ruleSW04STG1 } from "./rule-SW04STG1";
import { ruleSW05STG1 } from "./rule-SW05STG1";
import { ruleSW06STG2 } from "./rule-SW06STG2";
import { ruleSW07STG2 } from "./rule-SW07STG2";
import { ruleSW08STG2 } from "./rule-SW08STG2";
import { ruleSW09STG2 } from "./rule-SW09STG2";
import { ruleSW10STG2 } from "./rule-SW10STG2";
import { ruleSW11aSTG2 } from "./rule-SW11aSTG2";
import { ruleSW11bSTG2 } from "./rule-SW11bSTG2";
import { ruleSW12STG2 } from "./rule-SW12STG2";
import { ruleSW13STG1 } from "./rule-SW13STG1";
import { ruleSW14STG2 } from "./rule-SW14STG2";
import { ruleSW17STG2 } from "./rule-SW17STG2";

/** The rules of this group (see ../all-rules.ts for how the groups are split), in code order. */
export const GROUP_700: readonly Rule[] = [
  rule700,
  rule701,
  rule702,
  rule703,
  rule704,
  rule705,
  rule706,
  rule707,
  rule708,
  rule709,
  rule710,
  rule1000,
  rule1001,
  rule1002,
  rule1003,
  rule1004,
  rule1005,
  rule1006,
  rule1007,
  rule1008,
  rule1009,
  rule1010,
  rule1011,
  rule1012,
  rule1014,
  rule1015,
  rule1016,
  ruleEPI,
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
  ruleNoE,
  ruleSW01aSTG1,
  ruleSW01bSTG1,
  ruleSW01STG1,
  ruleSW02STG1,
  ruleSW03STG1,
  ruleSW04STG1,
  ruleSW05STG1,
  ruleSW06STG2,
  ruleSW07STG2,
  ruleSW08STG2,
  ruleSW09STG2,
  ruleSW10STG2,
  ruleSW11aSTG2,
  ruleSW11bSTG2,
  ruleSW12STG2,
  ruleSW13STG1,
  ruleSW14STG2,
  ruleSW17STG2,
];
