import { describe, expect, it } from "vitest";
import {
  inForceOn,
  provisionsByDutyHolder,
  provisionsByTheme,
  provisionsWithStatusOn,
  statusChangesBetween,
} from "./queries";

const ids = (list: readonly { id: string }[]) => list.map((p) => p.id);

describe("queries over the catalogue", () => {
  it("answers 'what was in force on 1 July 2026?'", () => {
    const inForce = ids(inForceOn("2026-07-01"));
    expect(inForce).toEqual(
      expect.arrayContaining([
        "kinship-local-offer",
        "provider-profit-cap",
        "agency-worker-regulations",
        "family-help",
        "national-framework",
        "working-together-2023",
        "kinship-allowance-pilot",
        "agency-social-worker-guidance",
      ]),
    );
    expect(inForce).not.toContain("family-group-decision-making");
    expect(inForce).not.toContain("consistent-child-identifier");
    expect(ids(inForceOn("2026-07-01", { includePartly: true }))).toEqual(
      expect.arrayContaining(["consistent-child-identifier", "provider-financial-oversight"]),
    );
  });

  it("the kinship local offer is not in force the day before commencement, and is on the day", () => {
    expect(ids(inForceOn("2026-06-28"))).not.toContain("kinship-local-offer");
    expect(ids(inForceOn("2026-06-29"))).toContain("kinship-local-offer");
  });

  it("diffs two dates: only the kinship local offer changed on 29 June 2026", () => {
    expect(statusChangesBetween("2026-06-28", "2026-06-29")).toEqual([
      { id: "kinship-local-offer", title: "Kinship local offer", from: "enacted", to: "in-force" },
    ]);
  });

  it("diffs across Royal Assent: every Part 1 clause moves out of the Bill", () => {
    const changes = statusChangesBetween("2026-04-28", "2026-04-29");
    const fgdm = changes.find((c) => c.id === "family-group-decision-making");
    expect(fgdm).toMatchObject({ from: "in-bill", to: "enacted" });
    expect(changes.find((c) => c.id === "provider-profit-cap")).toMatchObject({
      from: "in-bill",
      to: "in-force",
    });
    expect(changes.every((c) => c.from === "in-bill" || c.from === "consulted-on")).toBe(true);
    expect(changes.find((c) => c.id === "national-framework")).toBeUndefined();
  });

  it("diffs from before a provision existed to after", () => {
    const changes = statusChangesBetween("2022-01-01", "2022-06-01");
    expect(changes.find((c) => c.id === "family-group-decision-making")).toMatchObject({
      from: undefined,
      to: "proposed",
    });
  });

  it("filters by status on a date", () => {
    const inBill = ids(provisionsWithStatusOn("in-bill", "2025-06-01"));
    expect(inBill).toContain("corporate-parenting-wider-bodies");
    expect(inBill).not.toContain("national-framework");
  });

  it("filters by theme and by duty holder", () => {
    expect(ids(provisionsByTheme("kinship-care"))).toEqual(
      expect.arrayContaining([
        "kinship-local-offer",
        "kinship-allowance-pilot",
        "kinship-care-statutory-guidance",
      ]),
    );
    expect(provisionsByTheme("kinship-care").every((p) => p.theme === "kinship-care")).toBe(true);
    const ofsted = ids(provisionsByDutyHolder("ofsted"));
    expect(ofsted).toEqual(
      expect.arrayContaining(["ofsted-monetary-penalties", "ofsted-provider-group-oversight"]),
    );
    expect(ofsted).not.toContain("kinship-local-offer");
  });

  it("rejects a malformed date rather than answering 'nothing'", () => {
    expect(() => inForceOn("1 July 2026")).toThrow(RangeError);
    expect(() => statusChangesBetween("2026-02-30", "2026-07-01")).toThrow(RangeError);
  });
});
