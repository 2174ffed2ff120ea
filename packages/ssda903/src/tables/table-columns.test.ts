import { describe, expect, it } from "vitest";
import { TABLE_COLUMNS } from "./table-columns";
import { isTableName, TABLE_NAMES } from "./table-name";

describe("TABLE_COLUMNS", () => {
  it("gives every table a distinct column set, so a CSV file can be recognised by its columns", () => {
    const keys = TABLE_NAMES.map((t) => [...TABLE_COLUMNS[t].columns].sort().join(","));
    expect(new Set(keys).size).toBe(TABLE_NAMES.length);
  });
  it("starts every table with CHILD", () => {
    for (const t of TABLE_NAMES) expect(TABLE_COLUMNS[t].columns[0]).toBe("CHILD");
  });
  it("recognises table names exactly", () => {
    expect(isTableName("Episodes")).toBe(true);
    expect(isTableName("episodes")).toBe(false);
  });
});
