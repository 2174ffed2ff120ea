import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { ExitCode } from "./exit-codes";
import type { CliIo } from "./io";

const VERSION = "0.0.0";

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("Expected a whole number, 0 or more.");
  return n;
}

/**
 * Runs the `csc` command line with `args` (without `node` and the script) and returns the exit code:
 * 0 clean, 1 validation errors found, 2 bad usage or unreadable input.
 */
export async function main(args: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = ExitCode.Clean;
  const program = new Command("csc")
    .description(
      "Validate and convert England's children's social care data: records, SSDA903 returns, minutes.",
    )
    .version(VERSION, "-v, --version")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });

  program
    .command("validate")
    .description("Validate JSON, NDJSON or CSV records against a published model, streaming.")
    .argument("<schema>", "model name (e.g. CareEpisode) or id (e.g. placements.CareEpisode)")
    .argument(
      "<file...>",
      "files to validate (.json array or object, .ndjson/.jsonl, .csv with a header row)",
    )
    .addOption(new Option("-f, --format <format>", "report format").choices(["text", "json"]).default("text"))
    .addOption(
      new Option("--input-format <format>", "read every file as this format").choices([
        "json",
        "ndjson",
        "csv",
      ]),
    )
    .addOption(
      new Option("--encoding <encoding>", "text encoding of the files")
        .choices(["utf-8", "windows-1252"])
        .default("utf-8"),
    )
    .option(
      "--max-issues <n>",
      "issues to list in the report (counts are always complete)",
      positiveInt,
      1000,
    )
    .addHelpText(
      "after",
      "\nExit codes: 0 all valid, 1 validation errors, 2 bad usage or unreadable input.\nExample: csc validate CareEpisode episodes.ndjson --format json",
    )
    .action(async (schema: string, files: string[], opts) => {
      // Each command is loaded when it runs, so `csc 903` never loads the model packages (see below).
      const { runValidate } = await import("./commands/validate");
      exitCode = await runValidate(schema, files, opts, io);
    });

  program
    .command("schemas")
    .description("Write every public schema as JSON Schema (draft 2020-12, input side), or list them.")
    .option("-o, --out <dir>", "folder to write <package>/<Name>.json and index.json into")
    .option("-l, --list", "list the schemas instead of writing them")
    .option("--force", "replace schema files that already exist in --out")
    .addHelpText(
      "after",
      "\nExit codes: 0 written or listed, 2 bad usage or files in the way.\nExample: csc schemas --out ./schemas",
    )
    .action(async (opts) => {
      const { runSchemas } = await import("./commands/schemas");
      exitCode = runSchemas(opts, io);
    });

  program
    .command("903")
    .description("Validate a whole SSDA903 return (CSV files and/or the DfE XML) against the year's rules.")
    .argument("<paths...>", "the return's files, or a folder holding them (recognised by their columns)")
    .requiredOption("-y, --year <year>", "collection year, e.g. 2025-26 (required)")
    .option("-p, --previous <dir>", "last year's return, for the rules that compare years")
    .option("--providers <file>", "Ofsted provider list as JSON [{ urn, placeCodes, providerCodes, ... }]")
    .addOption(
      new Option("-f, --format <format>", "report format").choices(["text", "json", "csv"]).default("text"),
    )
    .addOption(
      new Option("--encoding <encoding>", "text encoding of the files")
        .choices(["auto", "utf-8", "windows-1252"])
        .default("auto"),
    )
    .option("--examples <n>", "examples to list under each rule in the text report", positiveInt, 3)
    .option("--top <n>", "children to list in the text report's by-child section", positiveInt, 10)
    .addHelpText(
      "after",
      "\nExit codes: 0 no errors (queries may remain), 1 errors found, 2 bad usage or unreadable input.\nExample: csc 903 ./return-2025-26 --year 2025-26 --previous ./return-2024-25 --format csv > issues.csv",
    )
    .action(async (paths: string[], opts) => {
      const { runSsda903 } = await import("./commands/ssda903");
      exitCode = runSsda903(paths, opts, io);
    });

  program
    .command("minutes")
    .description(
      "Parse the text of published minutes (one agenda item per file) to the meetings model, as JSON.",
    )
    .argument("<file...>", "plain-text minutes files (UTF-8)")
    .option("-o, --out <file>", "write the JSON here instead of to standard output")
    .option("--force", "replace --out if it exists (never an input file)")
    .addHelpText(
      "after",
      "\nExit codes: 0 parsed, 2 bad usage or a file that cannot be read (missing, empty, not UTF-8).\nExample: csc minutes item-7.txt --out item-7.json",
    )
    .action(async (files: string[], opts) => {
      const { runMinutes } = await import("./commands/minutes");
      exitCode = runMinutes(files, opts, io);
    });

  const generate = program
    .command("generate")
    .description("Generate synthetic data for tests and demonstrations.");
  generate
    .command("903")
    .description("Write a synthetic, rule-clean SSDA903 return as CSV (or XML) files.")
    .requiredOption("-c, --children <n>", "number of children (required)", positiveInt)
    .requiredOption("-y, --year <year>", "collection year, e.g. 2025-26 (required)")
    .option("-s, --seed <n>", "random seed (the same seed gives the same return)", positiveInt, 1)
    .requiredOption("-o, --out <dir>", "folder to write the files into (required)")
    .addOption(new Option("-f, --format <format>", "file format").choices(["csv", "xml"]).default("csv"))
    .option("--force", "replace files that already exist in --out")
    .addHelpText(
      "after",
      "\nExit codes: 0 written, 2 bad usage or files in the way.\nExample: csc generate 903 --children 1000 --year 2025-26 --seed 7 --out ./synthetic",
    )
    .action(async (opts) => {
      const { runGenerate903 } = await import("./commands/generate");
      exitCode = runGenerate903(opts, io);
    });

  try {
    await program.parseAsync([...args], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with code 0; usage errors with 2.
      return error.exitCode === 0 ? ExitCode.Clean : ExitCode.UsageOrInput;
    }
    io.stderr.write(`csc: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    return ExitCode.UsageOrInput;
  }
  if (args.length === 0) {
    program.outputHelp();
    return ExitCode.UsageOrInput;
  }
  return exitCode;
}
