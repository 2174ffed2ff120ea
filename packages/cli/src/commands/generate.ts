import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { type CollectionYear, isCollectionYear } from "@childrens-social-care/core";
import { generateReturn, writeReturn } from "@childrens-social-care/ssda903";
import { ExitCode } from "../exit-codes";
import type { CliIo } from "../io";

/** Options of `csc generate 903`. */
export interface GenerateOptions {
  readonly children: number;
  readonly year: string;
  readonly seed: number;
  readonly out: string;
  readonly format: "csv" | "xml";
  readonly force?: boolean;
}

/**
 * `csc generate 903 --children N --year Y --seed S --out <dir>`: writes a synthetic, rule-clean
 * SSDA903 return (the same seed gives the same return). Existing files are never overwritten
 * unless `--force` is given.
 */
export function runGenerate903(options: GenerateOptions, io: CliIo): ExitCode {
  if (!isCollectionYear(options.year)) {
    io.stderr.write("csc generate 903: --year must be a collection year such as 2025-26.\n");
    return ExitCode.UsageOrInput;
  }
  const ret = generateReturn({
    children: options.children,
    collectionYear: options.year as CollectionYear,
    seed: options.seed,
  });
  const files = writeReturn(ret, { format: options.format });
  const outDir = resolve(io.cwd, options.out);
  const clashes = files.filter((f) => existsSync(join(outDir, f.name)));
  if (clashes.length && !options.force) {
    io.stderr.write(
      `csc generate 903: ${clashes.map((f) => f.name).join(", ")} already exist in ${options.out}; nothing written (use --force to replace them).\n`,
    );
    return ExitCode.UsageOrInput;
  }
  mkdirSync(outDir, { recursive: true });
  for (const file of files) writeFileSync(join(outDir, file.name), file.data);
  const rows = Object.values(ret.tables).reduce((n, rows) => n + (rows?.length ?? 0), 0);
  io.stdout.write(
    `Wrote a synthetic ${options.year} return for ${options.children} children (${rows} records, seed ${options.seed}) to ${options.out}: ${files.map((f) => f.name).join(", ")}\n`,
  );
  return ExitCode.Clean;
}
