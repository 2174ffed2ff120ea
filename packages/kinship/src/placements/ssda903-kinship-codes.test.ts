import { PlacementType, ReasonEpisodeCeased } from "@childrens-social-care/placements";
import { describe, expect, it } from "vitest";
import { arrangementTypeOfSsda903Code, SSDA903_KINSHIP_CODES, ssda903CodesOf } from "./ssda903-kinship-codes";

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

  it("are codes of the placements package's lists, whose labels name relatives or friends", () => {
    for (const row of SSDA903_KINSHIP_CODES) {
      const list = row.field === "PLACE" ? PlacementType : ReasonEpisodeCeased;
      expect(list.has(row.code), row.code).toBe(true);
      expect(row.label).toBe(list.labelOf(row.code));
      if (row.code !== "E41") expect(row.label, row.code).toMatch(/relative\(s\) or friend\(s\)/);
    }
    expect(SSDA903_KINSHIP_CODES.find((r) => r.code === "E41")?.label).toMatch(/child arrangement/);
  });
});
