import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ChildNumbers, childRanges } from "./child-index";

describe("childRanges", () => {
  it("numbers children once and groups rows by child in file order", () => {
    const numbers = new ChildNumbers();
    const r = childRanges(["b", "a", "b", null, "a"], 5, numbers);
    expect([...r.childOf]).toEqual([0, 1, 0, 2, 1]);
    const rowsOf = (c: number) => [...r.order.subarray(r.start[c], r.start[c + 1])];
    expect(rowsOf(0)).toEqual([0, 2]);
    expect(rowsOf(1)).toEqual([1, 4]);
    // A row with no child id is kept, under the empty id.
    expect(numbers.idOf(2)).toBe("");
    expect(rowsOf(2)).toEqual([3]);
  });

  it("shares one numbering between tables", () => {
    const numbers = new ChildNumbers();
    childRanges(["x", "y"], 2, numbers);
    const second = childRanges(["y", "z"], 2, numbers);
    expect([...second.childOf]).toEqual([1, 2]);
    expect(numbers.find("z")).toBe(2);
    expect(numbers.find("w")).toBe(-1);
  });

  it("puts every row in exactly its child's range, in order (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom("a", "b", "c", "d"), { nil: null })), (ids) => {
        const numbers = new ChildNumbers();
        const r = childRanges(ids, ids.length, numbers);
        expect(r.order.length).toBe(ids.length);
        for (let c = 0; c < numbers.size; c++) {
          const rows = [...r.order.subarray(r.start[c], r.start[c + 1])];
          const expected = ids.flatMap((id, i) => ((id ?? "") === numbers.idOf(c) ? [i] : []));
          expect(rows).toEqual(expected);
        }
      }),
    );
  });
});
