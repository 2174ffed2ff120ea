import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectSchemaAgreement } from "../testing/schema-agreement";
import { isValidNhsNumber, NhsNumber, nhsCheckDigit } from "./nhs-number";

/** Nine digits whose check digit exists (remainder 10 makes a number impossible). */
const firstNine = fc.stringMatching(/^\d{9}$/).filter((s) => nhsCheckDigit(s) !== undefined);

describe("NhsNumber", () => {
  it("accepts the standard example and strips the 3-3-4 spaces", () => {
    // 9·10+4·9+3·8+4·7+7·6+6·5+5·4+9·3+1·2 = 299; 299 mod 11 = 2; 11 - 2 = 9
    expect(nhsCheckDigit("943476591")).toBe(9);
    expect(NhsNumber.parse("9434765919")).toBe("9434765919");
    expect(NhsNumber.parse("943 476 5919")).toBe("9434765919");
  });

  it("rejects other spacing, punctuation and a wrong check digit", () => {
    for (const v of [
      "943-476-5919",
      "9434 765 919",
      " 9434765919",
      "943  476 5919",
      "9434765918",
      "943476591",
    ])
      expect(NhsNumber.safeParse(v).success).toBe(false);
    expect(NhsNumber.safeParse("9434765918").error?.issues[0]?.message).toBe(
      "The NHS number check digit does not match the other digits.",
    );
  });

  it("treats remainder 10 as impossible and 11 as check digit 0", () => {
    // 000000001: 1·2 = 2; 2 mod 11 = 2; 11 - 2 = 9.
    expect(nhsCheckDigit("000000001")).toBe(9);
    // 000000006: 6·2 = 12; 12 mod 11 = 1; 11 - 1 = 10, which no digit can be: no valid number.
    expect(nhsCheckDigit("000000006")).toBeUndefined();
    // 000000000: sum 0; 11 - 0 = 11, written 0.
    expect(nhsCheckDigit("000000000")).toBe(0);
  });

  it("accepts every generated valid number, spaced or not (property)", () => {
    fc.assert(
      fc.property(firstNine, fc.boolean(), (nine, spaced) => {
        const n = `${nine}${nhsCheckDigit(nine)}`;
        const text = spaced ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n;
        expect(NhsNumber.parse(text)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("rejects every change to the check digit (property)", () => {
    fc.assert(
      fc.property(firstNine, (nine) => {
        const good = nhsCheckDigit(nine);
        for (let d = 0; d <= 9; d++) if (d !== good) expect(isValidNhsNumber(`${nine}${d}`)).toBe(false);
        for (const ch of "aX -") expect(isValidNhsNumber(`${nine}${ch}`)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("JSON Schema checks the shape; the check digit is Zod-only", () => {
    expectSchemaAgreement(NhsNumber, {
      cases: ["9434765919", "943 476 5919", "943-476-5919", "12345", null],
      zodOnly: [{ value: "9434765918", reason: "modulus 11 check digit" }],
    });
  });
});

describe("NhsNumber issues", () => {
  it("reports a malformed number once, not also as a wrong check digit", () => {
    const issues = NhsNumber.safeParse("943-476-5919").error?.issues ?? [];
    expect(issues.map((i) => i.code)).toEqual(["invalid_format"]);
  });
});
