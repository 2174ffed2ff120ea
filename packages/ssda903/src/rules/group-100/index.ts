import type { Rule } from "../rule";
import { rule102 } from "./rule-102";

/** The rules of the 100s group, 101–234 (see ../all-rules.ts for how the groups are split). */
export const GROUP_100: readonly Rule[] = [rule102];
