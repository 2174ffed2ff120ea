/** Anything with the code lists' `codesIn(year)` (the placements package's code lists). */
export interface YearCodes {
  codesIn(collectionYear: string): readonly string[];
}

const cache = new WeakMap<YearCodes, Map<string, ReadonlySet<string>>>();

/** The codes of a code list valid in a collection year, as a Set built once per list and year. */
export function codesIn(list: YearCodes, collectionYear: string): ReadonlySet<string> {
  let byYear = cache.get(list);
  if (!byYear) {
    byYear = new Map();
    cache.set(list, byYear);
  }
  let set = byYear.get(collectionYear);
  if (!set) {
    set = new Set(list.codesIn(collectionYear));
    byYear.set(collectionYear, set);
  }
  return set;
}
