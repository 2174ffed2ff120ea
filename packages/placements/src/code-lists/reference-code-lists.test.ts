import type { CodeList } from "@childrens-social-care/core";
import { describe, expect, it } from "vitest";
import { describeWithReference } from "../../../../scripts/reference-suite";
import { REFERENCE_CODE_LISTS, type ReferenceField, readReferenceCodeLists } from "../testing/reference-data";
import { AdopterLegalStatus } from "./adopter-legal-status";
import { AdopterSex } from "./adopter-sex";
import { CareLeaverAccommodation } from "./care-leaver-accommodation";
import { CareLeaverActivity } from "./care-leaver-activity";
import { CareLeaverInTouch } from "./care-leaver-in-touch";
import { CategoryOfNeed } from "./category-of-need";
import { Ethnicity } from "./ethnicity";
import { LegalStatus } from "./legal-status";
import { MissingType } from "./missing-type";
import { PlacementProvider } from "./placement-provider";
import { PlacementType } from "./placement-type";
import { PreviousPermanence } from "./previous-permanence";
import { ReasonEpisodeCeased } from "./reason-episode-ceased";
import { ReasonNewEpisode } from "./reason-new-episode";
import { ReasonPlaceChange } from "./reason-place-change";
import { ReasonPlacedForAdoptionCeased } from "./reason-placed-for-adoption-ceased";
import { ReviewParticipation } from "./review-participation";
import { SdqReason } from "./sdq-reason";
import { Sex } from "./sex";
import { SocialWorkerChangeReason } from "./social-worker-change-reason";
import { UascStatus } from "./uasc-status";
import { UpnUnknownReason } from "./upn-unknown-reason";

// Read only inside the guarded suite below: without the shared data the suite is skipped.
let reference: Readonly<Record<string, ReferenceField>> = {};

// The years each reference project covers (903_code_lists.json `_notes`): outside these a project has no
// opinion, inside them a code it does not list is one it rejects.
const D2I_YEARS = ["2022-23", "2023-24", "2024-25", "2025-26", "2026-27"];
const LIIA_YEARS = [
  "2016-17",
  "2017-18",
  "2018-19",
  "2019-20",
  "2020-21",
  "2021-22",
  "2022-23",
  "2023-24",
  "2024-25",
  "2025-26",
];
const ALL_YEARS = [...new Set([...LIIA_YEARS, ...D2I_YEARS])].sort();

// Every year on which the projects disagree, with the verdict we chose (the reason is in each list's
// source comment). A disagreement missing here fails the test, and so does a decision that no longer
// matches a disagreement.
const DECISIONS: Record<string, Record<string, Record<string, boolean>>> = {
  PLACE: {
    H5: { "2024-25": false }, // liia-tools-pipeline drops it; D2I 2024-25 rule 146 not yet updated
    P2: { "2024-25": false }, // not valid from 28 October 2023 (D2I rule 217t)
    K3: { "2024-25": true }, // D2I 2024-25 lists "k3" (lower case, a bug)
    Z1: { "2025-26": false }, // split into Z11-Z14 (D2I 2025-26)
  },
  ACCOM: {
    S1: { "2022-23": false, "2023-24": false, "2024-25": false, "2025-26": false }, // D2I rule 133
    X1: { "2022-23": false, "2023-24": false, "2024-25": false, "2025-26": false }, // D2I rule 133
  },
};

// Where a project lists membership for a field, in which years (from `membership_sources`).
function coverage(field: string): { d2i: Set<string>; liia: Set<string> } {
  const sources = reference[field]?.membership_sources;
  return {
    d2i: new Set(Object.keys(sources?.d2i ?? {}).length ? D2I_YEARS : []),
    liia: new Set(Object.keys(sources?.liia ?? {}).length ? LIIA_YEARS : []),
  };
}

