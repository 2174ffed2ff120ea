import type { Rule } from "../rule";
import { rule101 } from "./rule-101";
import { rule102 } from "./rule-102";
import { rule103 } from "./rule-103";
import { rule104 } from "./rule-104";
import { rule105 } from "./rule-105";
import { rule112 } from "./rule-112";
import { rule113 } from "./rule-113";
import { rule114 } from "./rule-114";
import { rule115 } from "./rule-115";
import { rule116 } from "./rule-116";
import { rule117 } from "./rule-117";
import { rule118 } from "./rule-118";
import { rule119 } from "./rule-119";
import { rule120 } from "./rule-120";
import { rule131 } from "./rule-131";
import { rule132 } from "./rule-132";
import { rule133 } from "./rule-133";
import { rule134 } from "./rule-134";
import { rule141 } from "./rule-141";
import { rule142 } from "./rule-142";
import { rule143 } from "./rule-143";
import { rule144 } from "./rule-144";
import { rule145 } from "./rule-145";
import { rule146 } from "./rule-146";
import { rule147 } from "./rule-147";
import { rule148 } from "./rule-148";
import { rule149 } from "./rule-149";
import { rule151 } from "./rule-151";
import { rule153 } from "./rule-153";
import { rule157 } from "./rule-157";
import { rule158 } from "./rule-158";
import { rule159 } from "./rule-159";
import { rule164 } from "./rule-164";
import { rule165 } from "./rule-165";
import { rule166 } from "./rule-166";
import { rule167 } from "./rule-167";
import { rule168 } from "./rule-168";
import { rule169 } from "./rule-169";
import { rule171 } from "./rule-171";
import { rule174 } from "./rule-174";
import { rule175 } from "./rule-175";
import { rule176 } from "./rule-176";
import { rule177 } from "./rule-177";
import { rule178 } from "./rule-178";
import { rule179 } from "./rule-179";
import { rule180 } from "./rule-180";
import { rule181 } from "./rule-181";
import { rule182 } from "./rule-182";
import { rule184 } from "./rule-184";
import { rule185 } from "./rule-185";
import { rule186 } from "./rule-186";
import { rule187 } from "./rule-187";
import { rule188 } from "./rule-188";
import { rule189 } from "./rule-189";
import { rule190 } from "./rule-190";
import { rule191 } from "./rule-191";
import { rule192 } from "./rule-192";
import { rule193 } from "./rule-193";
import { rule196 } from "./rule-196";
import { rule197a } from "./rule-197a";
import { rule197B } from "./rule-197B";
import { rule198 } from "./rule-198";
import { rule199 } from "./rule-199";
import { rule202 } from "./rule-202";
import { rule203 } from "./rule-203";
import { rule204 } from "./rule-204";
import { rule205A } from "./rule-205A";
import { rule205B } from "./rule-205B";
import { rule205C } from "./rule-205C";
import { rule205D } from "./rule-205D";
import { rule207 } from "./rule-207";
import { rule208 } from "./rule-208";
import { rule209 } from "./rule-209";
import { rule210 } from "./rule-210";
import { rule213 } from "./rule-213";
import { rule214 } from "./rule-214";
import { rule215 } from "./rule-215";
import { rule217 } from "./rule-217";
import { rule217t } from "./rule-217t";
import { rule218 } from "./rule-218";
import { rule219 } from "./rule-219";
import { rule221 } from "./rule-221";
import { rule222 } from "./rule-222";
import { rule224 } from "./rule-224";
import { rule225 } from "./rule-225";
import { rule226 } from "./rule-226";
import { rule227 } from "./rule-227";
import { rule228 } from "./rule-228";
import { rule229 } from "./rule-229";
import { rule230 } from "./rule-230";
import { rule231 } from "./rule-231";
import { rule232 } from "./rule-232";
import { rule233 } from "./rule-233";
import { rule234 } from "./rule-234";

/** The rules of the 100s group, 101–234 (see ../all-rules.ts for how the groups are split), in code order. */
export const GROUP_100: readonly Rule[] = [
  rule101,
  rule102,
  rule103,
  rule104,
  rule105,
  rule112,
  rule113,
  rule114,
  rule115,
  rule116,
  rule117,
  rule118,
  rule119,
  rule120,
  rule131,
  rule132,
  rule133,
  rule134,
  rule141,
  rule142,
  rule143,
  rule144,
  rule145,
  rule146,
  rule147,
  rule148,
  rule149,
  rule151,
  rule153,
  rule157,
  rule158,
  rule159,
  rule164,
  rule165,
  rule166,
  rule167,
  rule168,
  rule169,
  rule171,
  rule174,
  rule175,
  rule176,
  rule177,
  rule178,
  rule179,
  rule180,
  rule181,
  rule182,
  rule184,
  rule185,
  rule186,
  rule187,
  rule188,
  rule189,
  rule190,
  rule191,
  rule192,
  rule193,
  rule196,
  rule197a,
  rule197B,
  rule198,
  rule199,
  rule202,
  rule203,
  rule204,
  rule205A,
  rule205B,
  rule205C,
  rule205D,
  rule207,
  rule208,
  rule209,
  rule210,
  rule213,
  rule214,
  rule215,
  rule217,
  rule217t,
  rule218,
  rule219,
  rule221,
  rule222,
  rule224,
  rule225,
  rule226,
  rule227,
  rule228,
  rule229,
  rule230,
  rule231,
  rule232,
  rule233,
  rule234,
];
