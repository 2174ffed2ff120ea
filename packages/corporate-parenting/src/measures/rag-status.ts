import * as z from "zod";
import type { Measure } from "./measure";

/** Red, amber, green, or not rated. */
export const RagStatus = z.enum(["red", "amber", "green", "not-rated"]).meta({
  id: "corporate-parenting.RagStatus",
  title: "RAG status",
  description: "Red, amber, green, or not rated.",
});
/** Red, amber, green, or not rated. */
export type RagStatus = z.infer<typeof RagStatus>;

/** The default amber band: within 10% of the target (relative to the target's size). */
export const DEFAULT_AMBER_FRACTION = 0.1;

// Differences are rounded to nine decimal places so that binary floating point (31.1 - 0.1) cannot move a
// value across a threshold.
const round = (x: number): number => Math.round(x * 1e9) / 1e9;

/**
 * Rates a measure against its target, in its direction of good.
 *
 * - `not-rated` when there is no value, no target, or the direction is `neutral`;
 * - `green` when the value meets or beats the target (at or above it when higher is better, at or
 *   below it when lower is better);
 * - `amber` when it misses by no more than the amber band: `amberTolerance` if the measure gives one
 *   (in its own unit), otherwise 10% of the target's size;
 * - `red` when it misses by more.
 *
 * A target of 0 has an amber band of 0 unless a tolerance is given: any miss is red.
 *
 * @example
 * // Permanence within 12 months: 31% against a target of 34% (amber band 3.4 points).
 * ragStatus({ ...measure, value: 31, target: 34, direction: "higher-is-better" }); // "amber"
 */
export function ragStatus(
  measure: Pick<Measure, "value" | "target" | "direction" | "amberTolerance">,
): RagStatus {
  const { value, target, direction } = measure;
  if (value === undefined || target === undefined || direction === "neutral") return "not-rated";
  if (!Number.isFinite(value) || !Number.isFinite(target)) return "not-rated";
  const shortfall = round(direction === "higher-is-better" ? target - value : value - target);
  if (shortfall <= 0) return "green";
  const band = round(measure.amberTolerance ?? Math.abs(target) * DEFAULT_AMBER_FRACTION);
  return shortfall <= band ? "amber" : "red";
}
