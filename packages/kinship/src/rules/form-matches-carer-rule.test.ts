import { findPersonalDataLeaks } from "@childrens-social-care/core";
import { describe, expect, it } from "vitest";
import {
  type InformalKinshipCareArrangement,
  KinshipArrangement,
  type PrivateFamilyArrangement,
} from "../arrangement/kinship-arrangement";
import { validateKinshipArrangement } from "../arrangement/validate-kinship-arrangement";
import { allForms, kinshipFoster, privateFostering, sgo } from "../fixtures";
import { informalFormMatchesCarer } from "./form-matches-carer-rule";

const pfa = allForms[3] as PrivateFamilyArrangement;
const informal = allForms[4] as InformalKinshipCareArrangement;

describe("informal forms match the carer (s105 close relatives)", () => {
  it("accept a sibling's private family arrangement and a friend's informal care", () => {
    expect(informalFormMatchesCarer.check(pfa)).toEqual([]);
    expect(informalFormMatchesCarer.check(informal)).toEqual([]);
  });

  it("report a cousin in a private family arrangement, and a grandparent in other informal care", () => {
    expect(
      informalFormMatchesCarer.check({
        ...pfa,
        carers: [{ personId: "P-5", relationship: "other-relative" }],
      }),
    ).toEqual([expect.objectContaining({ path: ["carers", 0, "relationship"] })]);
    expect(
      informalFormMatchesCarer.check({
        ...informal,
        carers: [{ personId: "P-6", relationship: "grandparent" }],
      }),
    ).toHaveLength(1);
  });
});

describe("no rule message contains personal data", () => {
  // Records broken in every way the rules catch; their messages must not name the child or carers.
  const broken: unknown[] = [
    { ...pfa, carers: [{ personId: "P-5", relationship: "friend-of-child" }] },
    {
      ...privateFostering,
      notifiedOn: "2024-03-20",
      carers: [{ personId: "P-4", relationship: "grandparent" }],
    },
    { ...sgo, application: { route: "application", madeOn: "2024-02-01" } },
    {
      ...kinshipFoster,
      approval: {
        stage: "temporary",
        temporaryApprovalOn: "2024-01-08",
        extensions: [{ reason: "full-assessment-incomplete", grantedOn: "2024-05-01", endsOn: "2024-07-30" }],
      },
    },
  ];

  it.each(broken.map((b, i) => [i, b]))("record %i", (_i, record) => {
    const report = validateKinshipArrangement(record, { asOf: "2024-09-01" });
    expect(report.issues.length).toBeGreaterThan(0);
    const messages = report.issues.map((i) => i.message);
    expect(findPersonalDataLeaks(KinshipArrangement, record, messages)).toEqual([]);
  });
});
