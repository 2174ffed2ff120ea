import type { RuleContext } from "../rule-context";

const cache = new WeakMap<object, ReadonlySet<string>>();

/**
 * The children looked after at the end of the collection year: those with an episode that has no
 * end date (DfE SSDA903 guide: a child is looked after at 31 March when the current episode has no
 * DEC). Computed once per return and shared by the social worker rules that only concern them.
 */
export function childrenLookedAfterAtEnd(ctx: RuleContext<"Episodes">): ReadonlySet<string> {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const out = new Set<string>();
  for (const r of ctx.table("Episodes")) if (r.DEC == null) out.add(r.CHILD ?? "");
  cache.set(ctx, out);
  return out;
}
