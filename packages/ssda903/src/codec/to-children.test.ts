import { describe, expect, it } from "vitest";
import { READ_RULES } from "./read-issue";
import { readReturn } from "./read-return";
import { toChildren } from "./to-children";

describe("toChildren", () => {
  const { return: ret } = readReturn([
    {
      name: "header.csv",
      data: "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nC1,F,29/02/2012,WBRI,UN1,0,\nC2,M,31/04/2015,AIND,,,\n",
    },
    {
      name: "episodes.csv",
      data: [
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
        "C1,01/04/2024,S,C2,N1,U6,PR1,01/06/2024,X1,CARPL,AB1 2CD,EF3 4GH,",
        "C1,01/06/2024,P,C2,N1,U4,PR1,,,,AB1 2CD,IJ5 6KL,",
        ",01/06/2024,S,C2,N1,U4,PR1,,,,,,",
      ].join("\n"),
    },
    {
      name: "prevperm.csv",
      data: "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\nC1,29/02/2012,P1,123,ZZ/05/2021\n",
    },
    { name: "uasc.csv", data: "CHILD,SEX,DOB,DUC\nC2,M,31/04/2015,01/01/2033\n" },
  ]);
  const { children, issues } = toChildren(ret);

  it("groups each child's records with ISO dates", () => {
    expect(children.map((c) => c.childId)).toEqual(["C1", "C2"]);
    const c1 = children[0];
    expect(c1?.dateOfBirth).toBe("2012-02-29");
    expect(c1?.episodes).toHaveLength(2);
    expect(c1?.episodes[0]).toMatchObject({
      startDate: "2024-04-01",
      endDate: "2024-06-01",
      placementType: "U6",
      reasonEpisodeCeased: "X1",
    });
    expect(c1?.episodes[1]?.endDate).toBeNull();
    expect(children[1]?.uasc).toEqual({ dateUascCeases: "2033-01-01" });
  });

  it("keeps a ZZ previous-permanence date as recorded, unreported", () => {
    expect(children[0]?.previousPermanence).toEqual({
      option: "P1",
      localAuthority: "123",
      date: null,
      dateAsRecorded: "ZZ/05/2021",
    });
  });

  it("reports an impossible date and a record with no child, naming table, row, field and line but not the value", () => {
    expect(children[1]?.dateOfBirth).toBeNull();
    expect(issues).toEqual([
      expect.objectContaining({
        rule: READ_RULES.invalidDate,
        path: ["DOB"],
        location: { table: "Header", row: 1, file: "header.csv", line: 3, childId: "C2" },
      }),
      expect.objectContaining({
        rule: READ_RULES.missingChildId,
        location: expect.objectContaining({ table: "Episodes", row: 2, line: 4 }),
      }),
    ]);
    // The DOB copied onto other tables (here UASC) is not mapped: the child's DOB is the Header's.
    for (const i of issues) expect(i.message).not.toContain("31/04/2015");
  });
});
