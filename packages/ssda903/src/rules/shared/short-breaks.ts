// Short breaks: the two legal statuses under which a child is accommodated for an agreed series of
// short-term breaks (DfE SSDA903 code set "Legal status", LS V3 and V4; placements' `LegalStatus`).
// Many DfE checks leave these episodes out of "time looked after"; defined once here so that no rule
// re-lists them.

/** Legal status codes of short-break episodes (LS V3, V4), compared exactly as sent. */
export const SHORT_BREAKS: ReadonlySet<string> = new Set(["V3", "V4"]);

/** True when a legal status cell is a short break. */
export function isShortBreak(legalStatus: string | null | undefined): boolean {
  return legalStatus != null && SHORT_BREAKS.has(legalStatus);
}