const LISTS: [string, CodeList<string>][] = [
  ["PLACE", PlacementType],
  ["LS", LegalStatus],
  ["RNE", ReasonNewEpisode],
  ["REC", ReasonEpisodeCeased],
  ["PLACE_PROVIDER", PlacementProvider],
  ["CIN", CategoryOfNeed],
  ["REASON_PLACE_CHANGE", ReasonPlaceChange],
  ["SEX", Sex],
  ["ETHNIC", Ethnicity],
  ["UASC", UascStatus],
  ["UPN_UNKNOWN", UpnUnknownReason],
  ["REVIEW_CODE", ReviewParticipation],
  ["MISSING", MissingType],
  ["IN_TOUCH", CareLeaverInTouch],
  ["ACTIV", CareLeaverActivity],
  ["ACCOM", CareLeaverAccommodation],
  ["SEX_ADOPTR", AdopterSex],
  ["LS_ADOPTR", AdopterLegalStatus],
  ["REASON_PLACED_CEASED", ReasonPlacedForAdoptionCeased],
  ["PREV_PERM", PreviousPermanence],
  ["SW_REASON", SocialWorkerChangeReason],
  ["SDQ_REASON", SdqReason],
];

// D2I's 2024-25 rule 146 spells K3 "k3"; it is a bug of that project, not a code (ssda903.md §3.1).
const NOT_CODES = new Set(["PLACE/k3"]);

describeWithReference("the code lists against 903_code_lists.json", [REFERENCE_CODE_LISTS], () => {
  reference = readReferenceCodeLists();
  describe.each(LISTS)("%s matches 903_code_lists.json", (field, list) => {
    const spec = reference[field];
    if (!spec) throw new Error(`903_code_lists.json has no field ${field}`);
    const codes = spec.codes.filter((c) => !NOT_CODES.has(`${field}/${c.code}`));

    it("has every reference code as an option, with its label, and no code of its own", () => {
      for (const c of codes) {
        expect(list.options, `${field} ${c.code}`).toContain(c.code);
        if (c.label === null) expect(list.labelOf(c.code), `${field} ${c.code}`).toMatch(/not yet confirmed/);
        else {
          // A code whose wording changed keeps the reference wording as one of its labels by period.
          const wordings = [list.labelOf(c.code), ...(list.rowOf(c.code)?.labels ?? []).map((l) => l.label)];
          expect(wordings, `${field} ${c.code}`).toContain(c.label.trim());
        }
      }
      expect([...list.options].sort()).toEqual(codes.map((c) => c.code.trim()).sort());
    });

    it("is valid in the years the reference projects agree on, and follows our decision where they do not", () => {
      const cover = coverage(field);
      const used = new Set<string>();
      for (const c of codes) {
        for (const year of ALL_YEARS) {
          const verdicts: boolean[] = [];
          if (cover.d2i.has(year)) verdicts.push(c.valid_in_d2i_validator.includes(year));
          if (cover.liia.has(year)) verdicts.push(c.valid_in_liia_schema.includes(year));
          if (verdicts.length === 0) continue;
          const decided = DECISIONS[field]?.[c.code]?.[year];
          const ours = list.isValidIn(c.code, year);
          if (verdicts.every((v) => v === verdicts[0])) {
            expect(ours, `${field} ${c.code} in ${year}`).toBe(verdicts[0]);
            expect(
              decided,
              `${field} ${c.code} in ${year}: decision for a year both agree on`,
            ).toBeUndefined();
          } else {
            expect(decided, `${field} ${c.code} in ${year}: the projects disagree, decide`).toBeDefined();
            expect(ours, `${field} ${c.code} in ${year}`).toBe(decided);
            used.add(`${c.code}/${year}`);
          }
        }
      }
      const declared = Object.entries(DECISIONS[field] ?? {}).flatMap(([code, years]) =>
        Object.keys(years).map((y) => `${code}/${y}`),
      );
      expect([...used].sort()).toEqual(declared.sort());
    });

    it("cites a statutory source on every row", () => {
      for (const row of list.rows) expect(row.source).toMatch(/^DfE SSDA903 /);
    });
  });
});

