import { existsSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseMinutes } from "@childrens-social-care/meetings";
import { ExitCode } from "../exit-codes";
import type { CliIo } from "../io";

/** Options of `csc minutes`. */
export interface MinutesOptions {
  readonly out?: string;
  readonly force?: boolean;
}

/**
 * `csc minutes <file...>`: parses the text of published minutes (one agenda item per file) into the
 * meetings model and prints JSON: for each file its agenda item and what could not be placed.
 */
export function runMinutes(files: readonly string[], options: MinutesOptions, io: CliIo): ExitCode {
  const results: { file: string; item: unknown; issues: unknown[] }[] = [];
  let unreadable = 0;
  const inputs = new Set<string>();
  for (const file of files) {
    const path = resolve(io.cwd, file);
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(path));
      inputs.add(realpathSync(path));
    } catch (error) {
      unreadable += 1;
      const why =
        error instanceof TypeError
          ? "is not valid UTF-8 text (save it as UTF-8)"
          : "does not exist or cannot be read";
      io.stderr.write(`csc minutes: ${file} ${why}.\n`);
      continue;
    }
    if (text.trim() === "") {
      unreadable += 1;
      io.stderr.write(`csc minutes: ${file} is empty.\n`);
      continue;
    }
    const { item, issues } = parseMinutes(text);
    results.push({ file, item, issues });
  }
  // Nothing parsed: print nothing, so `> out.json` does not leave a valid-looking empty result.
  if (results.length === 0) return ExitCode.UsageOrInput;
  const json = `${JSON.stringify(files.length === 1 && results.length === 1 ? results[0] : results, null, 2)}\n`;
  if (options.out) {
    const out = resolve(io.cwd, options.out);
    if (existsSync(out) && inputs.has(realpathSync(out))) {
      io.stderr.write(
        `csc minutes: --out ${options.out} is one of the input files; it is never written over.\n`,
      );
      return ExitCode.UsageOrInput;
    }
    if (existsSync(out) && !options.force) {
      io.stderr.write(
        `csc minutes: ${options.out} already exists; nothing written (use --force to replace it).\n`,
      );
      return ExitCode.UsageOrInput;
    }
    writeFileSync(out, json);
    io.stdout.write(
      `Parsed ${results.length} minutes file${results.length === 1 ? "" : "s"} to ${options.out}\n`,
    );
  } else io.stdout.write(json);
  return unreadable ? ExitCode.UsageOrInput : ExitCode.Clean;
}
