import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

const COMMON = ["P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4"];
/**
 * Placement types that Ofsted does not register, so no URN may be given, by year of the DfE's wording:
 * H5 and P2 up to 2022-23, P2 in 2023-24, Z1 up to 2024-25, Z11–Z14 from 2025-26. Sources: the D2I
 * validator's rule 222 for 2022-23, 2023-24 and 2024-25 (data-to-insight/csc-validator-be-903); for
 * 2025-26 its rule file was not available to us, and the list follows its 2025-26 test (Z11 with a
 * URN is an error, P2 is not) and the 2025-26 PLACE code set (Z1 split into Z11–Z14).
 */
const NO_URN: Readonly<Record<string, ReadonlySet<string>>> = {
  "2022-23": new Set([...COMMON, "H5", "P2", "Z1"]),
  "2023-24": new Set([...COMMON, "P2", "Z1"]),
  "2024-25": new Set([...COMMON, "Z1"]),
};
const NO_URN_FROM_2025: ReadonlySet<string> = new Set([...COMMON, "Z11", "Z12", "Z13", "Z14"]);

/**
 * 222: for a placement type that Ofsted does not register, no Ofsted URN may be given, other than
 * the placeholder `XXXXXXX`. DfE SSDA903 validation rule 222 (Episodes.URN).
 */
export const rule222 = defineRule({
  code: "222",
  tables: ["Episodes"],
  fields: ["URN", "PLACE"],
  severity: "error",
  message:
    "An Ofsted unique reference number (URN) is given for a placement type that has none; leave it blank.",
  check(ctx) {
    const types = NO_URN[ctx.collectionYear] ?? NO_URN_FROM_2025;
    return flagRows(
      ctx,
      "Episodes",
      "URN",
      (row) => row.URN != null && row.URN !== "XXXXXXX" && types.has(row.PLACE ?? ""),
    );
  },
});
