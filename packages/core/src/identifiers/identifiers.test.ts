import { describe, expect, it } from "vitest";
import { expectSchemaAgreement } from "../testing/schema-agreement";
import { GssCode, gssEntityOf } from "./gss-code";
import { gssCodeOfLa, gssCodesOfLa, laNumberOfGss } from "./la-gss-codes";
import { LaNumber, LOCAL_AUTHORITIES } from "./la-number";
import { isSocialCareUrn, OfstedUrn } from "./ofsted-urn";
import { normaliseUkPostcode, postcodeDistrict, UkPostcode } from "./uk-postcode";
import { isUpnLaNumber } from "./upn-la-numbers";

describe("LaNumber", () => {
  it("names councils and knows reorganisations", () => {
    expect(LaNumber.labelOf("805")).toBe("Hartlepool");
    expect(LaNumber.labelOf("318")).toBe("Richmond upon Thames");
    expect(LaNumber.isValidIn("909", "2022-23")).toBe(true); // Cumbria's last year
    expect(LaNumber.statusIn("909", "2023-24")).toBe("retired");
    expect(LaNumber.statusIn("942", "2022-23")).toBe("not-yet-valid"); // Cumberland from 2023-24
    expect(LaNumber.isValidIn("942", "2023-24")).toBe(true);
    expect(LaNumber.statusIn("999", "2023-24")).toBe("unknown");
  });

  it("maps to and from ONS codes, including a council's earlier code", () => {
    expect(gssCodeOfLa("318")).toBe("E09000027");
    expect(laNumberOfGss("E09000027")).toBe("318");
    expect(laNumberOfGss("E10000023")).toBe("815"); // North Yorkshire as a county
    expect(laNumberOfGss("E06000065")).toBe("815"); // and as a unitary council
    expect(gssCodeOfLa("820")).toBeUndefined(); // Bedfordshire County Council: no code held
  });

  it("holds every council's number once, and every number is one a UPN may carry", () => {
    const codes = LOCAL_AUTHORITIES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(isUpnLaNumber(c)).toBe(true);
    // 152 councils with children's services duties in 2022-23 (ONS April 2021 upper tier).
    expect(LaNumber.codesIn("2022-23")).toHaveLength(152);
    // Cumbria split in two, North Yorkshire and Somerset kept their numbers: 153 in 2023-24.
    expect(LaNumber.codesIn("2023-24")).toHaveLength(153);
    for (const r of LOCAL_AUTHORITIES)
      for (const p of gssCodesOfLa(r.code)) expect(GssCode.safeParse(p.code).success, r.code).toBe(true);
  });
});

describe("GssCode", () => {
  it("accepts English local authority entity codes only", () => {
    for (const c of ["E06000001", "E07000008", "E08000025", "E09000027", "E10000014"])
      expect(GssCode.safeParse(c).success).toBe(true);
    for (const c of ["W06000001", "E05000001", "E11000001", "E0900002", "e09000027"])
      expect(GssCode.safeParse(c).success).toBe(false);
    expect(gssEntityOf("E09000027")).toBe("london-borough");
    expect(gssEntityOf("E10000014")).toBe("county");
  });

  it("JSON Schema agrees", () => {
    expectSchemaAgreement(GssCode, { cases: ["E06000001", "E11000001", "", 9] });
  });
});

describe("OfstedUrn", () => {
  it("accepts SC plus six digits and 6–7 digit URNs", () => {
    for (const u of ["SC123456", "123456", "1500805"]) expect(OfstedUrn.safeParse(u).success).toBe(true);
    for (const u of ["SC12345", "sc123456", "XXXXXXX", "12345", "12345678"])
      expect(OfstedUrn.safeParse(u).success).toBe(false);
    expect(isSocialCareUrn("SC123456")).toBe(true);
    expect(isSocialCareUrn("123456")).toBe(false);
  });

  it("JSON Schema agrees", () => {
    expectSchemaAgreement(OfstedUrn, { cases: ["SC123456", "1500805", "XXXXXXX", "SC1234567"] });
  });
});

describe("UkPostcode", () => {
  it("accepts every outward-code shape and normalises", () => {
    const cases: [string, string][] = [
      ["M1 1AE", "M1 1AE"],
      ["m11ae", "M1 1AE"],
      ["B33 8TH", "B33 8TH"],
      ["CR2 6XH", "CR2 6XH"],
      ["DN55 1PT", "DN55 1PT"],
      ["W1A 0AX", "W1A 0AX"],
      ["ec1a1bb", "EC1A 1BB"],
      ["GIR 0AA", "GIR 0AA"],
    ];
    for (const [input, out] of cases) expect(UkPostcode.parse(input)).toBe(out);
    expect(postcodeDistrict("sw1a1aa")).toBe("SW1A");
    expect(normaliseUkPostcode("ec1a  1bb")).toBe("EC1A 1BB");
  });

  it("rejects non-postcodes", () => {
    // Q, V and X never start a postcode; C, I, K, M, O, V never end one.
    for (const p of ["QA1 1AA", "SW1A 1AC", "SW1A1A", "12345", "SW1A 1AA X", ""])
      expect(UkPostcode.safeParse(p).success).toBe(false);
  });

  it("JSON Schema agrees on the input side", () => {
    expectSchemaAgreement(UkPostcode, {
      cases: ["M1 1AE", "ec1a1bb", "gir 0aa", "QA1 1AA", "SW1A 1AC", " SW1A 1AA "],
    });
  });
});
