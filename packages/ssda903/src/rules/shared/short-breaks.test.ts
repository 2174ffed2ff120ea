import { LegalStatus } from "@childrens-social-care/placements";
import { describe, expect, it } from "vitest";
import { isShortBreak, SHORT_BREAKS } from "./short-breaks";

describe("short breaks", () => {
  it("are the legal statuses V3 and V4 of the DfE code set, in every supported year", () => {
    for (const code of SHORT_BREAKS) expect(LegalStatus.isValidIn(code, "2022-23")).toBe(true);
    expect([...SHORT_BREAKS]).toEqual(["V3", "V4"]);
  });
  it("compares the code exactly as sent (the letter-case decision)", () => {
    expect(isShortBreak("V3")).toBe(true);
    expect(isShortBreak("v3")).toBe(false);
    expect(isShortBreak(null)).toBe(false);
  });
});
