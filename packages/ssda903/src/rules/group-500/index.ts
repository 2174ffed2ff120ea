import type { Rule } from "../rule";
import { rule501 } from "./rule-501";
import { rule502 } from "./rule-502";
import { rule503A } from "./rule-503A";
import { rule503B } from "./rule-503B";
import { rule503C } from "./rule-503C";
import { rule503D } from "./rule-503D";
import { rule503E } from "./rule-503E";
import { rule503F } from "./rule-503F";
import { rule503G } from "./rule-503G";
import { rule503H } from "./rule-503H";
import { rule503J } from "./rule-503J";
import { rule504 } from "./rule-504";
import { rule511 } from "./rule-511";
import { rule514 } from "./rule-514";
import { rule516 } from "./rule-516";
import { rule517 } from "./rule-517";
import { rule518 } from "./rule-518";
import { rule519 } from "./rule-519";
import { rule520 } from "./rule-520";
import { rule521 } from "./rule-521";
import { rule522 } from "./rule-522";
import { rule523 } from "./rule-523";
import { rule524 } from "./rule-524";
import { rule525 } from "./rule-525";
import { rule526 } from "./rule-526";
import { rule527 } from "./rule-527";
import { rule528 } from "./rule-528";
import { rule529 } from "./rule-529";
import { rule530 } from "./rule-530";
import { rule531 } from "./rule-531";
import { rule542 } from "./rule-542";
import { rule543 } from "./rule-543";
import { rule544 } from "./rule-544";
import { rule545 } from "./rule-545";
import { rule546 } from "./rule-546";
import { rule547 } from "./rule-547";
import { rule550 } from "./rule-550";
import { rule551 } from "./rule-551";
import { rule552 } from "./rule-552";
import { rule553 } from "./rule-553";
import { rule554 } from "./rule-554";
import { rule555 } from "./rule-555";
import { rule556 } from "./rule-556";
import { rule557 } from "./rule-557";
import { rule558 } from "./rule-558";
import { rule559 } from "./rule-559";
import { rule560 } from "./rule-560";
import { rule561 } from "./rule-561";
import { rule562 } from "./rule-562";
import { rule563 } from "./rule-563";
import { rule564 } from "./rule-564";
import { rule565 } from "./rule-565";
import { rule566 } from "./rule-566";
import { rule567 } from "./rule-567";
import { rule570 } from "./rule-570";
import { rule571 } from "./rule-571";
import { rule574 } from "./rule-574";
import { rule575 } from "./rule-575";
import { rule576 } from "./rule-576";
import { rule577 } from "./rule-577";
import { rule578 } from "./rule-578";
import { rule579 } from "./rule-579";
import { rule580 } from "./rule-580";
import { rule581 } from "./rule-581";
import { rule582 } from "./rule-582";
import { rule583 } from "./rule-583";
import { rule584 } from "./rule-584";
import { rule586 } from "./rule-586";
import { rule601 } from "./rule-601";
import { rule602 } from "./rule-602";
import { rule607 } from "./rule-607";
import { rule611 } from "./rule-611";
import { rule612 } from "./rule-612";
import { rule620 } from "./rule-620";
import { rule621 } from "./rule-621";
import { rule624 } from "./rule-624";
import { rule625 } from "./rule-625";
import { rule626 } from "./rule-626";
import { rule628 } from "./rule-628";
import { rule630 } from "./rule-630";
import { rule631 } from "./rule-631";
import { rule632 } from "./rule-632";
import { rule633 } from "./rule-633";
import { rule634 } from "./rule-634";
import { rule635 } from "./rule-635";

/** The rules of the 500s–600s group, 501–699 (adoption, missing, motherhood, previous permanence; see ../all-rules.ts). */
export const GROUP_500: readonly Rule[] = [
  rule501,
  rule502,
  rule503A,
  rule503B,
  rule503C,
  rule503D,
  rule503E,
  rule503F,
  rule503G,
  rule503H,
  rule503J,
  rule504,
  rule511,
  rule514,
  rule516,
  rule517,
  rule518,
  rule519,
  rule520,
  rule521,
  rule522,
  rule523,
  rule524,
  rule525,
  rule526,
  rule527,
  rule528,
  rule529,
  rule530,
  rule531,
  rule542,
  rule543,
  rule544,
  rule545,
  rule546,
  rule547,
  rule550,
  rule551,
  rule552,
  rule553,
  rule554,
  rule555,
  rule556,
  rule557,
  rule558,
  rule559,
  rule560,
  rule561,
  rule562,
  rule563,
  rule564,
  rule565,
  rule566,
  rule567,
  rule570,
  rule571,
  rule574,
  rule575,
  rule576,
  rule577,
  rule578,
  rule579,
  rule580,
  rule581,
  rule582,
  rule583,
  rule584,
  rule586,
  rule601,
  rule602,
  rule607,
  rule611,
  rule612,
  rule620,
  rule621,
  rule624,
  rule625,
  rule626,
  rule628,
  rule630,
  rule631,
  rule632,
  rule633,
  rule634,
  rule635,
];
