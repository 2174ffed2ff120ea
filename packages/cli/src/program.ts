import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { runSchemas } from "./commands/schemas";
import { runValidate } from "./commands/validate";
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
      exitCode = await runValidate(schema, files, opts, io);
    });

  program
    .command("schemas")
    .description("Write every public schema as JSON Schema (draft 2020-12, input side), or list them.")
    .option("-o, --out <dir>", "folder to write <package>/<Name>.json and index.json into")
    .option("-l, --list", "list the schemas instead of writing them")
    .addHelpText("after", "\nExample: csc schemas --out ./schemas")
    .action((opts) => {
      exitCode = runSchemas(opts, io);
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
