import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

// PL_LOCATION: whether a placement lies inside or outside the area of the council looking after the child.
// It is not entered by councils: it is derived from the placement postcode (SSDA903 technical
// specification, code sets "Placement location" and "Placement local authority"; the D2I validator
// derives it in lac_validator/datastore.py::_add_postcode_derived_fields and leaves it blank when the
// postcode's council is unknown). The labels are the wording of the DfE's published statistics
// ("Placed inside the local authority boundary", "Children looked after in England including adoptions",
// locality of placement table).

const SOURCE =
  "DfE SSDA903 PL_LOCATION (derived from PL_POST); labels: DfE 'Children looked after in England including adoptions', locality of placement";

/** Whether a placement is inside or outside the area of the council looking after the child (PL_LOCATION). */
export const PlacementLocation = defineCodeList(
  [
    { code: "IN", label: "Placed inside the local authority boundary", source: SOURCE },
    { code: "OUT", label: "Placed outside the local authority boundary", source: SOURCE },
  ] as const,
  {
    id: "placements.PlacementLocation",
    title: "Placement location (SSDA903 PL_LOCATION)",
    description:
      "Whether a placement is inside or outside the area of the council looking after the child; derived from the placement postcode.",
  },
);
/** Inside or outside the responsible council's area. */
export type PlacementLocation = z.infer<typeof PlacementLocation>;

// PL_LA is either the council the placement is in or, for a placement outside England, the country: the
// D2I validator writes SCO, NIR or WAL for postcodes whose ONS council code starts with S, N or W
// (datastore.py). The LA_PERM code set uses the same three codes for the same countries (ssda903.md §1.2).
const COUNTRY_SOURCE =
  "DfE SSDA903 PL_LA, placements outside England (D2I lac_validator/datastore.py; the same codes as LA_PERM)";

/** The country of a placement outside England, as SSDA903 PL_LA records it. */
export const PlacementCountryOutsideEngland = defineCodeList(
  [
    { code: "SCO", label: "Scotland", source: COUNTRY_SOURCE },
    { code: "WAL", label: "Wales", source: COUNTRY_SOURCE },
    { code: "NIR", label: "Northern Ireland", source: COUNTRY_SOURCE },
  ] as const,
  {
    id: "placements.PlacementCountryOutsideEngland",
    title: "Country of a placement outside England (SSDA903 PL_LA)",
    description: "Scotland, Wales or Northern Ireland, recorded in PL_LA for a placement outside England.",
  },
);
/** SCO, WAL or NIR. */
export type PlacementCountryOutsideEngland = z.infer<typeof PlacementCountryOutsideEngland>;
