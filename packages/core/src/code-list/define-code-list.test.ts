import { describe, expect, it } from "vitest";
import * as z from "zod";
import { toJsonSchema } from "../json-schema/to-json-schema";
import { expectSchemaAgreement } from "../testing/schema-agreement";
import { defineCodeList } from "./define-code-list";

const SRC = "Test table";
const Placement = defineCodeList(
  [
    { code: "U1", label: "Foster placement with relative or friend", source: SRC },
    { code: "H5", label: "Semi-independent living", until: "2023-24", source: SRC },
    { code: "K3", label: "Supported accommodation", from: "2024-25", source: SRC },
    { code: "P2", label: "Independent living", until: "2023-10-27", source: SRC },
    { code: "Z11", label: "Other", description: "Split from Z1.", from: "2025-26", source: SRC },
  ] as const,
  { id: "test.Placement", title: "Placement type" },
);

describe("defineCodeList", () => {
  it("is a Zod enum whose options are the codes", () => {
    expect(Placement.options).toEqual(["U1", "H5", "K3", "P2", "Z11"]);
    expect(Placement.parse("K3")).toBe("K3");
    const bad = Placement.safeParse("Q9");
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('Not a valid code of the list "Placement type".');
  });

  it("labels codes", () => {
    expect(Placement.labelOf("U1")).toBe("Foster placement with relative or friend");
    expect(Placement.labelOf("nope")).toBeUndefined();
    expect(Placement.rowOf("Z11")?.description).toBe("Split from Z1.");
    expect(Placement.has("H5")).toBe(true);
    expect(Placement.has(5)).toBe(false);
  });

  it("tells valid, retired, not-yet-valid and unknown codes apart by collection year", () => {
    expect(Placement.statusIn("H5", "2023-24")).toBe("valid");
    expect(Placement.statusIn("H5", "2024-25")).toBe("retired");
    expect(Placement.statusIn("K3", "2023-24")).toBe("not-yet-valid");
    expect(Placement.statusIn("K3", "2024-25")).toBe("valid");
    expect(Placement.statusIn("X", "2024-25")).toBe("unknown");
    // P2 ends part-way through 2023-24: valid in that year (some days), retired the year after.
    expect(Placement.isValidIn("P2", "2023-24")).toBe(true);
    expect(Placement.isValidIn("P2", "2024-25")).toBe(false);
    expect(Placement.codesIn("2025-26")).toEqual(["U1", "K3", "Z11"]);
  });

  it("checks validity on a date, with inclusive bounds", () => {
    expect(Placement.isValidOn("P2", "2023-10-27")).toBe(true);
    expect(Placement.isValidOn("P2", "2023-10-28")).toBe(false);
    expect(Placement.isValidOn("K3", "2024-03-31")).toBe(false);
    expect(Placement.isValidOn("K3", "2024-04-01")).toBe(true);
    expect(Placement.isValidOn("H5", "2024-03-31")).toBe(true);
  });

  it("gives JSON Schema with a title for every code, nested or not", () => {
    const own = Placement.jsonSchema();
    expect(own.title).toBe("Placement type");
    expect(own.oneOf?.[0]).toEqual({ const: "U1", title: "Foster placement with relative or friend" });
    expect(own.oneOf?.[1]).toEqual({
      const: "H5",
      title: "Semi-independent living",
      description: "Valid until 2023-24.",
    });
    const nested = toJsonSchema(z.object({ place: Placement.optional() })) as {
      $defs: Record<string, { oneOf: unknown[] }>;
    };
    expect(nested.$defs["test.Placement"]?.oneOf).toHaveLength(5);
    expectSchemaAgreement(Placement, { cases: ["U1", "Z11", "Q9", "", null] });
  });

  it("refuses a malformed table when the module loads", () => {
    const dup = [
      { code: "A", label: "a", source: SRC },
      { code: "A", label: "b", source: SRC },
    ] as const;
    expect(() => defineCodeList(dup, { id: "test.Dup" })).toThrow(/repeats the code "A"/);
    expect(() =>
      defineCodeList([{ code: "A", label: "a", from: "April 2024", source: SRC }] as const, {
        id: "test.Bad",
      }),
    ).toThrow(TypeError);
  });
});
