/**
 * The social worker episode dates (SW_DECOM, SW_DEC) may be partly unknown for episodes that began
 * before the child's current social worker records: the DfE's SSDA903 2023-24 guidance allows a day
 * or month written as `ZZ` and a year as `ZZZZ`. Such a date is valid when, with the unknown parts
 * read as the 1st, January and 2000, the rest is a real `dd/mm/yyyy` date.
 */
export function isValidPartialDate(
  text: string | null | undefined,
  date: (text: string) => number | undefined,
): boolean {
  if (text == null) return false;
  if (date(text) !== undefined) return true;
  const parts = text.split("/");
  if (parts.length !== 3) return false;
  const filled = parts.map((p) => (p === "ZZ" ? "01" : p === "ZZZZ" ? "2000" : p)).join("/");
  return date(filled) !== undefined;
}
