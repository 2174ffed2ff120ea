import {
  addDays,
  compareIsoDates,
  daysBetween,
  type IsoDate,
  isIsoDate,
  type ValidationIssue,
} from "@childrens-social-care/core";

/** reg 24(1): temporary approval "for a temporary period not exceeding 16 weeks". */
export const TEMPORARY_APPROVAL_WEEKS = 16;
/** reg 25(2): "once for a further period of up to eight weeks". */
export const MAX_EXTENSION_WEEKS = 8;

/**
 * An extension to apply in {@link temporaryApprovalEnds}: a reg 25(2) extension given as a length in
 * whole weeks or as the date it ends, or a reg 25(3) extension pending an independent review (ending
 * when its outcome is known). The extension records of {@link TemporaryApprovalExtension} fit as they are.
 */
export type ExtensionRequest =
  | { readonly reason: "full-assessment-incomplete"; readonly weeks: number }
  | { readonly reason: "full-assessment-incomplete"; readonly endsOn: string }
  | { readonly reason: "independent-review-pending"; readonly outcomeKnownOn?: string | undefined };

/**
 * When a temporary approval ends. Three outcomes, told apart by `ok` and `status`:
 * - `{ ok: true, status: "fixed", endsOn }`: the last day of the approval (16 weeks, or 16 weeks plus a
 *   lawful reg 25(2) extension);
 * - `{ ok: true, status: "until-review-outcome", endsOn }`: extended under reg 25(3) until an independent
 *   review's outcome is known; `endsOn` is that date, or `null` while it is not yet known;
 * - `{ ok: false, issue }`: the request breaks the regulations (an extension longer than eight weeks, one
 *   ending before the approval it extends) or a date is not a real date. No date is given, so a caller
 *   cannot mistake an unlawful extension for a later end.
 */
export type TemporaryApprovalEnd =
  | {
      readonly ok: true;
      readonly status: "fixed";
      /** The last day on which the approval is in force. */
      readonly endsOn: IsoDate;
      /** The end without any extension: 16 weeks after approval. */
      readonly unextendedEnd: IsoDate;
      /** Days added by the extension (0 when there is none). */
      readonly extensionDays: number;
    }
  | {
      readonly ok: true;
      readonly status: "until-review-outcome";
      readonly endsOn: IsoDate | null;
      readonly unextendedEnd: IsoDate;
    }
  | { readonly ok: false; readonly issue: ValidationIssue };

const REG_25 = "Care Planning, Placement and Case Review (England) Regulations 2010 reg 25";

function failure(rule: string, message: string, path: (string | number)[]): TemporaryApprovalEnd {
  return { ok: false, issue: { rule, severity: "error", message, path } };
}

/**
 * The date a connected person's temporary approval as a local authority foster parent ends
 * (Care Planning, Placement and Case Review (England) Regulations 2010 regs 24-25).
 *
 * The approval lasts 16 weeks from the day it is given, which is the day the child is placed: it ends
 * on the same weekday 16 weeks later (`approvedOn` + 112 days; a period "from" a day excludes that day).
 * A reg 25(2) extension adds up to eight weeks (56 days) to that end, once; anything longer is an error,
 * never a later date. A reg 25(3) extension runs until an independent review's outcome is known. Never
 * throws.
 *
 * @example
 * temporaryApprovalEnds("2024-01-08"); // { ok: true, status: "fixed", endsOn: "2024-04-29", ... }
 * temporaryApprovalEnds("2024-01-08", { reason: "full-assessment-incomplete", weeks: 9 }).ok; // false
 */
export function temporaryApprovalEnds(
  approvedOn: string,
  extension?: ExtensionRequest,
): TemporaryApprovalEnd {
  if (!isIsoDate(approvedOn))
    return failure("kinship/invalid-date", "The approval date must be a real date written YYYY-MM-DD.", [
      "approvedOn",
    ]);
  const unextendedEnd = addDays(approvedOn, TEMPORARY_APPROVAL_WEEKS * 7);
  if (extension === undefined)
    return { ok: true, status: "fixed", endsOn: unextendedEnd, unextendedEnd, extensionDays: 0 };

  if (extension.reason === "independent-review-pending") {
    const known = extension.outcomeKnownOn;
    if (known === undefined) return { ok: true, status: "until-review-outcome", endsOn: null, unextendedEnd };
    if (!isIsoDate(known))
      return failure(
        "kinship/invalid-date",
        "The review outcome date must be a real date written YYYY-MM-DD.",
        ["extension", "outcomeKnownOn"],
      );
    // An outcome known before the 16 weeks are up leaves the original end in place.
    return {
      ok: true,
      status: "until-review-outcome",
      endsOn: compareIsoDates(known, unextendedEnd) > 0 ? known : unextendedEnd,
      unextendedEnd,
    };
  }

  let extensionDays: number;
  if ("weeks" in extension) {
    if (!Number.isInteger(extension.weeks) || extension.weeks < 1)
      return failure(
        "kinship/temporary-approval-extension-invalid",
        "An extension given in weeks must be a whole number of weeks, at least 1; give its end date for part weeks.",
        ["extension", "weeks"],
      );
    extensionDays = extension.weeks * 7;
  } else {
    if (!isIsoDate(extension.endsOn))
      return failure(
        "kinship/invalid-date",
        "The extension's end date must be a real date written YYYY-MM-DD.",
        ["extension", "endsOn"],
      );
    extensionDays = daysBetween(unextendedEnd, extension.endsOn);
    if (extensionDays < 1)
      return failure(
        "kinship/temporary-approval-extension-invalid",
        "The extension ends on or before the day the 16-week temporary approval ends, so it extends nothing.",
        ["extension", "endsOn"],
      );
  }
  if (extensionDays > MAX_EXTENSION_WEEKS * 7)
    return failure(
      "kinship/temporary-approval-extension-too-long",
      `The extension adds ${describeDays(extensionDays)}; ${REG_25}(2) allows one extension of at most 8 weeks (longer only while an independent review is pending, reg 25(3)).`,
      ["extension", "weeks" in extension ? "weeks" : "endsOn"],
    );
  return {
    ok: true,
    status: "fixed",
    endsOn: addDays(unextendedEnd, extensionDays),
    unextendedEnd,
    extensionDays,
  };
}

/** "9 weeks and 2 days" */
export function describeDays(days: number): string {
  const weeks = Math.floor(days / 7);
  const rest = days % 7;
  const w = weeks === 1 ? "1 week" : `${weeks} weeks`;
  const d = rest === 1 ? "1 day" : `${rest} days`;
  if (weeks === 0) return d;
  return rest === 0 ? w : `${w} and ${d}`;
}
