import { describe, expect, it } from "vitest";
import { SSDA903 } from "../tables/ssda903-return";
import { ALL_RULES } from "./all-rules";
import { ruleCatalogue } from "./rule-catalogue";

describe("every SSDA903 rule's metadata", () => {
  it("names a source with a URL of the DfE's published validation rules", () => {
    for (const rule of ALL_RULES) {
      expect(rule.source.url, rule.code).toMatch(
        /^https:\/\/www\.gov\.uk\/government\/publications\/children-looked-after-return-20\d\d-to-20\d\d-technical-specifications$/,
      );
      expect(rule.source.ref, rule.code).toBe(`rule ${rule.code}`);
    }
  });

  it("links a rule to the spec of the last year it holds in", () => {
    const rule445 = ALL_RULES.find((r) => r.code === "445"); // deleted in 2024-25
    expect(rule445?.until).toBe("2023-24");
    expect(rule445?.source.url).toContain("2023-to-2024");
  });

  it("declares only fields that are columns of the tables it reads (checked at compile time too)", () => {
    for (const rule of ALL_RULES) {
      const columns = new Set<string>(
        [...rule.tables, ...rule.optionalTables].flatMap((t) => [
          ...SSDA903.tables[t].columns,
          ...SSDA903.tables[t].derived,
        ]),
      );
      for (const field of rule.fields) expect(columns.has(field), `${rule.code}.${field}`).toBe(true);
    }
  });

  it("gives a message for every check a rule names", () => {
    for (const rule of ALL_RULES) {
      expect(rule.message.length, rule.code).toBeGreaterThan(10);
      for (const [key, text] of Object.entries(rule.messages))
        expect(text.length, `${rule.code}/${key}`).toBeGreaterThan(10);
    }
    expect(ruleCatalogue().length).toBe(ALL_RULES.length);
  });
});
