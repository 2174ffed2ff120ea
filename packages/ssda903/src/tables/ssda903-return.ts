import { defineReturn } from "@childrens-social-care/returns";
import { parseDmy } from "../rules/dmy-date";
import { SSDA903_TABLES } from "./ssda903-tables";

/**
 * The SSDA903 return as the engine sees it: its twelve tables, dates written `dd/mm/yyyy`, and the
 * collection years whose rule sets this package carries (the D2I rule sets lac2022_23 to lac2026_27).
 */
export const SSDA903 = defineReturn({
  name: "ssda903",
  tables: SSDA903_TABLES,
  parseDate: (text) => parseDmy(text) ?? Number.NaN,
  years: ["2022-23", "2023-24", "2024-25", "2025-26", "2026-27"],
});
