// Tour section: validate the bundled synthetic SSDA903 return with the command line.
import { csc } from "./cli.mjs";

export const title = "SSDA903: csc 903 samples/ssda903-2025-26 --year 2025-26";

export async function run() {
  const r = csc(["903", "samples/ssda903-2025-26", "--year", "2025-26", "--top", "3", "--max-issues", "12"]);
  process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  console.log(
    `(exit code ${r.code}: 0 clean, 1 errors found, 2 unreadable input; the sample has errors planted on purpose)`,
  );
  if (r.code === 2) throw new Error("the sample return could not be read");
}
