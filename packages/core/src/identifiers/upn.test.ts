import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectSchemaAgreement } from "../testing/schema-agreement";
import { isValidUpn, Upn, upnCheckLetter, upnProblem } from "./upn";
import { UPN_LA_NUMBERS } from "./upn-la-numbers";

const ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";

/** Any UPN body: a recognised LA number, 8 digits, then a digit or (temporary UPN) an allowed letter. */
const upnBody = fc
  .tuple(
    fc.constantFrom(...UPN_LA_NUMBERS),
    fc.stringMatching(/^\d{8}$/),
    fc.oneof(fc.stringMatching(/^\d$/), fc.constantFrom(...ALPHABET)),
  )
  .map(([la, mid, last]) => `${la}${mid}${last}`);

describe("Upn", () => {
  it("accepts the worked examples (reference/identifiers.md)", () => {
    // 8·2 + 0·3 + 1·4 + 2·5 + 0·6 + 0·7 + 0·8 + 0·9 + 5·10 + 0·11 + 0·12 + 1·13 = 93; 93 mod 23 = 1 -> B
    expect(upnCheckLetter("801200005001")).toBe("B");
    expect(Upn.parse("B801200005001")).toBe("B801200005001");
    // The weighted sum of 207000016049 is 266 (not 267): 266 mod 23 = 13 -> P, so Q… is wrong.
    expect(isValidUpn("P207000016049")).toBe(true);
    expect(isValidUpn("Q207000016049")).toBe(false);
  });

  it("values a temporary UPN's final letter by the same alphabet", () => {
    // 801200005 00 then 'A' (value 0): sum = 93 - 13·1 = 80; 80 mod 23 = 11 -> M
    expect(upnCheckLetter("80120000500A")).toBe("M");
    expect(isValidUpn("M80120000500A")).toBe(true);
  });

  it("rejects bad shapes, letters I/O/S and unknown LA numbers, naming the problem but not the value", () => {
    expect(upnProblem("B80120000500")).toMatch(/13 characters/);
    expect(isValidUpn("I801200005001")).toBe(false);
    expect(isValidUpn("b801200005001")).toBe(false);
    const notAnLa = `${upnCheckLetter("999200005001")}999200005001`;
    expect(upnProblem(notAnLa)).toMatch(/LA number/);
    expect(upnProblem(notAnLa)).not.toContain("999");
  });

  it("accepts every generated valid UPN (property)", () => {
    fc.assert(
      fc.property(upnBody, (body) => {
        const upn = `${upnCheckLetter(body)}${body}`;
        expect(Upn.safeParse(upn).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("rejects every single-character change to the check letter (property)", () => {
    fc.assert(
      fc.property(upnBody, (body) => {
        const good = upnCheckLetter(body);
        for (const other of `${ALPHABET}IOS0123456789a`) {
          if (other === good) continue;
          expect(Upn.safeParse(`${other}${body}`).success).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("JSON Schema checks the shape; the check letter and LA number are Zod-only", () => {
    expectSchemaAgreement(Upn, {
      cases: ["B801200005001", "M80120000500A", "B80120000500", "I801200005001", 42],
      zodOnly: [
        { value: "A801200005001", reason: "modulus 23 check letter" },
        { value: `${upnCheckLetter("999200005001")}999200005001`, reason: "LA number list" },
      ],
    });
  });
});
