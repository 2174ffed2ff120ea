import { describe, expect, it } from "vitest";
import { defineReturn } from "./define-return";
import { defineTable } from "./define-table";

describe("defineTable and defineReturn", () => {
  it("keeps sent and derived columns apart", () => {
    const t = defineTable({
      name: "T",
      columns: ["ID", "A"],
      derived: ["B"],
      dates: ["A"],
      child: "ID",
      description: "A table.",
    });
    expect(t.columns).toEqual(["ID", "A"]);
    expect(t.derived).toEqual(["B"]);
    expect(t.dates).toEqual(["A"]);
  });
  it("refuses a column listed twice or a date column that is not a column", () => {
    expect(() =>
      defineTable({ name: "T", columns: ["ID", "A"], derived: ["A"], child: "ID", description: "x" }),
    ).toThrow(/listed twice/);
    expect(() =>
      defineTable({ name: "T", columns: ["ID"], dates: ["X" as "ID"], child: "ID", description: "x" }),
    ).toThrow(/not a column/);
  });
  it("refuses a table defined twice in a return", () => {
    const t = defineTable({ name: "T", columns: ["ID"], child: "ID", description: "x" });
    expect(() => defineReturn({ name: "r", tables: [t, t], parseDate: () => 0, years: [] })).toThrow(
      /defined twice/,
    );
  });
});
