import { readFileSync } from "node:fs";
import { commencementDateOf, dutyInForceOn } from "@childrens-social-care/reforms";
import { describe, expect, it } from "vitest";
import { requireReferencePath } from "../../../../scripts/reference";
import { describeWithReference } from "../../../../scripts/reference-suite";
import {
  CorporateParentBody,
  isCorporateParentOn,
  isLocalAuthority,
  WIDER_CORPORATE_PARENTING_COMMENCES,
} from "./corporate-parent";
import { CorporateParentingCohort, principlesApplyTo } from "./corporate-parenting-cohort";
import {
  CORPORATE_PARENTING_PRINCIPLES_STEM,
  CorporateParentingPrinciple,
  enactedText,
  paragraphOf,
} from "./corporate-parenting-principle";

const REFERENCE = ["reference", "kinship-corporate-parenting.md"];

describeWithReference("CorporateParentingPrinciple against the verified source text", [REFERENCE], () => {
  it("labels each principle with the enacted wording, word for word", () => {
    const text = readFileSync(requireReferencePath(...REFERENCE), "utf8");
    for (const p of CorporateParentingPrinciple.options) {
      const label = CorporateParentingPrinciple.labelOf(p);
      // The reference quotes s1(1) as "(a) to act in ...;" (the last ends with a full stop and quote).
      expect(text).toMatch(
        new RegExp(`\\(${paragraphOf(p)}\\) ${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[;."]`),
      );
    }
    expect(text).toContain(CORPORATE_PARENTING_PRINCIPLES_STEM);
  });
});

describe("CorporateParentingPrinciple (CSWA 2017 s1(1))", () => {
  it("has seven principles, (a) to (g), in order", () => {
    expect(CorporateParentingPrinciple.options).toHaveLength(7);
    expect(CorporateParentingPrinciple.options.map(paragraphOf)).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
    expect(CorporateParentingPrinciple.rowOf("prepare-for-adulthood")?.description).toBe("s1(1)(g)");
  });

  it("uses the enacted (a), not the Bill's", () => {
    expect(CorporateParentingPrinciple.labelOf("best-interests-health-wellbeing")).toBe(
      "to act in the best interests, and promote the physical and mental health and well-being, of those children and young people",
    );
    expect(CorporateParentingPrinciple.labelOf("best-interests-health-wellbeing")).not.toContain(
      "promote the health and well-being",
    );
  });

  it("reads in full as the section does", () => {
    expect(enactedText("encourage-views-wishes-feelings")).toBe(
      `${CORPORATE_PARENTING_PRINCIPLES_STEM} (b) to encourage those children and young people to express their views, wishes and feelings`,
    );
  });
});

describe("who the principles apply to (s1(2))", () => {
  it("covers looked-after and relevant children, and former relevant children under 25", () => {
    expect(CorporateParentingCohort.options).toEqual([
      "looked-after-child",
      "relevant-child",
      "former-relevant-child-under-25",
    ]);
    expect(principlesApplyTo("former-relevant-child-under-25", 24)).toBe(true);
    expect(principlesApplyTo("former-relevant-child-under-25", 25)).toBe(false);
    expect(principlesApplyTo("looked-after-child", 17)).toBe(true);
  });
});

describe("corporate parent bodies", () => {
  it("are the English local authorities of s1(3), and the wider bodies of the 2026 Act once it commences", () => {
    expect(CorporateParentBody.options.filter(isLocalAuthority)).toEqual([
      "county-council",
      "district-council",
      "london-borough-council",
      "common-council-city-of-london",
      "council-isles-of-scilly",
      "combined-authority",
    ]);
    // The reforms catalogue answers: no commencement to 30 June 2026 (the day statuses are verified to),
    // so no wider body was a corporate parent then; after it, not known until commencement is recorded.
    expect(isCorporateParentOn("ofsted", "2026-04-28")).toBe(false);
    expect(isCorporateParentOn("ofsted", "2026-06-30")).toBe(false);
    expect(isCorporateParentOn("ofsted", "2026-11-23")).toBeUndefined();
    expect(WIDER_CORPORATE_PARENTING_COMMENCES).toBeUndefined();
    expect(WIDER_CORPORATE_PARENTING_COMMENCES).toBe(commencementDateOf("corporate-parenting-wider-bodies"));
    expect(isCorporateParentOn("ofsted", "2026-11-23")).toBe(
      dutyInForceOn("corporate-parenting-wider-bodies", "2026-11-23"),
    );
    expect(isCorporateParentOn("london-borough-council", "2018-04-01")).toBe(true);
    expect(isCorporateParentOn("london-borough-council", "2018-03-31")).toBe(false);
    // The fixture minutes expected the judiciary and the police; the named bodies include neither.
    expect(CorporateParentBody.has("police")).toBe(false);
    expect(CorporateParentBody.has("school")).toBe(true);
  });
});
