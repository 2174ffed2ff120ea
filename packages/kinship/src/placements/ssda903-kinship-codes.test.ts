import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { arrangementTypeOfSsda903Code, SSDA903_KINSHIP_CODES, ssda903CodesOf } from "./ssda903-kinship-codes";

const reference = new URL("../../../../../shared/reference/ssda903.md", import.meta.url);

describe("SSDA903 codes that record kinship care", () => {
  it("map U1-U3 to kinship foster care and E41, E45, E47 to the orders", () => {
    expect(["U1", "U2", "U3"].map(arrangementTypeOfSsda903Code)).toEqual([
      "kinship-foster-care",
      "kinship-foster-care",
      "kinship-foster-care",
    ]);
    expect(arrangementTypeOfSsda903Code("E41")).toBe("child-arrangements-order");
    expect(arrangementTypeOfSsda903Code("E45")).toBe("special-guardianship-order");
    expect(arrangementTypeOfSsda903Code("E47")).toBe("special-guardianship-order");
    // SGOs to carers who are not relatives or friends are not kinship care.
    expect(arrangementTypeOfSsda903Code("E46")).toBeUndefined();
    expect(arrangementTypeOfSsda903Code("U4")).toBeUndefined();
    expect(ssda903CodesOf("special-guardianship-order").map((r) => r.code)).toEqual(["E45", "E47"]);
    expect(ssda903CodesOf("private-fostering")).toEqual([]);
  });

  it("use the labels of the DfE code lists in the shared reference", () => {
    let text: string;
    try {
      text = readFileSync(reference, "utf8");
    } catch {
      throw new Error(`The shared reference is missing: ${reference.pathname}`);
    }
    for (const row of SSDA903_KINSHIP_CODES) expect(text).toContain(`| ${row.code} | ${row.label} |`);
  });
});
