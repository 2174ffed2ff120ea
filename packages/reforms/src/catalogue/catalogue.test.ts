import { describe, expect, it } from "vitest";
import { Provision } from "../model/provision";
import { ReformSource } from "../model/reform-source";
import { careProvisions } from "./act-2026-care";
import { providerProvisions } from "./act-2026-providers";
import { safeguardingProvisions } from "./act-2026-safeguarding";
import { schoolProvisions } from "./act-2026-schools";
import { programmeProvisions } from "./programmes";
import { catalogueInfo, provisionById, provisions } from "./provisions";
import { sourceById, sources } from "./sources";

const raw = [
  ...safeguardingProvisions,
  ...careProvisions,
  ...providerProvisions,
  ...schoolProvisions,
  ...programmeProvisions,
];

describe("the catalogue", () => {
  it("validates entry by entry against the Provision schema", () => {
    for (const entry of raw) {
      const result = Provision.safeParse(entry);
      expect(result.error?.issues, entry.id).toBeUndefined();
    }
  });

  it("holds at least 25 provisions with unique ids", () => {
    expect(provisions.length).toBeGreaterThanOrEqual(25);
    expect(new Set(provisions.map((p) => p.id)).size).toBe(provisions.length);
  });

  it("gives every provision a source and a legal basis or a stated reason it has none", () => {
    for (const p of provisions) {
      expect(p.sourceIds.length, p.id).toBeGreaterThan(0);
      if (p.legalBasis.kind === "legislation")
        expect(p.legalBasis.references.length, p.id).toBeGreaterThan(0);
      else expect(p.legalBasis.reason.length, p.id).toBeGreaterThan(10);
    }
  });

  it("cites only sources that exist, for provisions, events and commencement", () => {
    const cited = new Set<string>();
    for (const p of provisions) {
      const ids = [...p.sourceIds, ...p.history.flatMap((e) => e.sourceIds), ...p.commencement.sourceIds];
      for (const id of ids) {
        expect(sourceById(id), `${p.id} cites ${id}`).toBeDefined();
        cited.add(id);
      }
    }
    // And every source is used by something, so the list carries no dead entries.
    expect(sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it("dates no event before the source that evidences it", () => {
    for (const p of provisions) {
      for (const e of p.history) {
        const earliest = Math.min(
          ...e.sourceIds.map((id) => Date.parse(sourceById(id)?.date ?? "9999-12-31")),
        );
        expect(Date.parse(e.date), `${p.id} ${e.status} ${e.date}`).toBeGreaterThanOrEqual(earliest);
      }
    }
  });

  it("says what would verify every unverified provision and reference", () => {
    for (const p of provisions) {
      if (!p.verified) expect(p.verifyBy.length, p.id).toBeGreaterThan(0);
      if (p.legalBasis.kind !== "legislation") continue;
      for (const r of p.legalBasis.references)
        if (!r.verified) expect((r.verifyBy ?? "").length, `${p.id} ${r.section}`).toBeGreaterThanOrEqual(10);
    }
  });

  it("states what is open wherever a fact is unverified", () => {
    for (const p of provisions) {
      const unverifiedRef =
        p.legalBasis.kind === "legislation" && p.legalBasis.references.some((r) => !r.verified);
      if (!p.verified) expect(p.openQuestions.length, p.id).toBeGreaterThan(0);
      if (unverifiedRef) expect(p.openQuestions.length + (p.verified ? 0 : 1), p.id).toBeGreaterThan(0);
    }
  });

  it("covers every children's social care measure of Part 1 of the 2026 Act that could be identified", () => {
    const part1 = [
      "family-group-decision-making", // s1
      "education-in-safeguarding-arrangements", // s2
      "multi-agency-child-protection-teams", // s3
      "information-sharing-duty", // s4
      "consistent-child-identifier", // s4
      "kinship-local-offer", // s5
      "virtual-school-head-duty", // s6
      "staying-close-support", // s7
      "care-leaver-local-offer", // s8
      "regional-care-cooperatives", // s12
      "deprivation-of-liberty", // s13
      "ofsted-provider-group-oversight", // s14
      "ofsted-monetary-penalties", // s15
      "provider-financial-oversight", // s16
      "provider-profit-cap", // s17
      "agency-worker-regulations",
      "corporate-parenting-wider-bodies",
    ];
    for (const id of part1) {
      const p = provisionById(id);
      expect(p, id).toBeDefined();
      expect(p?.sourceIds, id).toContain("cws-act-2026");
      expect(
        p?.history.some((e) => e.status === "enacted" && e.date === "2026-04-29"),
        id,
      ).toBe(true);
    }
  });

  it("covers the major reforms made without legislation", () => {
    for (const id of [
      "family-help",
      "national-framework",
      "kinship-allowance-pilot",
      "staying-close-programme",
    ]) {
      expect(
        provisionById(id)?.legalBasis.kind === "none" || provisionById(id)?.kind === "statutory-guidance",
        id,
      ).toBe(true);
    }
  });

  it("says what it could not establish", () => {
    expect(catalogueInfo.statusCheckedTo).toBe("2026-06-30");
    expect(catalogueInfo.lastSearchedOn).toBe("2026-12-04");
    expect(catalogueInfo.statusChecks.map((c) => c.on)).toEqual(["2026-12-04"]);
    expect(catalogueInfo.gaps.length).toBeGreaterThan(0);
    expect(catalogueInfo.gaps[0]).toMatch(/sections 9-11 and 18-21/);
  });
});

describe("the sources", () => {
  it("validate, have unique ids and are listed oldest first", () => {
    for (const s of sources) expect(ReformSource.safeParse(s).success, s.id).toBe(true);
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
    const dates = sources.map((s) => s.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it("include each document the issue names, with its kind and date", () => {
    const expected: [string, string, string][] = [
      ["care-review-2022", "review", "2022-05-23"],
      ["stable-homes-built-on-love-2023", "strategy", "2023-02-02"],
      ["national-framework-2023", "guidance", "2023-12-15"],
      ["championing-kinship-care-2023", "strategy", "2023-12-15"],
      ["keeping-children-safe-2024", "policy-paper", "2024-11-18"],
      ["cws-bill-2024", "bill", "2024-12-17"],
      ["cws-act-2026", "act", "2026-04-29"],
      ["working-together-2023", "guidance", "2023-12-15"],
      ["kinship-care-guidance-2024", "guidance", "2024-10-11"],
    ];
    for (const [id, kind, date] of expected) {
      expect(sourceById(id), id).toMatchObject({ kind, date });
    }
  });

  it("give legislation.gov.uk as the home of the Act", () => {
    expect(sourceById("cws-act-2026")?.url).toBe("https://www.legislation.gov.uk/ukpga/2026/21");
  });
});
