import { addYears, type IsoDate } from "@childrens-social-care/core";
import { privateFosteringNoticeDue } from "../rules/private-fostering-rules";
import {
  earliestSpecialGuardianshipApplication,
  specialGuardianshipNoticeLatest,
} from "../rules/special-guardianship-notice-rule";
import { temporaryApprovalPeriod } from "../rules/temporary-approval-rules";
import type { KinshipArrangement } from "./kinship-arrangement";

/** A statutory date that applies to an arrangement. */
export interface KinshipDeadline {
  readonly label: string;
  /** The date; `null` when it depends on an event not yet known (an independent review's outcome). */
  readonly date: IsoDate | null;
  readonly source: string;
}

/**
 * The statutory dates of an arrangement: when a connected person's temporary approval ends, when private
 * fostering notice was due, the special guardianship notice window, and when support responsibility for a
 * previously looked-after child's special guardians passes to the council where they live (three years
 * after the order, Special Guardianship Regulations 2005 reg 5).
 */
export function kinshipDeadlines(arrangement: KinshipArrangement): KinshipDeadline[] {
  switch (arrangement.type) {
    case "kinship-foster-care": {
      const period = temporaryApprovalPeriod(arrangement.approval);
      if (!period) return [];
      return [
        {
          label: "Temporary approval of the connected person ends",
          date: period.endsOn,
          source: "CPPCR 2010 regs 24-25",
        },
      ];
    }
    case "private-fostering":
      return [
        {
          label: "Notice to the local authority due (if arranged more than six weeks ahead)",
          date: privateFosteringNoticeDue(arrangement.startedOn),
          source: "SI 2005/1533 reg 3",
        },
      ];
    case "special-guardianship-order": {
      const out: KinshipDeadline[] = [];
      const madeOn = arrangement.application?.madeOn;
      if (arrangement.application?.route === "application" && madeOn !== undefined)
        out.push({
          label: "Latest notice of intention for the application made",
          date: specialGuardianshipNoticeLatest(madeOn),
          source: "Children Act 1989 s14A(7)",
        });
      else if (arrangement.noticeOfIntentionGivenOn !== undefined)
        out.push({
          label: "Earliest application after the notice given",
          date: earliestSpecialGuardianshipApplication(arrangement.noticeOfIntentionGivenOn),
          source: "Children Act 1989 s14A(7)",
        });
      if (arrangement.previouslyLookedAfter)
        out.push({
          label: "Support responsibility passes to the council where the special guardians live",
          date: addYears(arrangement.order.madeOn, 3),
          source: "Special Guardianship Regulations 2005 reg 5",
        });
      return out;
    }
    default:
      return [];
  }
}
