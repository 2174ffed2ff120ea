/**
 * Temporary placement codes of the PLACE code list (DfE SSDA903 guidance, "Placement type"): T0 all
 * temporary, T1 hospital, T2 absence of usual carer, T3 holiday of foster carer, T4 other.
 */
export const TEMPORARY_PLACEMENTS: ReadonlySet<string> = new Set(["T0", "T1", "T2", "T3", "T4"]);
