import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text";

describe("decodeText locates the first byte that is not UTF-8", () => {
  const bytes = new Uint8Array([...new TextEncoder().encode("CHILD,SEX\r\nC1,F\r\nC2,"), 0xe9, 0x0d, 0x0a]);
  it("in strict UTF-8 mode (an error)", () => {
    const { issues } = decodeText("header.csv", bytes, "utf-8");
    expect(issues[0]?.location).toEqual({ file: "header.csv", line: 3, column: 4 });
  });
  it("in auto mode (a warning, read as Windows-1252)", () => {
    const { text, issues } = decodeText("header.csv", bytes, "auto");
    expect(text.endsWith("C2,é\r\n")).toBe(true);
    expect(issues[0]?.location).toEqual({ file: "header.csv", line: 3, column: 4 });
  });
});
