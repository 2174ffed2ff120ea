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
import { rule361 } from "./rule-361";
import { rule362 } from "./rule-362";
import { rule363 } from "./rule-363";
import { rule364 } from "./rule-364";
import { rule365 } from "./rule-365";
import { rule366 } from "./rule-366";
import { rule367 } from "./rule-367";
import { rule370 } from "./rule-370";
import { rule371 } from "./rule-371";
import { rule372 } from "./rule-372";
import { rule373 } from "./rule-373";
import { rule374 } from "./rule-374";
import { rule375 } from "./rule-375";
import { rule376 } from "./rule-376";
import { rule377 } from "./rule-377";
import { rule378 } from "./rule-378";
import { rule379 } from "./rule-379";
import { rule380 } from "./rule-380";
import { rule381 } from "./rule-381";
import { rule382 } from "./rule-382";
import { rule383 } from "./rule-383";
import { rule384 } from "./rule-384";
import { rule385 } from "./rule-385";
import { rule386 } from "./rule-386";
import { rule387 } from "./rule-387";
import { rule388 } from "./rule-388";
import { rule389 } from "./rule-389";
import { rule390 } from "./rule-390";
import { rule391 } from "./rule-391";
import { rule392a } from "./rule-392a";
import { rule392b } from "./rule-392b";
import { rule392c } from "./rule-392c";
import { rule392d } from "./rule-392d";
import { rule393 } from "./rule-393";
import { rule398 } from "./rule-398";
import { rule399 } from "./rule-399";

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
  rule361,
  rule362,
  rule363,
  rule364,
  rule365,
  rule366,
  rule367,
  rule370,
  rule371,
  rule372,
  rule373,
  rule374,
  rule375,
  rule376,
  rule377,
  rule378,
  rule379,
  rule380,
  rule381,
  rule382,
  rule383,
  rule384,
  rule385,
  rule386,
  rule387,
  rule388,
  rule389,
  rule390,
  rule391,
  rule392a,
  rule392b,
  rule392c,
  rule392d,
  rule393,
  rule398,
  rule399,
];
