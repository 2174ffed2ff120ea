// Tour section: what national reforms are in force now and what commences next (reforms package).

import { addMonths } from "@childrens-social-care/core";
import { catalogueInfo, inForceOn, provisions, statusOn } from "@childrens-social-care/reforms";

export const title = "Reforms: what is in force now, and what commences next";

export async function run() {
  const today = new Date().toISOString().slice(0, 10);
  const inForce = inForceOn(today, { includePartly: true });
  console.log(
    `In force on ${today} (wholly or in part), ${inForce.length} of ${provisions.length} provisions:`,
  );
  for (const p of inForce) console.log(`  ${statusOn(p, today).padEnd(16)} ${p.title}`);

  const horizon = addMonths(today, 12);
  const next = provisions
    .map((p) => ({ p, date: p.commencement.date ?? p.commencement.expectedBy }))
    .filter(({ date }) => date !== undefined && date > today && date <= horizon);
  console.log(
    `\nCommencing in the next 12 months: ${next.length === 0 ? "no dated commencements known" : ""}`,
  );
  for (const { p, date } of next) console.log(`  ${date} ${p.title}`);

  const waiting = provisions.filter((p) => statusOn(p, today) === "enacted");
  console.log(`\nEnacted and not commenced (as last checked): ${waiting.length}`);
  for (const p of waiting) console.log(`  ${p.title}`);
  console.log(
    `\n(Statuses checked to ${catalogueInfo.statusCheckedTo}; later commencements are not in the data.)`,
  );
}
