import { PlacementType, Sex } from "@childrens-social-care/placements";
import { codesIn } from "./code-sets";

// Groups of codes that rules test by meaning rather than by spelling, read from the placements
// package's code lists (which hold the years each code is valid), so that a change of codes between
// collection years is known in one place, never by a rule comparing year strings.

const sexCache = new Map<string, { readonly male: string; readonly female: string }>();

/**
 * The SEX codes for male and female in a collection year: `1`/`2` up to 2023-24 and `M`/`F` from
 * 2024-25, from placements' `Sex` code list (DfE SSDA903 SEX code set).
 */
export function sexCodesIn(collectionYear: string): { readonly male: string; readonly female: string } {
  let codes = sexCache.get(collectionYear);
  if (!codes) {
    const valid = [...codesIn(Sex, collectionYear)];
    const withLabel = (label: string) => valid.find((c) => Sex.labelOf(c) === label) ?? "";
    codes = { male: withLabel("Male"), female: withLabel("Female") };
    sexCache.set(collectionYear, codes);
  }
  return codes;
}

/**
 * The "other placement" types valid in a collection year: Z1 up to 2024-25, Z11-Z14 from 2025-26
 * (placements' `PlacementType`; DfE SSDA903 PLACE code set, Z1 "other placements" split in 2025-26).
 */
export function otherPlacementsIn(collectionYear: string): readonly string[] {
  return [...codesIn(PlacementType, collectionYear)].filter((c) => c.startsWith("Z"));
}