describe("code list decisions, by date and year", () => {
  it("retires P2 on 28 October 2023 (D2I rule 217t)", () => {
    expect(PlacementType.isValidOn("P2", "2023-10-27")).toBe(true);
    expect(PlacementType.isValidOn("P2", "2023-10-28")).toBe(false);
    expect(PlacementType.statusIn("P2", "2023-24")).toBe("valid");
    expect(PlacementType.statusIn("P2", "2024-25")).toBe("retired");
  });

  it("re-describes H5 from 28 October 2023, when supported accommodation had to be Ofsted-registered", () => {
    expect(PlacementType.labelOn("H5", "2023-10-27")).toBe(
      "Semi-independent living accommodation not subject to children’s homes regulations",
    );
    expect(PlacementType.labelOn("H5", "2023-10-28")).toBe(
      "Supported accommodation registered with Ofsted (from 28 October 2023)",
    );
    expect(PlacementType.labelsIn("H5", "2023-24")).toHaveLength(2);
    expect(PlacementType.rowOf("H5")?.labels?.[1]?.source).toMatch(/SI 2023\/416/);
  });

  it("keeps Z11-Z14 unlabelled until the DfE publishes their labels", () => {
    for (const code of ["Z11", "Z12", "Z13", "Z14"])
      expect(PlacementType.labelOf(code), code).toMatch(/DfE label not yet confirmed/);
  });

  it("lists the SDQ reasons that rule 196 accepts", () => {
    expect(SdqReason.options).toEqual(["SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5"]);
    expect(SdqReason.labelOf("SDQ4")).toBe("Other");
  });

  it("adds K3 in 2024-25, retires H5 after 2023-24, splits Z1 into Z11-Z14 in 2025-26", () => {
    expect(PlacementType.statusIn("K3", "2023-24")).toBe("not-yet-valid");
    expect(PlacementType.isValidOn("K3", "2024-04-01")).toBe(true);
    expect(PlacementType.isValidOn("H5", "2024-03-31")).toBe(true);
    expect(PlacementType.isValidOn("H5", "2024-04-01")).toBe(false);
    expect(PlacementType.statusIn("Z1", "2025-26")).toBe("retired");
    expect(PlacementType.codesIn("2025-26").filter((c) => c.startsWith("Z"))).toEqual([
      "Z11",
      "Z12",
      "Z13",
      "Z14",
    ]);
    expect(PlacementType.codesIn("2025-26")).toHaveLength(29); // D2I lac2025_26/rule_146.py: 29 codes
  });

  it("replaces E43/E44 by E45-E48 in 2018-19 and adds CUSTOD then", () => {
    expect(ReasonEpisodeCeased.statusIn("E43", "2018-19")).toBe("retired");
    expect(ReasonEpisodeCeased.isValidIn("E44", "2017-18")).toBe(true);
    expect(ReasonEpisodeCeased.statusIn("E45", "2017-18")).toBe("not-yet-valid");
    expect(ReasonEpisodeCeased.codesIn("2024-25")).toHaveLength(22); // ssda903.md §1.2: 22 REC codes from 2018-19
    expect(ReasonPlaceChange.statusIn("CUSTOD", "2017-18")).toBe("not-yet-valid");
  });

  it("changes sex codes from 1/2 to M/F/U in 2024-25", () => {
    expect(Sex.codesIn("2023-24")).toEqual(["1", "2"]);
    expect(Sex.codesIn("2024-25")).toEqual(["M", "F", "U"]);
  });

  it("keeps homeless or custody 'suitable' accommodation only before 2022-23 (D2I rule 133)", () => {
    expect(CareLeaverAccommodation.isValidIn("S1", "2021-22")).toBe(true);
    expect(CareLeaverAccommodation.statusIn("X1", "2022-23")).toBe("retired");
    expect(CareLeaverAccommodation.codesIn("2024-25")).toHaveLength(31); // rule 133: 30 codes plus "0"
  });

  it("never echoes the rejected value in the enum message", () => {
    const bad = PlacementType.safeParse("ZZ9");
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).not.toContain("ZZ9");
  });
});
