// Test helper: suites that need the shared reference material or a browser (see ./reference.ts for
// where the material is looked for). Without it such a suite is one skipped test titled
// `skipped: <what> (<why>)`, which scripts/test.mjs lists at the end of `npm test`; under
// CSC_REQUIRE_REFERENCE=1 (CI) it is one failing test instead, so nothing is silently skipped there.
import { describe, it } from "vitest";
import { chromiumPath, notFound, referencePath, referenceRequired, SKIP_PREFIX } from "./reference";

/**
 * Registers `body` as a suite when `available`, otherwise one skipped test titled
 * `skipped: <what> (<why>)`, or, under CSC_REQUIRE_REFERENCE=1, one failing test saying the same.
 */
function guardedSuite(what: string, available: boolean, missing: string, body: () => void): void {
  if (available) {
    describe(what, body);
    return;
  }
  const why = `${missing} ${notFound(missing)}`;
  if (referenceRequired()) {
    describe(what, () => {
      it("has what it needs (CSC_REQUIRE_REFERENCE=1)", () => {
        throw new Error(`${what}: ${why}`);
      });
    });
  } else {
    it.skip(`${SKIP_PREFIX}${what} (${why})`, () => {});
  }
}

/**
 * A suite that reads the shared reference material: runs when every path in `paths` exists in the
 * shared folder (each path given as its segments), otherwise is skipped (or fails under
 * CSC_REQUIRE_REFERENCE=1) with one line. The paths are checked before `body` runs, so `body` may read
 * them at collection time.
 */
export function describeWithReference(
  what: string,
  paths: readonly (readonly string[])[],
  body: () => void,
): void {
  guardedSuite(
    what,
    paths.every((p) => referencePath(...p) !== undefined),
    "reference data",
    body,
  );
}

/** A suite that drives a real browser: skipped with one line (or failing, as above) without Chromium. */
export function describeWithBrowser(what: string, body: () => void): void {
  guardedSuite(what, chromiumPath() !== undefined, "a browser", body);
}
