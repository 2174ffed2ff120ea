import type * as z from "zod";

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
