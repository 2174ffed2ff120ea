import type { Rule } from "../rule";
import { rule301 } from "./rule-301";
import { rule302 } from "./rule-302";
import { rule303 } from "./rule-303";
import { rule304 } from "./rule-304";
import { rule331 } from "./rule-331";
import { rule333 } from "./rule-333";
import { rule334 } from "./rule-334";
import { rule335 } from "./rule-335";
import { rule336 } from "./rule-336";
import { rule344 } from "./rule-344";
import { rule345 } from "./rule-345";
import { rule347 } from "./rule-347";
import { rule348 } from "./rule-348";
import { rule351 } from "./rule-351";
import { rule352 } from "./rule-352";
import { rule353 } from "./rule-353";
import { rule354 } from "./rule-354";
import { rule355 } from "./rule-355";
import { rule356 } from "./rule-356";
import { rule357 } from "./rule-357";
import { rule358 } from "./rule-358";
import { rule359 } from "./rule-359";

/** The rules of the 300s group, 301–460 and 3001 (see ../all-rules.ts for how the groups are split). */
export const GROUP_300: readonly Rule[] = [
  rule301,
  rule302,
  rule303,
  rule304,
  rule331,
  rule333,
  rule334,
  rule335,
  rule336,
  rule344,
  rule345,
  rule347,
  rule348,
  rule351,
  rule352,
  rule353,
  rule354,
  rule355,
  rule356,
  rule357,
  rule358,
  rule359,
];
