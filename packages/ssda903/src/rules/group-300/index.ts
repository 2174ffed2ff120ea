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
import { rule406 } from "./rule-406";
import { rule407 } from "./rule-407";
import { rule408 } from "./rule-408";
import { rule411 } from "./rule-411";
import { rule420 } from "./rule-420";
import { rule426 } from "./rule-426";
import { rule431 } from "./rule-431";
import { rule432 } from "./rule-432";
import { rule433 } from "./rule-433";
import { rule434 } from "./rule-434";
import { rule435 } from "./rule-435";
import { rule436 } from "./rule-436";
import { rule437 } from "./rule-437";
import { rule440 } from "./rule-440";
import { rule441 } from "./rule-441";
import { rule442 } from "./rule-442";
import { rule444 } from "./rule-444";
import { rule445 } from "./rule-445";
import { rule446 } from "./rule-446";
import { rule451 } from "./rule-451";
import { rule452 } from "./rule-452";
import { rule453 } from "./rule-453";
import { rule454 } from "./rule-454";
import { rule460 } from "./rule-460";
import { rule3001 } from "./rule-3001";

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
  rule406,
  rule407,
  rule408,
  rule411,
  rule420,
  rule426,
  rule431,
  rule432,
  rule433,
  rule434,
  rule435,
  rule436,
  rule437,
  rule440,
  rule441,
  rule442,
  rule444,
  rule445,
  rule446,
  rule451,
  rule452,
  rule453,
  rule454,
  rule460,
  rule3001,
];
