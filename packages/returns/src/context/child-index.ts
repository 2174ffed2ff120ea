/**
 * The children of one year's tables, numbered once. Every table's rows get the number of the child
 * they are about, and a table's rows are grouped by child as index ranges (compressed sparse rows:
 * the rows of child `c` are `order[start[c]]` to `order[start[c + 1] - 1]`, in file order), so a rule
 * finds a child's records in another table by indexing arrays, without a string lookup per row.
 */
export class ChildNumbers {
  readonly #numbers = new Map<string, number>();
  readonly #ids: string[] = [];

  /** The number of a child id, numbering it if new. */
  numberOf(id: string): number {
    let n = this.#numbers.get(id);
    if (n === undefined) {
      n = this.#ids.length;
      this.#numbers.set(id, n);
      this.#ids.push(id);
    }
    return n;
  }

  /** The number of a child id already seen, or -1. */
  find(id: string): number {
    return this.#numbers.get(id) ?? -1;
  }

  /** The child id of a number. */
  idOf(n: number): string {
    return this.#ids[n] as string;
  }

  /** How many children are numbered so far. */
  get size(): number {
    return this.#ids.length;
  }
}

/** One table's rows by child: the child number of each row, and the rows of each child as a range. */
export interface ChildRanges {
  /** The child number of each row (a row with no child id has the number of the empty id). */
  readonly childOf: Int32Array;
  /** Row numbers grouped by child (file order within a child). */
  readonly order: Int32Array;
  /** `start[c]` to `start[c + 1]` is child `c`'s slice of `order` (length: children + 1). */
  readonly start: Int32Array;
}

/** Numbers the children of a column of child ids and groups the rows by child (two passes, no per-row allocation). */
export function childRanges(
  ids: ArrayLike<string | null | undefined>,
  length: number,
  numbers: ChildNumbers,
): ChildRanges {
  const childOf = new Int32Array(length);
  let last: string | undefined;
  let lastNumber = -1;
  for (let i = 0; i < length; i++) {
    // A record with no child id is grouped under the empty id, so that every row belongs to a group
    // (as a data frame grouped on a column with blanks keeps them together) and none is lost.
    const id = ids[i] ?? "";
    // A child's records usually stand together: reuse the last number without a lookup.
    if (id !== last) {
      last = id;
      lastNumber = numbers.numberOf(id);
    }
    childOf[i] = lastNumber;
  }
  return groupByChild(childOf, numbers.size);
}

/** Groups row numbers by child number with a counting sort (stable, so file order holds within a child). */
export function groupByChild(childOf: Int32Array, children: number): ChildRanges {
  const start = new Int32Array(children + 1);
  for (let i = 0; i < childOf.length; i++) {
    const c = childOf[i] as number;
    if (c >= 0) start[c + 1] = (start[c + 1] as number) + 1;
  }
  for (let c = 0; c < children; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const next = start.slice(0, children);
  const order = new Int32Array(start[children] as number);
  for (let i = 0; i < childOf.length; i++) {
    const c = childOf[i] as number;
    if (c < 0) continue;
    const at = next[c] as number;
    order[at] = i;
    next[c] = at + 1;
  }
  return { childOf, order, start };
}
