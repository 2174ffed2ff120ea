import { daysInMonth, formatIsoDate, type IsoDate, isIsoDate } from "@childrens-social-care/core";

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * A return date (`dd/mm/yyyy`, the format of every SSDA903 date: liia-tools schemas `date: "%d/%m/%Y"`,
 * CLA.xsd's DOB pattern) as an ISO date, or `undefined` when it is not a real calendar date. One-digit
 * days and months are accepted, as the Python validator's `pd.to_datetime(format="%d/%m/%Y")` accepts
 * them; no white space is.
 *
 * @example
 * fromReturnDate("29/02/2024"); // "2024-02-29"
 * fromReturnDate("29/02/2023"); // undefined
 */
export function fromReturnDate(text: string): IsoDate | undefined {
  const m = DMY.exec(text);
  if (m === null) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return formatIsoDate(year, month, day);
}

/**
 * An ISO date (`YYYY-MM-DD`) as the return writes it, `dd/mm/yyyy`.
 *
 * @throws RangeError when `date` is not a real ISO date (a programming error, not bad input data).
 *
 * @example
 * toReturnDate("2024-04-01"); // "01/04/2024"
 */
export function toReturnDate(date: string): string {
  if (!isIsoDate(date)) throw new RangeError("Expected a real calendar date written YYYY-MM-DD.");
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
