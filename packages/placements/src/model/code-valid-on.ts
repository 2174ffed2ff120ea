import type { CodeList } from "@childrens-social-care/core";
import type { z } from "zod";

/**
 * A check for an object schema: the code in `codeKey` must be valid (by its code list's `from`/`until`)
 * on each date named in `dateKeys` that is present. The issue names the code (a statutory code is not
 * personal data) but never the date.
 */
export function codeValidOnDates<T extends Record<string, unknown>>(
  list: CodeList<string>,
  codeKey: keyof T & string,
  dateKeys: readonly { key: keyof T & string; label: string }[],
  rule: string,
) {
  return (ctx: z.core.ParsePayload<T>): void => {
    const code = ctx.value[codeKey];
    if (typeof code !== "string" || !list.has(code)) return;
    for (const { key, label } of dateKeys) {
      const date = ctx.value[key];
      if (typeof date !== "string" || list.isValidOn(code, date)) continue;
      ctx.issues.push({
        code: "custom",
        message: `${codeKey} ${code} is not a valid code on the ${label} (retired or not yet in use).`,
        path: [codeKey],
        input: ctx.value,
        params: { rule },
      });
      return;
    }
  };
}

/** A check that two optional fields are both present or both absent (e.g. an end date and its reason). */
export function presentTogether<T extends Record<string, unknown>>(
  a: keyof T & string,
  b: keyof T & string,
  rule: string,
) {
  return (ctx: z.core.ParsePayload<T>): void => {
    const hasA = ctx.value[a] !== undefined;
    const hasB = ctx.value[b] !== undefined;
    if (hasA === hasB) return;
    ctx.issues.push({
      code: "custom",
      message: hasA ? `${b} is required when ${a} is given.` : `${b} is only given together with ${a}.`,
      path: [b],
      input: ctx.value,
      params: { rule },
    });
  };
}
