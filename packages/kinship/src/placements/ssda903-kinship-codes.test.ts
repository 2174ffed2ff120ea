import { PlacementType, ReasonEpisodeCeased } from "@childrens-social-care/placements";
import { describe, expect, it } from "vitest";
import {
  arrangementTypeOfSsda903Code,
  SSDA903_KINSHIP_CODES,
  ssda903CodesOf,
  ssda903KinshipCertainty,
} from "./ssda903-kinship-codes";

describe("SSDA903 codes that record kinship care", () => {
  it("map U1-U3 to kinship foster care and E45, E47 to special guardianship", () => {
    expect(["U1", "U2", "U3"].map((c) => arrangementTypeOfSsda903Code(c))).toEqual([
      "kinship-foster-care",
      "kinship-foster-care",
      "kinship-foster-care",
    ]);
    expect(arrangementTypeOfSsda903Code("E45")).toBe("special-guardianship-order");
    expect(arrangementTypeOfSsda903Code("E47")).toBe("special-guardianship-order");
    // SGOs to carers who are not relatives or friends are not kinship care.
    expect(arrangementTypeOfSsda903Code("E46")).toBeUndefined();
    expect(arrangementTypeOfSsda903Code("U4")).toBeUndefined();
    expect(ssda903CodesOf("special-guardianship-order").map((r) => r.code)).toEqual(["E45", "E47"]);
    expect(ssda903CodesOf("private-fostering")).toEqual([]);
  });

  it("count E41 as kinship only when the carer is connected to the child (it covers unrelated former foster carers)", () => {
    expect(ssda903KinshipCertainty("E41")).toBe("possibly-kinship");
    expect(ssda903KinshipCertainty("U1")).toBe("kinship");
    expect(ssda903KinshipCertainty("E46")).toBeUndefined();
    expect(arrangementTypeOfSsda903Code("E41")).toBeUndefined();
    expect(arrangementTypeOfSsda903Code("E41", "not-connected")).toBeUndefined();
    expect(arrangementTypeOfSsda903Code("E41", "grandparent")).toBe("child-arrangements-order");
    expect(arrangementTypeOfSsda903Code("E41", "friend-of-parent")).toBe("child-arrangements-order");
    // A code that is kinship by itself does not depend on the carer given.
    expect(arrangementTypeOfSsda903Code("E45", "not-connected")).toBe("special-guardianship-order");
    expect(ssda903CodesOf("child-arrangements-order").map((r) => [r.code, r.kinship])).toEqual([
      ["E41", "possibly-kinship"],
    ]);
  });

  it("are codes of the placements package's lists, whose labels name relatives or friends", () => {
    for (const row of SSDA903_KINSHIP_CODES) {
      const list = row.field === "PLACE" ? PlacementType : ReasonEpisodeCeased;
      expect(list.has(row.code), row.code).toBe(true);
      expect(row.label).toBe(list.labelOf(row.code));
      if (row.kinship === "kinship") expect(row.label, row.code).toMatch(/relative\(s\) or friend\(s\)/);
      else expect(row.label, row.code).not.toMatch(/relative|friend/);
    }
    expect(SSDA903_KINSHIP_CODES.find((r) => r.code === "E41")?.label).toMatch(/child arrangement/);
  });
});
