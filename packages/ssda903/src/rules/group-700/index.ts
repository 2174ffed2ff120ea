import type { Rule } from "../rule";

/** The rules of this group (see ../all-rules.ts for how the groups are split). */
export const GROUP_700: readonly Rule[] = [];
