import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, fromEpochDay, toEpochDay } from "../dates/iso-date";
import { defineCodeList } from "./define-code-list";

const SRC = "Test table";
// A code whose wording changed part-way through a collection year, as SSDA903 H5 did on 28 October 2023.
const Place = defineCodeList(
  [
    {
      code: "H5",
      label: "Registered supported accommodation",
      until: "2023-24",
      labels: [
        { label: "Semi-independent living", until: "2023-10-27", source: "guide 2022-23" },
        { label: "Registered supported accommodation", from: "2023-10-28", source: "guide 2023-24" },
      ],
      source: SRC,
    },
    { code: "U1", label: "Foster placement with relative or friend", source: SRC },
  ] as const,
  { id: "test.LabelledPlace" },
);

describe("code labels by period", () => {
  it("gives the wording in force on a date, changing on the first day of the new period", () => {
    expect(Place.labelOn("H5", "2023-10-27")).toBe("Semi-independent living");
    expect(Place.labelOn("H5", "2023-10-28")).toBe("Registered supported accommodation");
    // Wording is not validity: a retired code keeps its last label.
    expect(Place.labelOn("H5", "2030-01-01")).toBe("Registered supported accommodation");
    expect(Place.labelOn("U1", "1999-01-01")).toBe("Foster placement with relative or friend");
    expect(Place.labelOn("X9", "2024-01-01")).toBeUndefined();
    expect(Place.labelOf("H5")).toBe("Registered supported accommodation");
  });

  it("lists every wording a code had during a collection year", () => {
    expect(Place.labelsIn("H5", "2023-24")).toEqual([
      "Semi-independent living",
      "Registered supported accommodation",
    ]);
    expect(Place.labelsIn("H5", "2022-23")).toEqual(["Semi-independent living"]);
    expect(Place.labelsIn("U1", "2023-24")).toEqual(["Foster placement with relative or friend"]);
    expect(Place.labelsIn("X9", "2023-24")).toEqual([]);
  });

  it("puts earlier wordings in the JSON Schema description", () => {
    expect(Place.jsonSchema().oneOf?.[0]).toEqual({
      const: "H5",
      title: "Registered supported accommodation",
      description: 'Valid until 2023-24. Labelled "Semi-independent living" until 2023-10-27.',
    });
  });

  it("refuses periods with a gap, an overlap, an open middle or a last label that is not the row's", () => {
    const row = (labels: { label: string; from?: string; until?: string; source: string }[]) =>
      [{ code: "A", label: "new", labels, source: SRC }] as const;
    const make = (labels: Parameters<typeof row>[0]) => () => defineCodeList(row(labels), { id: "t.Bad" });
    expect(
      make([
        { label: "old", until: "2020-01-01", source: SRC },
        { label: "new", from: "2020-01-03", source: SRC },
      ]),
    ).toThrow(/no gap or overlap/);
    expect(
      make([
        { label: "old", until: "2020-01-02", source: SRC },
        { label: "new", from: "2020-01-02", source: SRC },
      ]),
    ).toThrow(/no gap or overlap/);
    expect(
      make([
        { label: "old", from: "2019-01-01", until: "2020-01-01", source: SRC },
        { label: "new", from: "2020-01-02", source: SRC },
      ]),
    ).toThrow(/no `from`/);
    expect(
      make([
        { label: "old", until: "2020-01-01", source: SRC },
        { label: "newer", from: "2020-01-02", source: SRC },
      ]),
    ).toThrow(/row's own label/);
    // Collection years and dates mix: 2019-20 ends on 31 March 2020.
    expect(
      make([
        { label: "old", until: "2019-20", source: SRC },
        { label: "new", from: "2020-04-01", source: SRC },
      ]),
    ).not.toThrow();
  });

  it("answers exactly one wording for any date, switching at the boundary (property)", () => {
    const day = fc.integer({ min: toEpochDay("1990-01-01"), max: toEpochDay("2060-12-31") });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [first, second] = a <= b ? [a, b] : [b, a];
        const cut = fromEpochDay(first);
        const list = defineCodeList(
          [
            {
              code: "A",
              label: "new",
              labels: [
                { label: "old", until: cut, source: SRC },
                { label: "new", from: addDays(cut, 1), source: SRC },
              ],
              source: SRC,
            },
          ] as const,
          { id: "t.Prop" },
        );
        const probe = fromEpochDay(second);
        expect(list.labelOn("A", probe)).toBe(probe <= cut ? "old" : "new");
      }),
    );
  });
});
