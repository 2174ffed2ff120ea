import type { DecisionFormality, DecisionKind } from "../model/decision";

// Clause kind from the main verb phrase (meetings reference §4.4). Checked in order against the
// lower-cased clause, so the more specific phrases come first.
const KIND_PHRASES: readonly [string, DecisionKind][] = [
  ["correct record", "confirmed-minutes"],
  ["correctly recorded", "confirmed-minutes"],
  ["exclude the press", "excluded-press-and-public"],
  ["press and public be excluded", "excluded-press-and-public"],
  ["readmit", "readmitted-press-and-public"],
  ["order of business", "varied-order-of-business"],
  ["was lost", "rejected"],
  ["not carried", "rejected"],
  ["be rejected", "rejected"],
  ["withdrawn", "withdrawn"],
  ["deferred", "deferred"],
  ["be deferred", "deferred"],
  ["recommend", "recommended-to-other-body"],
  ["delegated authority", "delegated"],
  ["be delegated", "delegated"],
  ["be authorised", "authorised"],
  ["authorise", "authorised"],
  ["be appointed", "appointed"],
  ["appoint ", "appointed"],
  ["be referred", "referred"],
  ["refer ", "referred"],
  ["be amended", "amended"],
  ["be noted", "noted"],
  ["to note", "noted"],
  ["notes ", "noted"],
  ["noted", "noted"],
  ["be received", "received"],
  ["to receive the", "received"],
  ["report back", "requested-report"],
  ["be updated", "requested-report"],
  ["an update", "requested-report"],
  ["further update", "requested-report"],
  ["report take-up", "requested-report"],
  ["a further report", "requested-report"],
  ["a report", "requested-report"],
  ["be approved", "approved"],
  ["approve", "approved"],
  ["be adopted", "adopted"],
  ["adopt ", "adopted"],
  ["be endorsed", "endorsed"],
  ["endorse", "endorsed"],
  ["be supported", "supported"],
  ["support the", "supported"],
  ["be kept informed", "requested-information"],
  ["be circulated", "requested-information"],
  ["be provided", "requested-information"],
  ["be made available", "requested-information"],
  ["be shared", "requested-information"],
  ["submit", "requested-information"],
  ["circulate", "requested-information"],
  ["comments", "commented"],
  ["thank", "thanked"],
  ["be agreed", "agreed"],
  ["agree ", "agreed"],
];

/**
 * The kind of one clause. Under a recommendation every clause is a recommendation to another
 * decision maker, whatever its verb ("RECOMMENDED that the Cabinet Member approve ..." approves nothing).
 * A clause whose verb is not in the table is what the body agreed to.
 */
export function clauseKind(text: string, formality: DecisionFormality): DecisionKind {
  if (formality === "recommendation") return "recommended-to-other-body";
  const lower = text.toLowerCase();
  for (const [phrase, kind] of KIND_PHRASES) if (lower.includes(phrase)) return kind;
  return formality === "no-decision-recorded" ? "other" : "agreed";
}
