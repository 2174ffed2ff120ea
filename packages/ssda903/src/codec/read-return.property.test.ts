import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TABLE_COLUMNS } from "../tables/table-columns";
import { readReturn } from "./read-return";

// The reader faces files from any system; whatever the bytes, it must return issues, not throw.
describe("readReturn never throws", () => {
  it("on arbitrary bytes", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom("auto", "utf-8", "windows-1252") as fc.Arbitrary<"auto">,
        (data, encoding) => {
          const result = readReturn([{ name: "f", data }], { encoding });
          expect(Array.isArray(result.issues)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("on arbitrary text after a real header row or XML prologue", () => {
    const prefix = fc.constantFrom(
      `${TABLE_COLUMNS.Episodes.columns.join(",")}\n`,
      "<EXPSSDA903><CHILD><HEADER>",
      '<?xml version="1.0"?><EXPSSDA903>',
      "",
    );
    const noise = fc.string({
      unit: fc.constantFrom(
        ",",
        '"',
        "\n",
        "\r",
        "<",
        ">",
        "/",
        "a",
        "1",
        "CHILD",
        "EPISODE",
        "&",
        " ",
        "\uFEFF",
      ),
      maxLength: 200,
    });
    fc.assert(
      fc.property(prefix, noise, (p, n) => {
        expect(() => readReturn([{ name: "f", data: p + n }])).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
