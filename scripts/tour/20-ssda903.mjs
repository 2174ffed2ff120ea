// Tour section: validate the bundled synthetic SSDA903 return (with last year's, for the cross-year
// rules) with the command line. samples/ssda903/PLANTED.json lists the errors planted in it.
import { csc } from "./cli.mjs";

export const title =
  "SSDA903: csc 903 samples/ssda903/2025-26 --year 2025-26 --previous samples/ssda903/2024-25";

export async function run() {
  const r = csc([
    "903",
    "samples/ssda903/2025-26",
    "--year",
    "2025-26",
    "--previous",
    "samples/ssda903/2024-25",
    "--top",
    "3",
    "--examples",
    "2",
  ]);
  process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  console.log(
    `(exit code ${r.code}: 0 clean, 1 errors found, 2 unreadable input; the sample has errors planted on purpose)`,
  );
  if (r.code === 2) throw new Error("the sample return could not be read");
}
