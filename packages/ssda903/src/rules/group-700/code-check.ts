import type { CollectionYear } from "@childrens-social-care/core";

/**
 * A memoised `isValidIn` for one collection year: a return repeats a handful of codes hundreds of
 * thousands of times, so each distinct code is looked up in the code list once.
 */
export function validCodeIn(
  list: { isValidIn(code: string, year: CollectionYear): boolean },
  year: CollectionYear,
): (code: string) => boolean {
  const memo = new Map<string, boolean>();
  return (code) => {
    let ok = memo.get(code);
    if (ok === undefined) {
      ok = list.isValidIn(code, year);
      memo.set(code, ok);
    }
    return ok;
  };
}
