import { LegalStatus } from "@childrens-social-care/placements";
import { describe, expect, it } from "vitest";
import { codesIn } from "./code-sets";

describe("codesIn", () => {
  it("builds one set of codes per list and year", () => {
    const a = codesIn(LegalStatus, "2024-25");
    expect(a.has("C2")).toBe(true);
    expect(a.has("c2")).toBe(false);
    expect(codesIn(LegalStatus, "2024-25")).toBe(a);
  });
});
