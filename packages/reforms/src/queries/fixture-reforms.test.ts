// The reforms named in the committee minutes fixture "keeping-children-safe-reforms" can each be found in
// the catalogue. Each row quotes the minutes (checked against the file, so the table cannot drift from
// it), gives the phrase a council officer would search for, and the provision expected.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { requireReferencePath } from "../../../../scripts/reference";
import { describeWithReference } from "../../../../scripts/reference-suite";
import { searchProvisions } from "./search";

const FIXTURE = ["fixtures", "minutes", "keeping-children-safe-reforms.txt"] as const;

function fixtureText(): string {
  const fixturePath = requireReferencePath(...FIXTURE);
  // Normalise curly quotes and runs of spaces so quotes below match the published text.
  return readFileSync(fixturePath, "utf8").replace(/[’‘]/g, "'").replace(/\s+/g, " ");
}

const ROWS: { quote: string; search: string; expected: string }[] = [
  {
    quote: "offer Family Group Conferences or Family Network Meetings",
    search: "Family Group Conferences",
    expected: "family-group-decision-making",
  },
  {
    quote: "having a single identification number",
    search: "single identification number",
    expected: "consistent-child-identifier",
  },
  {
    quote: "education was not currently a statutory safeguarding partner",
    search: "education as a safeguarding partner",
    expected: "education-in-safeguarding-arrangements",
  },
  {
    quote: "the permission of a local authority would be needed before a parent home-educates a child",
    search: "home-education consent",
    expected: "home-education-consent",
  },
  {
    quote: "Corporate parenting responsibilities would be extended to schools, the judiciary and the police",
    search: "corporate parenting responsibilities",
    expected: "corporate-parenting-wider-bodies",
  },
  {
    quote: "a child's social worker be supported by the virtual school",
    search: "virtual school",
    expected: "virtual-school-head-duty",
  },
  {
    quote: "help care leavers to remain close to the provision",
    search: "staying close",
    expected: "staying-close-support",
  },
  {
    quote: "The local authority had received pilot funding for this",
    search: "staying close pilot",
    expected: "staying-close-programme",
  },
  {
    quote: "this would trigger an inspection of the entire organisation",
    search: "inspection of the entire organisation",
    expected: "ofsted-provider-group-oversight",
  },
  {
    quote: "children with deprivation of liberty orders",
    search: "deprivation of liberty orders",
    expected: "deprivation-of-liberty",
  },
  {
    quote: "legislation was being sought to introduce a profits cap",
    search: "profits cap",
    expected: "provider-profit-cap",
  },
  {
    quote: "leveraging debt against property",
    search: "leveraging debt",
    expected: "provider-financial-oversight",
  },
  {
    quote:
      "directly employed by a local authority for at least three years before becoming an agency social worker",
    search: "agency social worker rules",
    expected: "agency-social-worker-guidance",
  },
  {
    quote: "developing family help provision",
    search: "family help",
    expected: "family-help",
  },
  {
    quote: "multi-agency child protection schemes with partners in the police, health",
    search: "multi-agency child protection schemes",
    expected: "multi-agency-child-protection-teams",
  },
  {
    quote: "launch a social care and education social care academy to grow the workforce",
    search: "social care academy",
    expected: "social-work-workforce-development",
  },
];

describeWithReference("the quotes are word for word in the fixture minutes", [FIXTURE], () => {
  const text = fixtureText();

  it.each(ROWS)('"$quote"', ({ quote }) => {
    expect(text, "the quote must be in the minutes").toContain(quote);
  });
});

describe("the reforms named in the fixture minutes are in the catalogue", () => {
  it.each(ROWS)('$expected: "$search"', ({ search, expected }) => {
    const found = searchProvisions(search).map((m) => m.provision.id);
    expect(found).toContain(expected);
    // The expected provision is among the best matches, not merely somewhere in a long list.
    expect(found.indexOf(expected)).toBeLessThan(3);
  });

  it("the agency rules are also found under the power in the 2026 Act", () => {
    expect(searchProvisions("agency social worker rules").map((m) => m.provision.id)).toContain(
      "agency-worker-regulations",
    );
  });

  it("finds nothing for a phrase no reform uses, and nothing for an empty phrase", () => {
    expect(searchProvisions("allotment waiting lists")).toEqual([]);
    expect(searchProvisions("  ")).toEqual([]);
  });
});
