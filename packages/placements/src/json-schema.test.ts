import { publicSchemasOf } from "@childrens-social-care/core";
import { type AgreementFixtures, expectSchemaAgreement } from "@childrens-social-care/core/testing";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import * as pkg from "./index";
import { BASE_EPISODE } from "./testing/episodes";

// Every public schema of the package (an export that is a Zod schema with an id, as the build emits to
// dist/schemas) must give the same verdict under Zod and under Ajv with its JSON Schema. Cross-field
// rules cannot be written in JSON Schema: those cases are listed as `zodOnly` with the reason.

const EP = BASE_EPISODE;
const CLOSED = { ...EP, endDate: "2024-02-29", reasonEnded: "X1", reasonPlaceChange: "CARPL" };
const CHILD = { childId: "C1", sex: "M", dateOfBirth: "2010-06-15", ethnicity: "BAFR" };
const COMMON_BAD = [null, "text", 42, [], {}];

const MODEL_FIXTURES: Record<string, AgreementFixtures> = {
  ChildId: { cases: ["A", "1234567890", "", "12345678901", 7, null] },
  PlacementUrn: { cases: ["SC123456", "1234567", "XXXXXXX", "sc123456", "SC1234567", ""] },
  CareEpisode: {
    cases: [
      EP,
      CLOSED,
      { ...CLOSED, homePostcode: "sw1a1aa", placementPostcode: "LS1 4AP", ofstedUrn: "SC123456" },
      { ...EP, startDate: "2023-02-29" },
      { ...EP, placementType: "Q9" },
      { ...EP, provider: "PR9" },
      { ...EP, homePostcode: "NOT A POSTCODE" },
      { ...EP, ofstedUrn: "123" },
      { ...EP, childId: "" },
      { ...EP, legalStatus: undefined },
      ...COMMON_BAD,
    ],
    zodOnly: [
      { value: { ...EP, endDate: "2023-03-01", reasonEnded: "X1" }, reason: "end before start" },
      { value: { ...EP, endDate: "2023-05-01" }, reason: "ended without a reason" },
      { value: { ...EP, placementType: "K3" }, reason: "K3 before 1 April 2024" },
      { value: { ...CLOSED, placementType: "P2" }, reason: "P2 after 27 October 2023" },
      {
        value: { ...CLOSED, reasonPlaceChange: "CUSTOD", endDate: "2018-01-01", startDate: "2017-01-01" },
        reason: "CUSTOD before 2018-19",
      },
    ],
  },
  LookedAfterChild: {
    cases: [
      CHILD,
      { ...CHILD, upn: "B801200005001", unaccompaniedAsylumSeeker: true, uascCeasedDate: "2024-01-01" },
      { ...CHILD, upnUnknownReason: "UN3", isMother: true, childOfMotherDateOfBirth: "2024-01-01" },
      { ...CHILD, episodes: [CLOSED, { ...EP, startDate: "2024-02-29", reasonNewEpisode: "P" }] },
      { ...CHILD, sex: "1" },
      { ...CHILD, ethnicity: "XXXX" },
      { ...CHILD, dateOfBirth: "2010-13-01" },
      { ...CHILD, episodes: [{ ...EP, placementType: "nope" }] },
      ...COMMON_BAD,
    ],
    zodOnly: [
      { value: { ...CHILD, upn: "A801200005001" }, reason: "UPN check letter" },
      { value: { ...CHILD, upn: "B801200005001", upnUnknownReason: "UN1" }, reason: "UPN and a reason" },
      {
        value: { ...CHILD, episodes: [EP, { ...EP, startDate: "2023-05-01" }] },
        reason: "overlapping episodes",
      },
      {
        value: { ...CHILD, episodes: [{ ...EP, startDate: "2024-06-01", placementType: "K3" }] },
        reason: "K3 under 16",
      },
      { value: { ...CHILD, episodes: [{ ...EP, childId: "C2" }] }, reason: "another child's episode" },
      {
        value: { ...CHILD, unaccompaniedAsylumSeeker: false, uascCeasedDate: "2024-01-01" },
        reason: "UASC ceased, never UASC",
      },
    ],
  },
  Placement: {
    cases: [
      { childId: "C1", startDate: "2023-01-01", placementTypes: ["U4", "A3"], episodeCount: 2 },
      {
        childId: "C1",
        startDate: "2023-01-01",
        endDate: "2023-02-01",
        placementTypes: ["U4"],
        episodeCount: 1,
        reasonEnded: "X1",
        reasonPlaceChange: "CARPL",
        provider: "PR4",
      },
      { childId: "C1", startDate: "2023-01-01", placementTypes: [], episodeCount: 1 },
      { childId: "C1", startDate: "2023-01-01", placementTypes: ["U4"], episodeCount: 0 },
      { childId: "C1", startDate: "2023-01-01", placementTypes: ["U4"], episodeCount: 1.5 },
      ...COMMON_BAD,
    ],
    zodOnly: [
      {
        value: {
          childId: "C1",
          startDate: "2023-01-01",
          endDate: "2022-01-01",
          placementTypes: ["U4"],
          episodeCount: 1,
        },
        reason: "end before start",
      },
    ],
  },
  Review: {
    cases: [
      { childId: "C1", reviewDate: "2024-02-29", participation: "PN0" },
      { childId: "C1", reviewDate: "2024-02-30", participation: "PN0" },
      { childId: "C1", reviewDate: "2024-02-29", participation: "PN8" },
      { childId: "C1", reviewDate: "2024-02-29" },
      ...COMMON_BAD,
    ],
  },
  MissingPeriod: {
    cases: [
      { childId: "C1", type: "M", startDate: "2024-01-01" },
      { childId: "C1", type: "A", startDate: "2024-01-01", endDate: "2024-01-03" },
      { childId: "C1", type: "Z", startDate: "2024-01-01" },
      ...COMMON_BAD,
    ],
    zodOnly: [
      {
        value: { childId: "C1", type: "M", startDate: "2024-01-02", endDate: "2024-01-01" },
        reason: "end before start",
      },
    ],
  },
  SocialWorkerEpisode: {
    cases: [
      { childId: "C1", socialWorkerId: "SW123", startDate: "2023-04-01", reasonForChange: "LEFTRL" },
      { childId: "C1", socialWorkerId: "XX1", startDate: "2023-04-01", endDate: "2023-05-01" },
      { childId: "C1", socialWorkerId: "AB1", startDate: "2023-04-01" },
      { childId: "C1", socialWorkerId: "SW1", startDate: "2023-04-01", reasonForChange: "BORED" },
      ...COMMON_BAD,
    ],
    zodOnly: [
      {
        value: { childId: "C1", socialWorkerId: "SW1", startDate: "2023-04-01", endDate: "2023-03-01" },
        reason: "end before start",
      },
    ],
  },
  DeprivationOfLibertyOrder: {
    cases: [
      { childId: "C1", startDate: "2026-05-01" },
      { childId: "C1", startDate: "2026-05-01", endDate: "2026-06-01" },
      { childId: "C1" },
      ...COMMON_BAD,
    ],
    zodOnly: [
      {
        value: { childId: "C1", startDate: "2026-05-01", endDate: "2026-04-01" },
        reason: "end before start",
      },
    ],
  },
  CareLeaverOutcome: {
    cases: [
      { childId: "C1", inTouch: "YES", activity: "F5", accommodation: "Z1" },
      { childId: "C1", inTouch: "DIED" },
      { childId: "C1", inTouch: "MAYBE" },
      { childId: "C1", inTouch: "NO", activity: "F3", accommodation: "0" },
      ...COMMON_BAD,
    ],
    zodOnly: [
      { value: { childId: "C1", inTouch: "YES", activity: "0", accommodation: "U1" }, reason: "rule 345" },
      { value: { childId: "C1", inTouch: "RHOM", activity: "F1" }, reason: "rule 344" },
    ],
  },
  AdoptionMilestones: {
    cases: [
      { childId: "C1", shouldBePlacedDate: "2024-01-01" },
      {
        childId: "C1",
        shouldBePlacedDate: "2024-01-01",
        matchedDate: "2024-03-01",
        adoptedByFosterCarers: true,
        numberOfAdopters: 1,
        adopterSex: "F1",
        adopterLegalStatus: "L0",
      },
      { childId: "C1", shouldBePlacedDate: "2024-01-01", numberOfAdopters: 0 },
      { childId: "C1", shouldBePlacedDate: "2024-01-01", adopterSex: "X" },
      ...COMMON_BAD,
    ],
    zodOnly: [
      {
        value: { childId: "C1", shouldBePlacedDate: "2024-01-02", matchedDate: "2024-01-01" },
        reason: "rule 333",
      },
    ],
  },
  AdoptionDecision: {
    cases: [
      { childId: "C1", decisionDate: "2024-01-01" },
      { childId: "C1", decisionDate: "2024-01-01", reversedDate: "2024-06-01", reasonReversed: "RD2" },
      { childId: "C1", decisionDate: "2024-01-01", reasonReversed: "RD9" },
      ...COMMON_BAD,
    ],
    zodOnly: [
      {
        value: { childId: "C1", decisionDate: "2024-01-01", reversedDate: "2024-06-01" },
        reason: "rule 119",
      },
      {
        value: {
          childId: "C1",
          decisionDate: "2024-01-02",
          reversedDate: "2024-01-01",
          reasonReversed: "RD1",
        },
        reason: "reversal before decision",
      },
    ],
  },
  PlacementLocalAuthority: {
    cases: [
      "370",
      "E08000038",
      "E10000014",
      "SCO",
      "WAL",
      "NIR",
      "999",
      "E07000008",
      "S12000036",
      "sco",
      "",
      370,
      null,
    ],
  },
  PermanenceBeforeCare: {
    cases: [
      { childId: "C1", previousPermanence: "Z1" },
      { childId: "C1", previousPermanence: "P3", orderLocalAuthority: "NUK", orderDate: "2015-01-01" },
      { childId: "C1", previousPermanence: "P3", orderLocalAuthority: "12" },
      { childId: "C1", previousPermanence: "P9" },
      ...COMMON_BAD,
    ],
  },
};

const publicSchemas = publicSchemasOf(pkg);

describe("every public schema agrees with its JSON Schema", () => {
  it("has fixtures for every public schema that is not a code list", () => {
    const models = publicSchemas.filter(([, s]) => !("rows" in s)).map(([name]) => name);
    expect(models.sort()).toEqual(Object.keys(MODEL_FIXTURES).sort());
    expect(publicSchemas.length).toBeGreaterThan(30);
  });

  it.each(publicSchemas)("%s", (name, schema) => {
    const fixtures: AgreementFixtures =
      MODEL_FIXTURES[name] ??
      (() => {
        const options = (schema as z.ZodEnum).options as string[];
        return { cases: [...options, "", "??", options[0]?.toLowerCase(), null, 3] };
      })();
    expectSchemaAgreement(schema, fixtures);
  });
});
