// Zod and the published JSON Schemas (Ajv, draft 2020-12) give the same verdict on the same values, so a
// system that validates with the JSON Schema files accepts exactly what the TypeScript API accepts, except
// for the cross-field rules listed as zodOnly.
import { expectSchemaAgreement } from "@childrens-social-care/core/testing";
import { describe, it } from "vitest";
import { provisions } from "./catalogue/provisions";
import { sources } from "./catalogue/sources";
import { LegalBasis } from "./model/legal-basis";
import { Provision } from "./model/provision";
import { ProvisionStatus } from "./model/provision-status";
import { ReformSource } from "./model/reform-source";
import { StatusEvent } from "./model/status-event";
import { exampleTracker } from "./tracker/fixtures";
import { ImplementationTracker } from "./tracker/implementation-tracker";

const first = provisions[0];
if (!first) throw new Error("empty catalogue");

describe("Zod and JSON Schema agree", () => {
  it("ProvisionStatus", () => {
    expectSchemaAgreement(ProvisionStatus, { cases: ["in-force", "enacted", "repealed", "", 3, null] });
  });

  it("ReformSource, on every shipped source and broken copies", () => {
    const s = sources[0];
    expectSchemaAgreement(ReformSource, {
      cases: [
        ...sources,
        { ...s, kind: "press-release" },
        { ...s, date: "2023-02-30" },
        { ...s, date: "2 Feb 2023" },
        { ...s, url: "not a url" },
        { ...s, id: "Care Review" },
        { ...s, datePrecision: "year" },
        { ...s, title: "" },
      ],
    });
  });

  it("LegalBasis: legislation or a reason", () => {
    expectSchemaAgreement(LegalBasis, {
      cases: [
        { kind: "none", reason: "A grant-funded pilot; no legislation." },
        { kind: "none", reason: "short" },
        { kind: "none" },
        { kind: "legislation", references: [] },
        {
          kind: "legislation",
          references: [
            {
              act: "Children Act 1989",
              section: "s17",
              effect: "existing",
              url: "https://www.legislation.gov.uk/ukpga/1989/41/section/17",
              verified: true,
            },
          ],
        },
        { kind: "statute", references: [] },
      ],
    });
  });

  it("StatusEvent", () => {
    expectSchemaAgreement(StatusEvent, {
      cases: [
        { status: "enacted", date: "2026-04-29", sourceIds: ["cws-act-2026"] },
        { status: "enacted", date: "2026-04-29", sourceIds: [] },
        { status: "enacted", date: "2026-13-01", sourceIds: ["cws-act-2026"] },
        { status: "commenced", date: "2026-04-29", sourceIds: ["cws-act-2026"] },
      ],
    });
  });

  it("Provision, on every shipped provision and broken copies", () => {
    expectSchemaAgreement(Provision, {
      cases: [
        ...provisions,
        { ...first, theme: "housing" },
        { ...first, sourceIds: [] },
        { ...first, history: [] },
        { ...first, dutyHolders: ["the-council"] },
        { ...first, legalBasis: { kind: "none" } },
        { ...first, summary: "Too short." },
      ],
      zodOnly: [
        {
          value: { ...first, history: [...first.history].reverse() },
          reason: "History must be in date order (reforms/history-in-order): a cross-item rule.",
        },
      ],
    });
  });

  it("ImplementationTracker", () => {
    const entry = exampleTracker.entries[0];
    if (!entry) throw new Error("fixture changed");
    expectSchemaAgreement(ImplementationTracker, {
      cases: [
        exampleTracker,
        { ...exampleTracker, laNumber: "999" },
        { ...exampleTracker, updatedOn: "yesterday" },
        { ...exampleTracker, entries: [{ ...entry, rag: "purple" }] },
        { ...exampleTracker, entries: [{ ...entry, owner: "" }] },
      ],
      zodOnly: [
        {
          value: { ...exampleTracker, entries: [entry, entry] },
          reason: "Each provision once per tracker: a cross-item rule.",
        },
        {
          value: {
            ...exampleTracker,
            entries: [
              { ...entry, actions: [{ id: "a", description: "x", dueDate: "2026-01-01", status: "done" }] },
            ],
          },
          reason: "A done action needs completedOn: a cross-field rule.",
        },
      ],
    });
  });
});
