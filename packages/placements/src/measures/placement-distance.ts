/** A point on the Ordnance Survey National Grid, in metres (as the ONS Postcode Directory gives it). */
export interface GridReference {
  readonly easting: number;
  readonly northing: number;
}

/** The distance the return reports when either postcode is outside England or unknown. */
export const UNKNOWN_PLACEMENT_DISTANCE = 999.9;

const METRES_PER_KILOMETRE = 1000;
const KILOMETRES_PER_MILE = 1.6093;

/**
 * The straight-line distance in miles between a child's home and placement postcodes, to one decimal
 * place, by the DfE's formula: sqrt(dE² + dN²) / 1000 / 1.6093, where dE and dN are the differences of
 * the postcodes' eastings and northings in metres. Source: the SSDA903 guidance, as implemented by the
 * D2I validator (`lac_validator/datastore.py::_add_postcode_derived_fields`, "taken straight from the
 * guidance"; shared/reference/ssda903.md §1.1). When either point is unknown the return reports 999.9
 * (ssd-data-model `ssd_cla_placement.yml`), given here as {@link UNKNOWN_PLACEMENT_DISTANCE}.
 *
 * Rounding is half away from zero; the D2I validator rounds half to even (pandas), which differs only on
 * an exact tie at the second decimal, which this formula practically never produces.
 *
 * @example
 * placementDistanceMiles({ easting: 530000, northing: 180000 }, { easting: 533000, northing: 184000 }); // 3.1
 */
export function placementDistanceMiles(
  home: GridReference | undefined,
  placement: GridReference | undefined,
): number {
  if (!home || !placement) return UNKNOWN_PLACEMENT_DISTANCE;
  const de = placement.easting - home.easting;
  const dn = placement.northing - home.northing;
  const miles = Math.sqrt(de * de + dn * dn) / METRES_PER_KILOMETRE / KILOMETRES_PER_MILE;
  return Math.round(miles * 10) / 10;
}
